/**
 * The browser's own setTimeout, taken before any test fakes the timers (test/shared/clock.ts): a test on a
 * fake clock still waits here for what the browser does in real time, such as a key press arriving.
 */
const realSetTimeout = globalThis.setTimeout.bind(globalThis);

type Falsy = false | 0 | '' | null | undefined;

/**
 * Waits until `condition` gives something (not `false`, `null`, `undefined`, `0` or `""`), and returns
 * it: what a render, a lazy import, a fetch, a page in a frame or a key press from outside the page (which
 * the browser may deliver a moment later) brings about. Fails loudly, naming `what`, when it does not
 * hold within `timeout` ms (long enough for a frame that loads the built bundle on a busy machine); no
 * timing is asserted.
 */
export async function waitFor<T>(condition: () => T | Falsy | Promise<T | Falsy>, what: string, {timeout = 10000} = {}): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (performance.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for: ${what}`);
    await new Promise((resolve) => realSetTimeout(resolve, 20));
  }
}
