/**
 * A fake clock for the delays a reader notices: the table speaks 600 ms after the last change, the
 * card's copy message stays 6 s. A test moves the clock past such a delay instead of waiting it out,
 * and so proves both that nothing happens before it and that it happens after, in no time.
 */
import sinon from 'sinon';

let clock: sinon.SinonFakeTimers | undefined;

/**
 * Takes over setTimeout and clearTimeout, and nothing else: Lit renders in microtasks, and animation
 * frames, dates and `waitFor` (test/shared/wait.ts) run on real time. A timer set before stays the
 * browser's, and clearing it clears it. Call `realTimeouts` in `afterEach`, and before axe, whose
 * checks run on timers. Mount a <factor-table> before faking: the rows it holds back from its first
 * frame come on a timer, and its updateComplete waits for them.
 */
export function fakeTimeouts(): sinon.SinonFakeTimers {
  realTimeouts();
  clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true});
  return clock;
}

/** Gives the browser its own timers back; does nothing when they are. */
export function realTimeouts(): void {
  clock?.restore();
  clock = undefined;
}
