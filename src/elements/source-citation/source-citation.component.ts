import {html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {
  KINDS, NO_FILTER, apaOrder, bibtexReferences, formatApaReference, risReferences,
  type Dataset, type DatasetTranslation, type Factor, type Source, type ValidationError,
} from '../../data/index.js';
import {citationOf, factorsCitingSource, type Citation} from '../../data/sources.js';
import {foldText} from '../../data/text.js';
import {sourceNoteOf, translatedTexts, translationOf} from '../../data/translation.js';
import {validateNotesAndTranslations} from '../../data/validate-notes.js';
import {withTexts} from '../../data/bundled-texts.js';
import {bundledWithoutTexts} from '../../data/bundled-without-texts.js';
import {FactorErrorEvent} from '../../state/events.js';
import {common} from '../../i18n/common.js';
import {sourceCitationText} from '../../i18n/source-citation.js';
import {GroupElement} from '../group-element.js';
import {copyToClipboard} from './clipboard.js';
import {bundledEnglish, loadBundledEnglish} from './bundled-english.js';
import {downloadText, safeFileName} from '../download.js';
import {renderApaReference} from '../printout/printout.js';
import {sourceCitationStyles} from './source-citation.styles.js';

/** How long "Gekopieerd" stays visible; screen readers have read it long before. */
const MESSAGE_MS = 6000;
/** As long as the table waits to say its count (live-announcer.ts): not imported, it is in the table's chunk. */
const SAY_FILTER_AFTER_MS = 600;
/** Entries of the reference list carry this id prefix, so a page can link to `#bron-tno-2011`. */
export const ENTRY_ID_PREFIX = 'bron-';

type Heading = (part: string, id: string | typeof nothing, content: unknown) => TemplateResult;
/**
 * One template per level rather than lit/static-html: plain templates can be minified in the CDN build,
 * and the static-html code stays out of it.
 */
const HEADINGS: readonly Heading[] = [
  (part, id, content) => html`<h1 part=${part} class=${part} id=${id}>${content}</h1>`,
  (part, id, content) => html`<h2 part=${part} class=${part} id=${id}>${content}</h2>`,
  (part, id, content) => html`<h3 part=${part} class=${part} id=${id}>${content}</h3>`,
  (part, id, content) => html`<h4 part=${part} class=${part} id=${id}>${content}</h4>`,
  (part, id, content) => html`<h5 part=${part} class=${part} id=${id}>${content}</h5>`,
  (part, id, content) => html`<h6 part=${part} class=${part} id=${id}>${content}</h6>`,
];

const RIS_TYPE = 'application/x-research-info-systems;charset=utf-8';
const BIBTEX_TYPE = 'application/x-bibtex;charset=utf-8';

/**
 * Fires `factor-error` for a source that is not there. Outside the class: the manifest analyzer cannot read
 * the name of an event built by a subclass and would list a nameless event; `@fires` documents it instead.
 */
const reportErrors = (host: HTMLElement, errors: readonly ValidationError[]) => host.dispatchEvent(new FactorErrorEvent(errors));

/** Why there is no publication to show for the `source` attribute (trimmed), in the given texts' language. */
const missingSource = (text: (typeof sourceCitationText)[keyof typeof sourceCitationText], wanted: string) =>
  wanted === '' ? text.noSource : text.unknownSource(wanted);

/** After a factor's name, how it works: what tells two factors of the same name apart. */
const renderHow = (factor: Factor) => html`${' '}<span class="how">(${factor.how})</span>`;

/**
 * Set by the server on a card it rendered with the bundled English texts, beside Lit's `defer-hydration`:
 * the card removes both once the browser has the English too.
 */
const AWAITS_ENGLISH = 'data-awaits-english';

/** The problems of a dataset's source notes and translations, checked once per dataset. */
const notesErrors = new WeakMap<Dataset, readonly ValidationError[]>();

/** A publication's summary and findings as the card shows them: translated where the dataset translates them. */
interface ShownTexts {
  readonly summary: string;
  readonly findings: readonly string[];
  readonly translated: boolean;
}

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
    copyStatus: {state: true},
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

  /** The copy message, and which reference's action bar shows it. */
  private copyStatus?: {readonly key: string; readonly message: string};
  /** What the last choice of a factor did. */
  private filterMessage = '';

  #messageTimer?: ReturnType<typeof setTimeout>;
  #reported?: {readonly dataset: Dataset; readonly message: string};
  #notesReported?: Dataset;
  #hashShown = false;
  /** The bundled English texts while they are on their way. */
  #textsLoading?: Promise<void>;

  get #text() {
    return sourceCitationText[this.language];
  }

  constructor() {
    super();
    // A card the server rendered in English waits to be hydrated until the browser has the English too.
    if (!isServer && this.hasAttribute(AWAITS_ENGLISH)) {
      void loadBundledEnglish().then(() => {
        this.removeAttribute(AWAITS_ENGLISH);
        this.removeAttribute('defer-hydration');
      });
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#messageTimer);
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
    if (this.all && dataset && !this.#hashShown) {
      this.#hashShown = true;
      this.#revealLinkedEntry();
    }
  }

  #onHashChange = (): void => this.#revealLinkedEntry();

  /** A link to `#bron-<id>` cannot reach into a shadow root by itself: scroll to and focus the entry here. */
  #revealLinkedEntry(): void {
    if (!this.all) return;
    let hash = '';
    try {
      hash = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    if (!hash.startsWith(ENTRY_ID_PREFIX)) return;
    const entry = this.shadowRoot?.getElementById(hash);
    if (!entry) return;
    entry.scrollIntoView({block: 'start'});
    entry.focus({preventScroll: true});
  }

  /** Shows a message for a while; cleared first, so the same words said twice are spoken twice. */
  async #say(key: string, message: string): Promise<void> {
    clearTimeout(this.#messageTimer);
    this.copyStatus = undefined;
    await this.updateComplete;
    this.copyStatus = {key, message};
    this.#messageTimer = setTimeout(() => (this.copyStatus = undefined), MESSAGE_MS);
  }

  async #copy(key: string, text: string): Promise<void> {
    const copied = await copyToClipboard(text, this.renderRoot as ShadowRoot);
    await this.#say(key, copied ? this.#text.copied : this.#text.copyFailed);
  }

  #download(text: string, name: string, extension: 'ris' | 'bib'): void {
    downloadText(this.renderRoot as ShadowRoot, text, `${safeFileName(name)}.${extension}`, extension === 'ris' ? RIS_TYPE : BIBTEX_TYPE);
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

  /** A heading `offset` levels below `heading-level`, kept within h1–h6. */
  #heading(offset: number, content: unknown, part: string, id?: string): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel) || 3) + offset));
    return HEADINGS[level - 1]!(part, id ?? nothing, content);
  }

  protected override render(): TemplateResult {
    const status = this.renderDataStatus();
    const dataset = this.#datasetWithTexts;
    if (status !== nothing || !dataset) return html`${status}`;
    if (this.all) return this.#renderBibliography(dataset);
    if (this.#textsPending) return this.renderLoading();
    // The problems of the source notes and translations, as every element shows a refused dataset.
    if (this.#notesErrors.length > 0) return this.renderErrors(this.#notesErrors);
    const citation = this.#resolve(dataset);
    if (!citation) {
      return html`<div part="error" class="error" role="alert">
        <p>${missingSource(this.#text, this.#wanted)}</p>
      </div>`;
    }
    return this.compact ? this.#renderCompact(dataset, citation.sources[0]) : this.#renderFull(dataset, citation);
  }

  /** Copy and export buttons for one or more references, with the live region that says what happened. */
  #renderActions(key: string, sources: readonly Source[], label: string, fileName: string): TemplateResult {
    const t = this.#text;
    const plain = sources.map((source) => formatApaReference(source).text).join('\n');
    // The files of one publication are the lists of one: risReferences([source]) is risReference(source).
    return html`<div part="actions" class="actions" role="group" aria-label=${label}>
      <button part="copy" class="copy" type="button" @click=${() => this.#copy(key, plain)}>${sources.length === 1 ? t.copy : t.copyAll}</button>
      <button part="export" class="ris" type="button" title=${t.risTitle}
        @click=${() => this.#download(risReferences(sources), fileName, 'ris')}>${t.ris}</button>
      <button part="export" class="bibtex" type="button" title=${t.bibtexTitle}
        @click=${() => this.#download(bibtexReferences(sources), fileName, 'bib')}>${t.bibtex}</button>
      <span part="copy-status" class="copy-status" role="status">${this.copyStatus?.key === key ? this.copyStatus.message : ''}</span>
    </div>`;
  }

  /** A publication's APA reference, in the dataset's language. */
  #renderReference(source: Source): TemplateResult {
    return html`<p part="reference" class="reference" lang=${this.dataLang}>${renderApaReference(source)}</p>`;
  }

  /** The summary and findings in the interface language where the dataset translates them, else its own. */
  #shownTexts(source: Source): ShownTexts {
    const translated = translatedTexts(this.#translation, source.id);
    return translated ? {...translated, translated: true} : {summary: source.summary, findings: source.findings, translated: false};
  }

  /** A translation speaks the interface language; the dataset's own texts speak the dataset's. */
  #textLang(texts: {readonly translated: boolean}): string | typeof nothing {
    return texts.translated ? nothing : this.dataLang;
  }

  /** The summary, after the mark that it is our translation where it is one. */
  #renderSummary(texts: ShownTexts): TemplateResult | typeof nothing {
    const t = this.#text;
    return html`${texts.translated
      ? html`<p part="translation" class="translation"><strong>${t.translated}</strong> ${t.translatedNote(this.readyDataset?.language === 'nl')}</p>`
      : nothing}${texts.summary ? html`<p part="summary" class="summary" lang=${this.#textLang(texts)}>${texts.summary}</p>` : nothing}`;
  }

  /** The findings; a card asks for them only where there are some. */
  #renderFindings(texts: ShownTexts): TemplateResult {
    return html`<ul part="findings" class="findings" lang=${this.#textLang(texts)}>${texts.findings.map((finding) => html`<li>${finding}</li>`)}</ul>`;
  }

  /** Why the factor of `factor` cites this publication, where the dataset says so. */
  #renderSourceNote(dataset: Dataset, source: Source): TemplateResult | typeof nothing {
    const factor = this.factor ? dataset.factors.find((candidate) => candidate.id === this.factor) : undefined;
    const note = factor && sourceNoteOf(factor, source.id, this.#translation);
    return note ? html`<p part="source-note" class="note source-note" lang=${this.#textLang(note)}>${note.text}</p>` : nothing;
  }

  /** Which of the citation's publications each listed factor comes from, where the dataset says so. */
  #renderSourceNotes(factors: readonly Factor[], citation: Citation<Source>): TemplateResult | typeof nothing {
    const translation = this.#translation;
    const explained = factors.flatMap((factor) => {
      const notes = citation.sources.flatMap((source) => sourceNoteOf(factor, source.id, translation) ?? []);
      // Two publications of one label may have the same note: it is said once.
      const distinct = notes.filter((note, i) => notes.findIndex((other) => other.text === note.text) === i);
      return distinct.length === 0 ? [] : [{factor, notes: distinct}];
    });
    if (explained.length === 0) return nothing;
    return html`<details part="source-notes" class="source-notes">
      <summary>${this.#text.sourceNotes(explained.length)}</summary>
      <dl>${explained.map(({factor, notes}) => html`<dt lang=${this.dataLang}>${factor.factor}${explained.some((other) => other.factor !== factor && other.factor.factor === factor.factor)
        ? renderHow(factor)
        : nothing}</dt>${notes.map((note) => html`<dd lang=${this.#textLang(note)}>${note.text}</dd>`)}`)}</dl>
    </details>`;
  }

  #renderCompact(dataset: Dataset, source: Source): TemplateResult {
    const t = this.#text;
    const texts = this.#shownTexts(source);
    return html`<article part="card" class="card compact">
      ${this.#renderSourceNote(dataset, source)}
      ${this.#renderReference(source)}
      ${this.#renderSummary(texts)}
      ${texts.findings.length === 0 ? nothing : html`<details part="details" class="details">
        <summary>${t.findingsCount(texts.findings.length)}</summary>
        ${this.#renderFindings(texts)}
      </details>`}
      ${this.#renderActions(source.id, [source], t.exportOf(source.title), source.id)}
    </article>`;
  }

  #renderFull(dataset: Dataset, citation: Citation<Source>): TemplateResult {
    const t = this.#text;
    const several = citation.sources.length > 1;
    const texts = citation.sources.map((source) => this.#shownTexts(source));
    return html`<article part="card" class="card full" aria-labelledby="card-heading">
      ${this.#heading(0, citation.text, 'heading', 'card-heading')}
      ${several ? html`<p part="note" class="note">${t.sharedCitation(citation.text, citation.sources.length)}</p>` : nothing}
      ${citation.sources.map((source, i) => html`<section part="publication" class="publication" data-source=${source.id}>
        ${several ? this.#heading(1, html`<span class="visually-hidden">${t.publication(i + 1, citation.sources.length)}: </span><span lang=${this.dataLang}>${source.title}</span>`, 'publication-heading') : nothing}
        ${this.#renderReference(source)}
        ${this.#renderActions(source.id, [source], t.exportOf(several ? source.title : citation.text), source.id)}
        ${this.#renderSummary(texts[i]!)}
        ${texts[i]!.findings.length === 0 ? nothing : html`${this.#heading(several ? 2 : 1, t.findings, 'findings-heading')}${this.#renderFindings(texts[i]!)}`}
      </section>`)}
      ${this.#renderFactors(dataset, citation)}
    </article>`;
  }

  #renderFactors(dataset: Dataset, citation: Citation<Source>): TemplateResult {
    const t = this.#text;
    const citing = new Set(citation.sources.flatMap((source) => factorsCitingSource(dataset, source.id)));
    // Document order, each factor once, also where it cites two publications of the label.
    const factors = dataset.factors.filter((factor) => citing.has(factor));
    if (factors.length === 0) {
      return html`<p part="uncited" class="uncited">${t.uncited(citation.sources.length, this.#isDocument)}</p>`;
    }
    // The factors as a list, and one button that says what it does: filtering on one factor is not
    // something the group's filter can do, and ten buttons that each set the same filter said otherwise.
    return html`<section part="factors" class="factors">
      ${this.#heading(1, t.factors, 'factors-heading')}
      ${this.dataLang === nothing ? nothing : html`<p class="hint">${t.quotedFactors(this.dataLang === 'nl')}</p>`}
        <div class="factor-lists">
          ${KINDS.map((kind) => {
            const list = factors.filter((factor) => factor.kind === kind);
            return list.length === 0 ? nothing : html`<div class="factor-group kind-${kind}">
              ${this.#heading(2, `${common[this.language].kinds[kind]} (${list.length})`, 'kind-heading')}
              <ul part="factor-list" class="factor-list">${list.map((factor) => this.#renderFactor(factor, list))}</ul>
            </div>`;
          })}
        </div>
      ${this.#renderSourceNotes(factors, citation)}
      <button part="show-factors" class="show-factors" type="button" @click=${() => this.#chooseFactor(citation)}>${t.showFactors(factors.length)}</button>
      <p part="filter-status" class="filter-status" role="status">${this.filterMessage}</p>
    </section>`;
  }

  #renderFactor(factor: Factor, list: readonly Factor[]): TemplateResult {
    // The document repeats some factor names with another "how" ("intrinsieke motivatie"): then the how tells them apart.
    const repeated = factor.how !== '' && list.some((other) => other !== factor && other.factor === factor.factor);
    return html`<li part="factor" class="factor" lang=${this.dataLang} data-factor-id=${factor.id}>${factor.factor}${repeated ? renderHow(factor) : nothing}</li>`;
  }

  #renderBibliography(dataset: Dataset): TemplateResult {
    const t = this.#text;
    const sources = apaOrder(dataset.sources);
    const cited = new Set(dataset.factors.flatMap((factor) => factor.sources));
    // A label can stand for several publications and still lead to only some of them ("ECBO (2019)"): the
    // table shows the label, but no factor comes from the others. Those are not counted as unnamed.
    const shownLabels = new Set(sources.filter((source) => cited.has(source.id)).map((source) => source.citation));
    const uncited = sources.filter((source) => !shownLabels.has(source.citation)).length;
    return html`<section part="bibliography" class="bibliography" aria-labelledby="bibliography-heading">
      ${this.#heading(0, t.bibliography, 'heading', 'bibliography-heading')}
      <p class="count">${t.bibliographyCount(sources.length)}${uncited > 0 ? ` ${t.uncitedCount(uncited, this.#isDocument)}` : nothing}</p>
      ${this.#renderActions('all', sources, t.bibliography, t.bibliographyFile)}
      <ul class="entries">
        ${sources.map((source) => html`<li part="entry" class="entry" id=${ENTRY_ID_PREFIX + source.id} tabindex="-1"><span lang=${this.dataLang}>${renderApaReference(source)}</span>${cited.has(source.id)
          ? nothing
          : html`${' '}<span part="uncited" class="uncited">${shownLabels.has(source.citation) ? t.labelElsewhere(source.citation) : t.uncitedEntry}</span>`}</li>`)}
      </ul>
    </section>`;
  }
}
