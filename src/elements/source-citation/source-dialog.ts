import {css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {Language} from '../../data/index.js';
import type {Citation} from '../../data/sources.js';
import {factorTableText} from '../../i18n/factor-table.js';
// The cards it shows: the dialog comes with the card's code and the publications' texts, on first use.
import './source-citation.js';

// The dialog's look comes with its code, on the first click, instead of with every table.
const dialogStyles = css`
  dialog {
    max-width: min(40em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0;
    color: var(--_color);
    background: var(--_background);
  }
  dialog::backdrop { background: rgb(0 0 0 / 0.4); }
  .dialog-body { padding: 1em 1.25em; display: flex; flex-direction: column; gap: 0.75em; }
  .dialog-title { margin: 0; font-size: 1.25em; }
  .dialog-close { align-self: end; }
`;

/**
 * The card of a citation in the bron column of a `<factor-table>`, in a modal `<dialog>`: the top layer
 * escapes the CMS page's overflow and z-index, Escape closes it, and focus goes back to the button that
 * opened it.
 */
export class SourceDialogController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #citation?: Citation;
  #opener?: HTMLElement;
  /** The factor of the row whose citation was chosen: its cards say why it cites their publication. */
  #factorId?: string;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
    const root = host.shadowRoot;
    if (root && dialogStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, dialogStyles.styleSheet];
  }

  hostDisconnected(): void {
    this.#citation = undefined;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.#host.shadowRoot?.querySelector('dialog') ?? null;
  }

  async open(citation: Citation, opener: HTMLElement): Promise<void> {
    this.#citation = citation;
    this.#opener = opener;
    this.#factorId = opener.closest<HTMLElement>('[data-factor-id]')?.dataset['factorId'];
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const dialog = this.#dialog;
    if (dialog && !dialog.open) dialog.showModal();
    // The heading, so a reader starts at the top of the card, not at "Sluiten" below it.
    dialog?.querySelector<HTMLElement>('.dialog-title')?.focus();
  }

  close(): void {
    this.#dialog?.close();
  }

  #onClose = (): void => {
    this.#citation = undefined;
    this.#host.requestUpdate();
    // Browsers differ in where focus lands after a dialog closes; put it back where the reader was.
    this.#opener?.focus();
  };

  #onClick = (event: MouseEvent): void => {
    // A click on the backdrop (the dialog element itself, outside its content) closes it, also on touch.
    if (event.target === this.#dialog) this.close();
  };

  /** The dialog; its cards look sources up in the table's own group, which may have its own dataset. */
  render(group: string, language: Language): TemplateResult {
    const citation = this.#citation;
    const text = factorTableText[language];
    return html`<dialog part="dialog" class="source-dialog" aria-labelledby="source-dialog-title"
      @close=${this.#onClose} @click=${this.#onClick}>
      ${citation ? html`<div class="dialog-body">
        <h2 id="source-dialog-title" class="dialog-title" tabindex="-1">${citation.text}</h2>
        ${citation.sources.map((source) => html`<source-citation compact source=${source.id} factor=${this.#factorId ?? nothing} group=${group} lang=${language}></source-citation>`)}
        <button class="dialog-close" type="button" @click=${() => this.close()}>${text.close}</button>
      </div>` : nothing}
    </dialog>`;
  }
}
