/** Runs `work` when the browser has nothing else to do; Safari has no requestIdleCallback, so there in a task of its own. */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work());
  else setTimeout(work);
}
