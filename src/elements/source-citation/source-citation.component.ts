import {html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {NO_FILTER, type Dataset, type DatasetTranslation, type Source, type ValidationError} from '../../data/index.js';
import {citationOf, type Citation} from '../../data/sources.js';
import {foldText} from '../../data/text.js';
import {translationOf} from '../../data/translation.js';
import {validateNotesAndTranslations} from '../../data/validate-notes.js';
import {withTexts} from '../../data/bundled-texts.js';
import {bundledWithoutTexts} from '../../data/bundled-without-texts.js';
import {FactorErrorEvent} from '../../state/events.js';
import {sourceCitationText} from '../../i18n/source-citation.js';
import {GroupElement} from '../group-element.js';
import {renderBibliography} from './bibliography.js';
import {bundledEnglish, loadBundledEnglish} from './bundled-english.js';
import {renderCompactCard, renderFullCard, type CardView} from './card.js';
import {renderCitedFactors} from './cited-factors.js';
import {copyButtons} from './clipboard.js';
import {revealLinkedEntries} from './linked-entry.js';
import {sourceCitationStyles} from './source-citation.styles.js';

// The element chooses what to show (one publication, the compact card or the reference list) and knows its
// group and dataset; what each looks like is in card.ts, cited-factors.ts and bibliography.ts, the copy
// button's message in clipboard.ts, the files in reference-files.ts, and `#bron-…` links in linked-entry.ts.

/** As long as the table waits to say its count (live-announcer.ts): not imported, it is in the table's chunk. */
const SAY_FILTER_AFTER_MS = 600;

/**
 * Fires `factor-error` for a source that is not there. Outside the class: the manifest analyzer cannot read
 * the name of an event built by a subclass and would list a nameless event; `@fires` documents it instead.
 */
const reportErrors = (host: HTMLElement, errors: readonly ValidationError[]) => host.dispatchEvent(new FactorErrorEvent(errors));

/** Why there is no publication to show for the `source` attribute (trimmed), in the given texts' language. */
const missingSource = (text: (typeof sourceCitationText)[keyof typeof sourceCitationText], wanted: string) =>
  wanted === '' ? text.noSource : text.unknownSource(wanted);

/**
 * Set by the server on a card it rendered with the bundled English texts, beside Lit's `defer-hydration`:
 * the card removes both once the browser has the English too.
 */
const AWAITS_ENGLISH = 'data-awaits-english';

/** The problems of a dataset's source notes and translations, checked once per dataset. */
const notesErrors = new WeakMap<Dataset, readonly ValidationError[]>();

/**
 * A card for one publication of the dataset: its APA 7 reference (title in italics), summary, key findings
 * and the factors that cite it. Where the table's label stands for several publications ("ROA (2018)"),
 * the card shows each of them, and which publication each factor comes from where the dataset says so. In another
 * language than the dataset's, it shows our translation of the summary and findings where the dataset has one
 * (the bundled dataset's English comes as a chunk of its own, when asked for), marked as a translation.
 * With `all`, the dataset's whole reference list in APA order.
 * The reference can be copied (plain text) and exported as RIS or BibTeX. Children are a fallback,
 * shown only until the element is defined.
 *
 * @tagname source-citation
 * @summary A publication of the dataset: reference, summary, key findings and the factors that cite it.
 *
 * @fires {FactorFilterChangeEvent} factor-filter-change - "Toon de factoren uit deze bron" was pressed: the group's filter now shows this source's factors; `detail` is the new state.
 * @fires {FactorErrorEvent} factor-error - The `source` is not in the dataset, or the dataset from `src` or `data` could not be used (its source notes or translations included); `detail.errors` says why, in Dutch.
 *
 * @csspart card - The card around one publication (or the publications of one label).
 * @csspart heading - The card's heading (the label, e.g. "TNO (2011)"), or "Bronnenlijst".
 * @csspart note - The note that a label stands for several publications.
 * @csspart publication - One publication within the card.
 * @csspart publication-heading - The title heading of a publication, where a label has several.
 * @csspart reference - The APA reference.
 * @csspart title - The italic title within a reference.
 * @csspart link - The URL of a reference, where the dataset gives one.
 * @csspart summary - The summary of a publication.
 * @csspart translation - The mark that the summary and findings are our translation.
 * @csspart source-note - Why the factor of `factor` cites this publication.
 * @csspart source-notes - The folded list of which publication each factor comes from.
 * @csspart details - The folded findings of the compact card.
 * @csspart findings - The list of key findings.
 * @csspart actions - The copy and export buttons.
 * @csspart copy - The copy button.
 * @csspart export - A RIS or BibTeX download button.
 * @csspart copy-status - "Gekopieerd" (also the live region).
 * @csspart factors - The factors that cite the publication.
 * @csspart factor-list - A list of stimulating or of inhibiting factors.
 * @csspart factor - A factor that cites the publication.
 * @csspart show-factors - The button that filters the group's table on this source ("Toon de 10 factoren uit deze bron").
 * @csspart filter-status - What that button did (also the live region).
 * @csspart uncited - The note that the table does not name a publication as a source.
 * @csspart bibliography - The reference list (`all`).
 * @csspart entry - One entry of the reference list.
 * @csspart status - The loading message.
 * @csspart error - The message when the source is unknown or the dataset cannot be used.
 *
 * @cssprop --sf-font-family - Font of the element. Falls back to `--utrecht-document-font-family`, then `--basis-text-font-family-default`.
 * @cssprop --sf-color - Text colour. Falls back to `--utrecht-document-color`, then `--basis-color-default-color-document`.
 * @cssprop --sf-background - Background. Falls back to `--utrecht-document-background-color`, then `--basis-color-default-bg-document`.
 * @cssprop --sf-accent - Buttons and links. Falls back to `--utrecht-link-color`.
 * @cssprop --sf-border-color - The card's border. Falls back to `--utrecht-table-row-border-block-end-color`, then `--basis-color-default-border-subtle`.
 * @cssprop --sf-focus-color - The focus outline. Falls back to `--utrecht-focus-outline-color`, then `--basis-focus-outline-color`.
 * @cssprop --sf-muted - Secondary text: the status messages, the how of a factor. Falls back to `--basis-color-default-color-subtle`, else a mix of text and background colour.
 * @cssprop --sf-subtle-background - Background of the note and of hovered buttons. Falls back to `--basis-color-default-bg-subtle`, else a tint of the text colour.
 * @cssprop --sf-stimulerend - Marker colour of the stimulating factors.
 * @cssprop --sf-inhiberend - Marker colour of the inhibiting factors.
 * @cssprop --sf-radius - Corner radius of the card and its buttons.
 */
export class SourceCitation extends GroupElement {
  static override styles = sourceCitationStyles;
  static override properties: PropertyDeclarations = {
    source: {},
    all: {type: Boolean, reflect: true},
    compact: {type: Boolean, reflect: true},
    headingLevel: {type: Number, attribute: 'heading-level'},
    factor: {},
    filterMessage: {state: true},
  };

  /** Id of the publication, e.g. `tno-2011`; a citation shared by several publications shows them all (the citation itself, e.g. "TNO (2011)", works too). */
  source = '';

  /** Show the dataset's whole reference list ("Bronnenlijst") in APA order instead of one publication. */
  all = false;

  /** The small card for dialogs and sidebars: this one publication's reference and summary, findings folded away. */
  compact = false;

  /** Level (1–6) of the card's heading; its sections take the levels below. The compact card has no heading. */
  headingLevel = 3;

  /** Id of a factor that cites this publication: the card then says why, where the dataset gives a note (the table's source dialog sets it). */
  factor = '';

  /** What the last choice of a factor did. */
  private filterMessage = '';

  readonly #copying = copyButtons(this);
  #reported?: {readonly dataset: Dataset; readonly message: string};
  #notesReported?: Dataset;
  /** The bundled English texts while they are on their way. */
  #textsLoading?: Promise<void>;

  get #text() {
    return sourceCitationText[this.language];
  }

  constructor() {
    super();
    revealLinkedEntries(this, () => this.all && this.#datasetWithTexts !== undefined);
    // A card the server rendered in English waits to be hydrated until the browser has the English too.
    if (!isServer && this.hasAttribute(AWAITS_ENGLISH)) {
      void loadBundledEnglish().then(() => {
        this.removeAttribute(AWAITS_ENGLISH);
        this.removeAttribute('defer-hydration');
      });
    }
  }

  /** Also waits for the bundled English texts, when the card asked for them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#textsLoading) {
      await this.#textsLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The `source` attribute as an editor meant it. */
  get #wanted(): string {
    // Removing the attribute (clearing a control in Storybook) sets the property to null.
    return (this.source ?? '').trim();
  }

  /** The publications the `source` attribute points at: its own, plus any that share its citation (not in compact). */
  #resolve(dataset: Dataset): Citation<Source> | undefined {
    const wanted = this.#wanted;
    if (wanted === '') return undefined;
    // An editor may type the citation they see in the table instead of the id.
    const id = dataset.sources.find((source) => source.id === wanted || foldText(source.citation) === foldText(wanted))?.id;
    const citation = id === undefined ? undefined : citationOf(dataset, id);
    return citation && this.compact ? {text: citation.text, sources: citation.sources.filter((source) => source.id === id)} : citation;
  }

  /** Why this element cannot show its card, in Dutch for the event (the view uses the interface language). */
  #problem(dataset: Dataset): string | undefined {
    return this.all || this.#resolve(dataset) ? undefined : missingSource(sourceCitationText.nl, this.#wanted);
  }

  /** Whether the group shows the bundled dataset: the source document, whose publications are all part of its desk research. */
  get #isDocument(): boolean {
    return this.readyDataset === bundledWithoutTexts;
  }

  /**
   * What is wrong with the source notes and translations of the group's dataset: the group checked the rest
   * when it loaded it (validateFactorsAndSources), these only a card reads. The bundled dataset has none.
   */
  get #notesErrors(): readonly ValidationError[] {
    const dataset = this.#datasetWithTexts;
    if (!dataset || this.all || this.#isDocument) return [];
    let errors = notesErrors.get(dataset);
    if (!errors) notesErrors.set(dataset, (errors = validateNotesAndTranslations(dataset)));
    return errors;
  }

  /** Whether the card waits for the bundled dataset's English texts: shown in English, and not loaded (or failed) yet. */
  get #textsPending(): boolean {
    return this.language === 'en' && !this.all && this.#isDocument && bundledEnglish() === undefined;
  }

  /** Our texts in the interface language, where the dataset translates them: the bundled English, or the dataset's own `translations`. */
  get #translation(): DatasetTranslation | undefined {
    const dataset = this.#datasetWithTexts;
    if (!dataset) return undefined;
    return this.#isDocument && this.language === 'en' ? bundledEnglish() ?? undefined : translationOf(dataset, this.language);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Rendered on the server with the bundled English (scholingsfactoren/ssr loads it first): the browser
    // must have it too before it hydrates this markup, or its first render would say "loading".
    if (isServer && this.language === 'en' && !this.all && this.#isDocument) {
      this.setAttribute('defer-hydration', '');
      this.setAttribute(AWAITS_ENGLISH, '');
    }
    if (this.#textsPending && !this.#textsLoading) {
      this.#textsLoading = loadBundledEnglish().then(() => {
        this.#textsLoading = undefined;
        this.requestUpdate();
      });
    }
  }

  /** The group's dataset with its publications' texts, when it is ready to show. */
  get #datasetWithTexts(): Dataset | undefined {
    const dataset = this.readyDataset;
    return dataset && withTexts(dataset);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dataset = this.#datasetWithTexts;
    const message = dataset ? this.#problem(dataset) : undefined;
    // Once per dataset and problem, not on every render.
    if (dataset && message !== undefined && (this.#reported?.dataset !== dataset || this.#reported.message !== message)) {
      this.#reported = {dataset, message};
      reportErrors(this, [{path: 'source', message}]);
    } else if (message === undefined) {
      this.#reported = undefined;
    }
    const errors = this.#notesErrors;
    if (dataset && errors.length > 0 && this.#notesReported !== dataset) {
      this.#notesReported = dataset;
      reportErrors(this, errors);
    }
  }

  /**
   * Sets the group's filter to every publication of the citation and nothing else, so a `<factor-table>` of
   * the group shows exactly the factors listed, as many as the button says.
   */
  #chooseFactor(citation: Citation<Source>): void {
    this.updateFilter({...NO_FILTER, sources: citation.sources.map((source) => source.id)});
    this.filterMessage = '';
    // Said as the table says its count: a moment later, when the rows have changed and a screen reader
    // hears it (said at once, Orca dropped it in Chromium among the events of 83 rows).
    setTimeout(() => (this.filterMessage = this.#text.filtered(citation.text)), SAY_FILTER_AFTER_MS);
  }

  /** What the card's parts read from the element (card.ts), for one render. */
  get #view(): CardView {
    return {
      text: this.#text,
      language: this.language,
      dataLang: this.dataLang,
      translation: this.#translation,
      isDocument: this.#isDocument,
      headingLevel: this.headingLevel,
      copying: this.#copying,
      root: this.renderRoot as ShadowRoot,
    };
  }

  protected override render(): TemplateResult {
    const status = this.renderDataStatus();
    const dataset = this.#datasetWithTexts;
    if (status !== nothing || !dataset) return html`${status}`;
    if (this.all) return renderBibliography(this.#view, dataset);
    if (this.#textsPending) return this.renderLoading();
    // The problems of the source notes and translations, as every element shows a refused dataset.
    if (this.#notesErrors.length > 0) return this.renderErrors(this.#notesErrors);
    const citation = this.#resolve(dataset);
    if (!citation) {
      return html`<div part="error" class="error" role="alert">
        <p>${missingSource(this.#text, this.#wanted)}</p>
      </div>`;
    }
    const view = this.#view;
    return this.compact
      ? renderCompactCard(view, dataset, citation.sources[0], this.factor)
      : renderFullCard(view, dataset, citation, renderCitedFactors(view, dataset, citation, () => this.#chooseFactor(citation), this.filterMessage));
  }
}
