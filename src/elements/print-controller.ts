import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type * as Printout from './printout/printout.js';

type Host = ReactiveControllerHost & HTMLElement & {readonly renderRoot: Element | DocumentFragment};

/** The printout's module once it has arrived, and the elements waiting for it. */
let loaded: typeof Printout | undefined;
let requested: Promise<void> | undefined;
const waiting = new Set<(printout: typeof Printout) => void>();

/** Asks for the printout's module, once for the whole page. */
function requestPrintout(): void {
  requested ??= import('./secondary-elements.js').then(({printout}) => {
    loaded = printout;
    for (const take of waiting) take(printout);
    waiting.clear();
  }, () => {
    // Offline or blocked: the elements still print their own content, and the next print asks again.
    requested = undefined;
  });
}

/**
 * A reader's first sign of life on the page: a key (Ctrl+P among them), the mouse on its way to the
 * browser's menu, a touch, a scroll. Not at once: the table page stays within its budget for what it
 * loads before anyone interacts, and the module (with the card: secondary-elements.ts) is in long before a reader has reached "Print".
 */
const READER_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'touchstart', 'wheel', 'scroll', 'focusin'];
function onReader(): void {
  for (const type of READER_EVENTS) removeEventListener(type, onReader, true);
  requestPrintout();
}
if (typeof window !== 'undefined') {
  for (const type of READER_EVENTS) addEventListener(type, onReader, {capture: true, passive: true});
}

/**
 * Paper for an element. What a printout adds (the view in a whole sentence, the date and the page's
 * address above it, the references of what it shows below) is a module of its own, asked for at a
 * reader's first sign of life (above): the page is laid out for paper right after `beforeprint`, too
 * soon for a module that is only asked for then. A print with no sign before it (a script's PDF of a
 * page nobody touched) has the element's own content, and asks for the module for the next one.
 * In the CDN build it comes in one chunk with the citation card, which takes its reference template
 * from it (secondary-elements.ts). From the first `beforeprint` on, the element also renders what only
 * paper shows (hidden on screen by shared.styles.ts); it stays, and is the moment's again at every print.
 */
export interface PrintControl extends ReactiveController {
  /** The printout's module while printing, for what paper shows; undefined on screen or while it loads. */
  readonly forPaper: typeof Printout | undefined;
  /** Whether the page is being laid out for paper now (what the screen should not get, such as hyphenation). */
  readonly onPaper: boolean;
}

/**
 * The controller of an element's paper (src/README.md, "Controllers").
 * @param renderNow renders the host at once (its `performUpdate`): Firefox copies the page for paper before a microtask runs.
 */
export function printController(host: Host, renderNow: () => void): PrintControl {
  let printout: typeof Printout | undefined;
  let printing = false;
  /** Between `beforeprint` and `afterprint`. */
  let onPaper = false;

  const take = (module: typeof Printout): void => {
    module.adoptPrintoutStyles(host.renderRoot);
    printout = module;
    if (printing) host.requestUpdate();
  };
  // Rendered here and now: Chromium lays the page out for paper after the microtasks of `beforeprint`,
  // but Firefox copies it for paper before them. A host's other `beforeprint` listeners (all rows, in
  // incrementalRows) were added before this one, so this render has what they asked for.
  const beforePrint = (): void => {
    requestPrintout();
    printing = onPaper = true;
    host.requestUpdate();
    renderNow();
  };
  const afterPrint = (): void => {
    onPaper = false;
    host.requestUpdate();
  };

  const controller: PrintControl = {
    get forPaper() {
      return printing ? printout : undefined;
    },
    get onPaper() {
      return onPaper;
    },
    hostConnected() {
      addEventListener('beforeprint', beforePrint);
      addEventListener('afterprint', afterPrint);
      if (printout) return;
      if (loaded) take(loaded);
      else waiting.add(take);
    },
    hostDisconnected() {
      removeEventListener('beforeprint', beforePrint);
      removeEventListener('afterprint', afterPrint);
      waiting.delete(take);
    },
  };
  host.addController(controller);
  return controller;
}
