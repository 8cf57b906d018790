import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type * as Printout from './printout/printout.js';

type Host = ReactiveControllerHost & HTMLElement & {readonly renderRoot: Element | DocumentFragment};

/** The printout's module, asked for once for the whole page, as soon as an element's code runs. */
let printoutModule: Promise<typeof Printout> | undefined;
const loadPrintout = () => (printoutModule ??= import('./printout/printout.js').catch((error: unknown) => {
  // Offline or blocked: the elements still print their own content, and the next one to connect asks again.
  printoutModule = undefined;
  throw error;
}));
void loadPrintout().catch(() => undefined);

/**
 * Paper for an element. What a printout adds (the view in a whole sentence, the date and the page's
 * address above it, the references of what it shows below) is a module of its own, asked for as soon as
 * the elements' code runs: the page is laid out for paper right after `beforeprint`, too soon for a
 * module that is only asked for then. Firefox holds the page's load event until it has run, Chromium
 * does not: a PDF that a script makes the very moment Chromium fires the load event can come before it
 * (one that waits for the network to go quiet has it). Only a module script element would hold that
 * event, and its address is a Trusted Types sink, which pages that allow Lit's policy alone report.
 * In the CDN build it is one file with the references and their code, since the citation card takes
 * its reference template from it. From the first `beforeprint` on, the element also renders what only
 * paper shows (hidden on screen by shared.styles.ts); it stays, and is the moment's again at every print.
 */
export class PrintController implements ReactiveController {
  readonly #host: Host;
  readonly #renderNow: () => void;
  #printout?: typeof Printout;
  #printing = false;
  /** Between `beforeprint` and `afterprint`. */
  #onPaper = false;

  /** @param renderNow renders the host at once (its `performUpdate`): Firefox copies the page for paper before a microtask runs. */
  constructor(host: Host, renderNow: () => void) {
    this.#host = host;
    this.#renderNow = renderNow;
    host.addController(this);
  }

  /** The printout's module while printing, for what paper shows; undefined on screen or while it loads. */
  get forPaper(): typeof Printout | undefined {
    return this.#printing ? this.#printout : undefined;
  }

  /** Whether the page is being laid out for paper now (what the screen should not get, such as hyphenation). */
  get onPaper(): boolean {
    return this.#onPaper;
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.#beforePrint);
    addEventListener('afterprint', this.#afterPrint);
    if (this.#printout) return;
    loadPrintout().then((printout) => {
      printout.adoptPrintoutStyles(this.#host.renderRoot);
      this.#printout = printout;
      if (this.#printing) this.#host.requestUpdate();
    }, () => undefined);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.#beforePrint);
    removeEventListener('afterprint', this.#afterPrint);
  }

  // Rendered here and now: Chromium lays the page out for paper after the microtasks of `beforeprint`,
  // but Firefox copies it for paper before them. A host's other `beforeprint` listeners (all rows, in
  // IncrementalRows) were added before this one, so this render has what they asked for.
  #beforePrint = (): void => {
    this.#printing = this.#onPaper = true;
    this.#host.requestUpdate();
    this.#renderNow();
  };

  #afterPrint = (): void => {
    this.#onPaper = false;
    this.#host.requestUpdate();
  };
}
