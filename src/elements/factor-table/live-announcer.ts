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
export class LiveAnnouncer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #timer?: ReturnType<typeof setTimeout>;
  #text = '';

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** What the live region says now. */
  get text(): string {
    return this.#text;
  }

  announce(message: string): void {
    clearTimeout(this.#timer);
    this.#text = '';
    this.#timer = setTimeout(() => {
      this.#text = message;
      this.#host.requestUpdate();
    }, DELAY_MS);
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
