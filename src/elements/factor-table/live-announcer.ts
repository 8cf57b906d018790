import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Wait this long after the last change before speaking, so a live region is not read mid-word while typing,
 * nor while a screen reader still works through the events of the rows that changed (Orca drops a live
 * region's text while its queue is flooded).
 */
const DELAY_MS = 600;

/**
 * The text of a polite live region: a message is spoken a moment after the last change, and the region
 * is emptied first, so the same sentence twice in a row is still spoken.
 */
export interface LiveAnnouncer extends ReactiveController {
  /** What the live region says now. */
  readonly text: string;
  announce(message: string): void;
}

/** The controller of a live region (src/README.md, "Controllers"). */
export function liveAnnouncer(host: ReactiveControllerHost): LiveAnnouncer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let text = '';
  const controller: LiveAnnouncer = {
    get text() {
      return text;
    },
    announce(message) {
      clearTimeout(timer);
      text = '';
      timer = setTimeout(() => {
        text = message;
        host.requestUpdate();
      }, DELAY_MS);
      host.requestUpdate();
    },
    hostDisconnected() {
      clearTimeout(timer);
    },
  };
  host.addController(controller);
  return controller;
}
