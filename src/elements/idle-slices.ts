/**
 * Runs `work` in the browser's idle time, a slice at a time, until it says it is done (returns true)
 * or `stillWanted()` turns false. `work` gets `hasTime()`: keep going while it is true. Safari has no
 * requestIdleCallback: there every slice is one task that does the least `work` will do.
 */
export function inIdleSlices(work: (hasTime: () => boolean) => boolean, stillWanted: () => boolean = () => true): void {
  const slice = (hasTime: () => boolean) => {
    if (stillWanted() && !work(hasTime)) schedule();
  };
  const schedule = () => ('requestIdleCallback' in globalThis
    ? requestIdleCallback((deadline) => slice(() => deadline.timeRemaining() > 1))
    : setTimeout(() => slice(() => false)));
  schedule();
}
