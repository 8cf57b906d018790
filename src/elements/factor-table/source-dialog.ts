import {css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {CitationGroup} from '../../data/index.js';
import type {Language} from '../../i18n/language.js';
import {factorTableText} from '../../i18n/factor-table.js';

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
    font-family: var(--_font);
  }
  dialog::backdrop { background: rgb(0 0 0 / 0.4); }
  .dialog-body { padding: 1em 1.25em; display: flex; flex-direction: column; gap: 0.75em; }
  .dialog-title { margin: 0; font-size: 1.25em; }
  .dialog-close { align-self: end; }
`;

/**
 * The source card of the bron column, in a modal `<dialog>`: the top layer escapes the CMS page's
 * overflow and z-index, Escape closes it, and focus goes back to the button that opened it.
 */
export class SourceDialogController implements ReactiveController {
  private group?: CitationGroup;
  private opener?: HTMLElement;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    const root = host.shadowRoot;
    if (root && dialogStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, dialogStyles.styleSheet];
  }

  hostDisconnected(): void {
    this.group = undefined;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.shadowRoot?.querySelector('dialog') ?? null;
  }

  async open(group: CitationGroup, opener: HTMLElement): Promise<void> {
    // The card's code loads on first use: a page with only a table does not pay for it up front.
    // Until it arrives, the card's light-DOM fallback shows the title and summary.
    void import('../source-citation/source-citation.js');
    this.group = group;
    this.opener = opener;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>('.dialog-close')?.focus();
  }

  close(): void {
    this.dialog?.close();
  }

  private onClose = (): void => {
    this.group = undefined;
    this.host.requestUpdate();
    // Browsers differ in where focus lands after a dialog closes; put it back where the reader was.
    this.opener?.focus();
  };

  private onClick = (event: MouseEvent): void => {
    // A click on the backdrop (the dialog element itself, outside its content) closes it, also on touch.
    if (event.target === this.dialog) this.close();
  };

  /** The dialog; its cards look sources up in the table's own group, which may have its own dataset. */
  render(groupName: string, language: Language): TemplateResult | typeof nothing {
    const group = this.group;
    const text = factorTableText[language];
    return html`<dialog part="dialog" class="source-dialog" aria-labelledby="source-dialog-title"
      @close=${this.onClose} @click=${this.onClick}>
      ${group ? html`<div class="dialog-body">
        <h2 id="source-dialog-title" class="dialog-title">${group.citation}</h2>
        ${group.sources.map((source) => html`<source-citation compact source=${source.id} group=${groupName} lang=${language}>
          <p class="fallback"><i>${source.title}</i>${source.summary ? html`<br>${source.summary}` : nothing}</p>
        </source-citation>`)}
        <button class="dialog-close" type="button" @click=${() => this.close()}>${text.close}</button>
      </div>` : nothing}
    </dialog>`;
  }
}
