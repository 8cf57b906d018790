import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';

/** Rows rendered at first and added per step: more than a screen, and a keystroke stays within a frame with 10,000 rows. */
const ROWS_PER_STEP = 30;
/** Up to this many rows are all rendered (from the second frame on): the document's 83 are always all there. */
export const RENDER_ALL_UP_TO = 120;
/**
 * The element's very first frame starts with this many rows, and takes as many more as long as the table
 * still ends above the bottom of the screen: it fills the screen, table or cards, so nothing the reader
 * sees moves when the rest arrive in the next frame. Small, because fewer rows paint sooner and on a
 * laptop's screen (1280 × 900 px) six rows already reach below it; a taller screen takes more.
 */
const FIRST_FRAME_STEP = 6;
/** A hidden tab paints no frames: the rest of the rows come after this long anyway. */
const REST_AT_THE_LATEST_MS = 200;

/** The element: it renders a `.more-sentinel` element after the rows while some are not rendered yet. */
type Host = ReactiveControllerHost & HTMLElement & {readonly renderRoot: ParentNode};

/**
 * Renders a long list in steps: the first rows at once, more when the end of the rendered part scrolls
 * into view (or the reader asks for more), and every row before the page is printed, since paper has
 * no "show more" button. A short list (the document's 83 rows) is all there one frame after the first;
 * later filters and sorts render it whole at once, so the page never shrinks under the reader.
 */
export interface IncrementalRows extends ReactiveController {
  /**
   * The rows to render now, of `rows`. The very first frame takes only rows the reader sees, those of
   * `matching` (`rows` without those a filter hides, in the same order), so it fills the screen.
   */
  shown<T>(rows: readonly T[], matching?: readonly T[]): readonly T[];
  /** Back to the first step, for a new list. */
  reset(): void;
  readonly showMore: () => void;
  /**
   * Set when a short list held rows back from its first frame (they come by themselves, without "show
   * more"); settles when they are asked for: the host's updateComplete waits for it.
   */
  readonly rest?: Promise<void>;
}

/** The controller of a table's rows (src/README.md, "Controllers"). */
export function incrementalRows(host: Host): IncrementalRows {
  let limit = ROWS_PER_STEP;
  let observer: IntersectionObserver | undefined;
  /**
   * Rows of a short list in the first frame; all of them (Infinity) once it has been painted. A table from
   * the server has all its rows already, and so has its first render in the browser, which hydrates them.
   */
  let firstRows = isServer || host.shadowRoot ? Infinity : FIRST_FRAME_STEP;
  /** Whether the last render held back rows that match, from the first frame. */
  let heldBack: boolean | undefined;
  let rest: Promise<void> | undefined;

  const showMore = (): void => {
    limit += ROWS_PER_STEP * 4;
    host.requestUpdate();
  };
  const showAll = (): void => {
    limit = firstRows = Infinity;
    // Lit renders in a microtask, before the browser lays the page out for printing.
    host.requestUpdate();
  };

  const controller: IncrementalRows = {
    get rest() {
      return rest;
    },

    shown(rows, matching = rows) {
      if (rows.length > RENDER_ALL_UP_TO) return rows.slice(0, limit);
      if (rows.length <= firstRows) return rows;
      // A task queued from an animation frame runs once that frame has been painted.
      rest ??= new Promise((resolve) => {
        requestAnimationFrame(() => setTimeout(resolve));
        setTimeout(resolve, REST_AT_THE_LATEST_MS);
      }).then(() => {
        firstRows = Infinity;
        host.requestUpdate();
      });
      heldBack = matching.length > firstRows;
      return matching.slice(0, firstRows);
    },

    reset() {
      limit = ROWS_PER_STEP;
    },

    showMore,

    hostConnected() {
      addEventListener('beforeprint', showAll);
    },

    hostUpdated() {
      // Still before the first paint: reading the table's place lays it out now instead of in the frame.
      // Each round shows more rows, so this ends, also for a table that is not displayed (bottom 0).
      if (heldBack && host.getBoundingClientRect().bottom < innerHeight) {
        firstRows += FIRST_FRAME_STEP;
        // Not from within this update: Lit's development build warns of a change during an update.
        queueMicrotask(() => host.requestUpdate());
      }
      heldBack = false;
      observer ??= new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) showMore();
      }, {rootMargin: '400px'});
      observer.disconnect();
      const sentinel = host.renderRoot.querySelector('.more-sentinel');
      if (sentinel) observer.observe(sentinel);
    },

    hostDisconnected() {
      removeEventListener('beforeprint', showAll);
      observer?.disconnect();
    },
  };
  host.addController(controller);
  return controller;
}
