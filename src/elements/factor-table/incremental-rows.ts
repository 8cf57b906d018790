import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Rows rendered at first and added per step: more than a screen, and a keystroke stays within a frame with 10,000 rows. */
const ROWS_PER_STEP = 30;
/** Up to this many matching rows render at once: the document's 83 are always all there. */
const RENDER_ALL_UP_TO = 120;

/**
 * Renders a long list in steps: the first rows at once, more when the end of the rendered part scrolls
 * into view (or the reader asks for more), and every row before the page is printed, since paper has
 * no "show more" button.
 */
export class IncrementalRows implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #limit = ROWS_PER_STEP;
  #observer?: IntersectionObserver;

  /** @param sentinel the element after the rendered rows, found in the host's shadow root after each update */
  constructor(host: ReactiveControllerHost & HTMLElement, private readonly sentinel: () => Element | null | undefined) {
    this.#host = host;
    host.addController(this);
  }

  /** The rows to render now. */
  shown<T>(rows: readonly T[]): readonly T[] {
    return rows.length <= RENDER_ALL_UP_TO || rows.length <= this.#limit ? rows : rows.slice(0, this.#limit);
  }

  /** Back to the first step, for a new list. */
  reset(): void {
    this.#limit = ROWS_PER_STEP;
  }

  showMore = (): void => {
    this.#limit += ROWS_PER_STEP * 4;
    this.#host.requestUpdate();
  };

  #showAll = (): void => {
    this.#limit = Infinity;
    // Lit renders in a microtask, before the browser lays the page out for printing.
    this.#host.requestUpdate();
  };

  hostConnected(): void {
    addEventListener('beforeprint', this.#showAll);
  }

  hostUpdated(): void {
    this.#observer ??= new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.showMore();
    }, {rootMargin: '400px'});
    this.#observer.disconnect();
    const sentinel = this.sentinel();
    if (sentinel) this.#observer.observe(sentinel);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.#showAll);
    this.#observer?.disconnect();
  }
}
