/**
 * The browser's own setTimeout, taken before any test fakes the timers (test/shared/clock.ts): a test on a
 * fake clock still waits here for what the browser does in real time, such as a key press arriving.
 */
const realSetTimeout = globalThis.setTimeout.bind(globalThis);

/**
 * Waits until `condition` holds: for what a render, a lazy import, a fetch or a key press from outside
 * the page (which the browser may deliver a moment later) brings about. Fails loudly, naming `what`,
 * when it does not hold within `timeout` ms; no timing is asserted.
 */
export async function waitFor<T>(condition: () => T | Promise<T>, what: string, {timeout = 5000} = {}): Promise<NonNullable<T>> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = await condition();
    if (value) return value as NonNullable<T>;
    if (performance.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for: ${what}`);
    await new Promise((resolve) => realSetTimeout(resolve, 20));
  }
}
