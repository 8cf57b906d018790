import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Rows rendered at first and added per step: more than a screen, and a keystroke stays within a frame with 10,000 rows. */
const ROWS_PER_STEP = 30;
/** Up to this many rows are all rendered (from the second frame on): the document's 83 are always all there. */
export const RENDER_ALL_UP_TO = 120;
/**
 * The element's very first frame shows this many rows, the rest follow in the next: more than fill a
 * screen, table or cards, so nothing the reader sees moves when they arrive. Laying out all 83 rows
 * before the first paint took twice the time of the first screen alone. Fewer did not pay: 6 rows,
 * then more while the table still ended on the screen (measured), was 7–14 % faster, within the bench's
 * noise; most of a first frame is the browser's first work on this text, whatever the number of rows.
 */
const FIRST_FRAME_ROWS = 25;
/** A hidden tab paints no frames: the rest of the rows come after this long anyway. */
const REST_AT_THE_LATEST_MS = 200;

/**
 * Renders a long list in steps: the first rows at once, more when the end of the rendered part scrolls
 * into view (or the reader asks for more), and every row before the page is printed, since paper has
 * no "show more" button. A short list (the document's 83 rows) is all there one frame after the first;
 * later filters and sorts render it whole at once, so the page never shrinks under the reader.
 */
export class IncrementalRows implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #limit = ROWS_PER_STEP;
  #observer?: IntersectionObserver;
  #firstFrame = true;
  /**
   * Set when a short list held rows back from its first frame (they come by themselves, without "show
   * more"); settles when they are asked for: the host's updateComplete waits for it.
   */
  rest?: Promise<void>;

  /** @param sentinel the element after the rendered rows, found in the host's shadow root after each update */
  constructor(host: ReactiveControllerHost & HTMLElement, private readonly sentinel: () => Element | null | undefined) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * The rows to render now, of `rows`. The very first frame takes only rows the reader sees, those of
   * `matching` (`rows` without those a filter hides, in the same order), so it fills the screen.
   */
  shown<T>(rows: readonly T[], matching = rows): readonly T[] {
    if (rows.length > RENDER_ALL_UP_TO) return rows.length <= this.#limit ? rows : rows.slice(0, this.#limit);
    if (!this.#firstFrame || rows.length <= FIRST_FRAME_ROWS) return rows;
    // A task queued from an animation frame runs once that frame has been painted.
    this.rest ??= new Promise((resolve) => {
      requestAnimationFrame(() => setTimeout(resolve));
      setTimeout(resolve, REST_AT_THE_LATEST_MS);
    }).then(() => {
      this.#firstFrame = false;
      this.#host.requestUpdate();
    });
    return matching.slice(0, FIRST_FRAME_ROWS);
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
    this.#firstFrame = false;
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
