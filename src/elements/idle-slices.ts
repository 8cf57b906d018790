/**
 * Runs `work` in the browser's idle time, a slice at a time, until it says it is done (returns true)
 * or `stillWanted()` turns false. `work` gets `hasTime()`: keep going while it is true. Safari has no
 * requestIdleCallback: there a slice is a 4 ms task.
 */
export function inIdleSlices(work: (hasTime: () => boolean) => boolean, stillWanted: () => boolean = () => true): void {
  const slice = (hasTime: () => boolean) => {
    if (stillWanted() && !work(hasTime)) schedule();
  };
  const schedule = () => {
    if ('requestIdleCallback' in globalThis) {
      requestIdleCallback((deadline) => slice(() => deadline.timeRemaining() > 1));
    } else {
      setTimeout(() => {
        const end = performance.now() + 4;
        slice(() => performance.now() < end);
      });
    }
  };
  schedule();
}
