import {css, html, nothing, type ReactiveControllerHost, type TemplateResult} from 'lit';
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

/** The source dialog of a `<factor-table>`, as `sourceDialog` gives it. */
export interface SourceDialog {
  /** Shows the cards of `citation`; `opener` gets the focus back when the dialog closes. */
  open(citation: Citation, opener: HTMLElement): Promise<void>;
  close(): void;
  /** The dialog; its cards look sources up in the table's own group, which may have its own dataset. */
  render(group: string, language: Language): TemplateResult;
}

/**
 * The card of a citation in the bron column of a `<factor-table>`, in a modal `<dialog>`: the top layer
 * escapes the CMS page's overflow and z-index, Escape closes it, and focus goes back to the button that
 * opened it. A reactive controller of `host`.
 */
export function sourceDialog(host: ReactiveControllerHost & HTMLElement): SourceDialog {
  let citation: Citation | undefined;
  let opener: HTMLElement | undefined;
  /** The factor of the row whose citation was chosen: its cards say why it cites their publication. */
  let factorId: string | undefined;
  const dialog = () => host.shadowRoot?.querySelector('dialog');
  const close = () => dialog()?.close();
  const onClose = (): void => {
    citation = undefined;
    host.requestUpdate();
    // Browsers differ in where focus lands after a dialog closes; put it back where the reader was.
    opener?.focus();
  };
  // A click on the backdrop (the dialog element itself, outside its content) closes it, also on touch.
  const onClick = (event: MouseEvent): void => void (event.target === dialog() && close());
  host.addController({hostDisconnected: () => (citation = undefined)});
  const root = host.shadowRoot;
  if (root && dialogStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, dialogStyles.styleSheet];
  return {
    async open(chosen, button) {
      citation = chosen;
      opener = button;
      factorId = button.closest<HTMLElement>('[data-factor-id]')?.dataset['factorId'];
      host.requestUpdate();
      await host.updateComplete;
      const shown = dialog();
      if (shown && !shown.open) shown.showModal();
      // The heading, so a reader starts at the top of the card, not at "Sluiten" below it.
      shown?.querySelector<HTMLElement>('.dialog-title')?.focus();
    },
    close,
    render(group, language) {
      const text = factorTableText[language];
      return html`<dialog part="dialog" class="source-dialog" aria-labelledby="source-dialog-title"
      @close=${onClose} @click=${onClick}>
      ${citation ? html`<div class="dialog-body">
        <h2 id="source-dialog-title" class="dialog-title" tabindex="-1">${citation.text}</h2>
        ${citation.sources.map((source) => html`<source-citation compact source=${source.id} factor=${factorId ?? nothing} group=${group} lang=${language}></source-citation>`)}
        <button class="dialog-close" type="button" @click=${close}>${text.close}</button>
      </div>` : nothing}
    </dialog>`;
    },
  };
}
