import {html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {
  KINDS, apaOrder, bibtexReference, bibtexReferences, citationOf, factorsCitingSource, foldText, formatApaReference,
  risReference, risReferences,
  type Citation, type Dataset, type Factor, type Source,
} from '../../data/index.js';
import {withTexts} from '../../data/bundled-texts.js';
import {bundledWithoutTexts} from '../../data/bundled-without-texts.js';
import {FactorErrorEvent} from '../../state/events.js';
import {common} from '../../i18n/common.js';
import {sourceCitationText} from '../../i18n/source-citation.js';
import {GroupElement} from '../group-element.js';
import {copyToClipboard} from './clipboard.js';
import {downloadText, safeFileName} from '../download.js';
import {sourceCitationStyles} from './source-citation.styles.js';

/** How long "Gekopieerd" stays visible; screen readers have read it long before. */
const MESSAGE_MS = 6000;
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
const reportProblem = (host: HTMLElement, message: string) => host.dispatchEvent(new FactorErrorEvent([{path: 'source', message}]));

/**
 * A card for one publication of the dataset: its APA 7 reference (title in italics), summary, key findings
 * and the factors that cite it. Where the table's label stands for several publications ("ROA (2018)"),
 * the card shows each of them. With `all`, the dataset's whole reference list in APA order.
 * The reference can be copied (plain text) and exported as RIS or BibTeX. Children are a fallback,
 * shown only until the element is defined.
 *
 * @tagname source-citation
 * @summary A publication of the dataset: reference, summary, key findings and the factors that cite it.
 *
 * @fires factor-filter-change - "Toon de factoren uit deze bron" was pressed: the group's filter now shows this source's factors; `detail` is the new state.
 * @fires factor-error - The `source` is not in the dataset, or the dataset from `src` or `data` could not be used; `detail.errors` says why, in Dutch.
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

  /** The copy message, and which reference's action bar shows it. */
  private copyStatus?: {readonly key: string; readonly message: string};
  /** What the last choice of a factor did. */
  private filterMessage = '';

  private messageTimer?: ReturnType<typeof setTimeout>;
  private reported?: {readonly dataset: Dataset; readonly message: string};
  private hashShown = false;

  private get text() {
    return sourceCitationText[this.language];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.messageTimer);
  }

  /** The publications the `source` attribute points at: its own, plus any that share its citation (not in compact). */
  private resolve(dataset: Dataset): Citation<Source> | undefined {
    // Removing the attribute (clearing a control in Storybook) sets the property to null.
    const wanted = (this.source ?? '').trim();
    if (wanted === '') return undefined;
    // An editor may type the citation they see in the table instead of the id.
    const id = dataset.sources.find((source) => source.id === wanted || foldText(source.citation) === foldText(wanted))?.id;
    const citation = id === undefined ? undefined : citationOf(dataset, id);
    return citation && this.compact ? {text: citation.text, sources: citation.sources.filter((source) => source.id === id)} : citation;
  }

  /** Why this element cannot show its card, in Dutch for the event (the view uses the interface language). */
  private problem(dataset: Dataset): string | undefined {
    if (this.all || this.resolve(dataset)) return undefined;
    const wanted = (this.source ?? '').trim();
    return wanted === '' ? sourceCitationText.nl.noSource : sourceCitationText.nl.unknownSource(wanted);
  }

  /** Whether the group shows the bundled dataset: the source document, whose publications are all part of its desk research. */
  private get isDocument(): boolean {
    return this.readyDataset === bundledWithoutTexts;
  }

  /** The group's dataset with its publications' texts, when it is ready to show. */
  private get datasetWithTexts(): Dataset | undefined {
    const dataset = this.readyDataset;
    return dataset && withTexts(dataset);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dataset = this.datasetWithTexts;
    const message = dataset ? this.problem(dataset) : undefined;
    // Once per dataset and problem, not on every render.
    if (dataset && message !== undefined && (this.reported?.dataset !== dataset || this.reported.message !== message)) {
      this.reported = {dataset, message};
      reportProblem(this, message);
    } else if (message === undefined) {
      this.reported = undefined;
    }
    if (this.all && dataset && !this.hashShown) {
      this.hashShown = true;
      this.revealLinkedEntry();
    }
  }

  private onHashChange = (): void => this.revealLinkedEntry();

  /** A link to `#bron-<id>` cannot reach into a shadow root by itself: scroll to and focus the entry here. */
  private revealLinkedEntry(): void {
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
  private async say(key: string, message: string): Promise<void> {
    clearTimeout(this.messageTimer);
    this.copyStatus = undefined;
    await this.updateComplete;
    this.copyStatus = {key, message};
    this.messageTimer = setTimeout(() => (this.copyStatus = undefined), MESSAGE_MS);
  }

  private async copy(key: string, text: string): Promise<void> {
    const copied = await copyToClipboard(text, this.renderRoot as ShadowRoot);
    await this.say(key, copied ? this.text.copied : this.text.copyFailed);
  }

  private download(text: string, name: string, extension: 'ris' | 'bib'): void {
    downloadText(this.renderRoot as ShadowRoot, text, `${safeFileName(name)}.${extension}`, extension === 'ris' ? RIS_TYPE : BIBTEX_TYPE);
  }

  /**
   * Sets the group's filter to every publication of the citation and nothing else, so a `<factor-table>` of
   * the group shows exactly the factors listed, as many as the button says.
   */
  private chooseFactor(citation: Citation<Source>): void {
    this.updateFilter({kind: null, actors: [], query: '', sources: citation.sources.map((source) => source.id)});
    this.filterMessage = '';
    void this.updateComplete.then(() => (this.filterMessage = this.text.filtered(citation.text)));
  }

  /** A heading `offset` levels below `heading-level`, kept within h1–h6. */
  private heading(offset: number, content: unknown, part: string, id?: string): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel) || 3) + offset));
    return HEADINGS[level - 1]!(part, id ?? nothing, content);
  }

  protected override render(): TemplateResult {
    const status = this.renderDataStatus();
    const dataset = this.datasetWithTexts;
    if (status !== nothing || !dataset) return html`${status}`;
    if (this.all) return this.renderBibliography(dataset);
    const citation = this.resolve(dataset);
    if (!citation) {
      const wanted = (this.source ?? '').trim();
      return html`<div part="error" class="error" role="alert">
        <p>${wanted === '' ? this.text.noSource : this.text.unknownSource(wanted)}</p>
      </div>`;
    }
    return this.compact ? this.renderCompact(citation.sources[0]) : this.renderFull(dataset, citation);
  }

  private renderReference(source: Source): TemplateResult {
    const reference = formatApaReference(source);
    return html`${reference.authors} ${reference.year} <i part="title">${reference.title}</i>${reference.rest}${reference.url === undefined
      ? nothing
      : html` <a part="link" href=${reference.url}>${reference.url}</a>`}`;
  }

  /** Copy and export buttons for one or more references, with the live region that says what happened. */
  private renderActions(key: string, sources: readonly Source[], label: string, fileName: string): TemplateResult {
    const t = this.text;
    const single = sources.length === 1 ? sources[0] : undefined;
    const plain = sources.map((source) => formatApaReference(source).text).join('\n');
    return html`<div part="actions" class="actions" role="group" aria-label=${label}>
      <button part="copy" class="copy" type="button" @click=${() => this.copy(key, plain)}>${single ? t.copy : t.copyAll}</button>
      <button part="export" class="ris" type="button" title=${t.risTitle}
        @click=${() => this.download(single ? risReference(single) : risReferences(sources), fileName, 'ris')}>${t.ris}</button>
      <button part="export" class="bibtex" type="button" title=${t.bibtexTitle}
        @click=${() => this.download(single ? bibtexReference(single) : bibtexReferences(sources), fileName, 'bib')}>${t.bibtex}</button>
      <span part="copy-status" class="copy-status" role="status">${this.copyStatus?.key === key ? this.copyStatus.message : ''}</span>
    </div>`;
  }

  private renderFindings(source: Source): TemplateResult | typeof nothing {
    if (source.findings.length === 0) return nothing;
    return html`<ul part="findings" class="findings" lang=${this.dataLang}>${source.findings.map((finding) => html`<li>${finding}</li>`)}</ul>`;
  }

  private renderCompact(source: Source): TemplateResult {
    const t = this.text;
    return html`<article part="card" class="card compact">
      <p part="reference" class="reference" lang=${this.dataLang}>${this.renderReference(source)}</p>
      ${source.summary ? html`<p part="summary" class="summary" lang=${this.dataLang}>${source.summary}</p>` : nothing}
      ${source.findings.length === 0 ? nothing : html`<details part="details" class="details">
        <summary>${t.findingsCount(source.findings.length)}</summary>
        ${this.renderFindings(source)}
      </details>`}
      ${this.renderActions(source.id, [source], t.exportOf(source.title), source.id)}
    </article>`;
  }

  private renderFull(dataset: Dataset, citation: Citation<Source>): TemplateResult {
    const t = this.text;
    const several = citation.sources.length > 1;
    return html`<article part="card" class="card full" aria-labelledby="card-heading">
      ${this.heading(0, citation.text, 'heading', 'card-heading')}
      ${several ? html`<p part="note" class="note">${t.sharedCitation(citation.text, citation.sources.length)}</p>` : nothing}
      ${citation.sources.map((source, i) => html`<section part="publication" class="publication" data-source=${source.id}>
        ${several ? this.heading(1, html`<span class="visually-hidden">${t.publication(i + 1, citation.sources.length)}: </span><span lang=${this.dataLang}>${source.title}</span>`, 'publication-heading') : nothing}
        <p part="reference" class="reference" lang=${this.dataLang}>${this.renderReference(source)}</p>
        ${this.renderActions(source.id, [source], t.exportOf(several ? source.title : citation.text), source.id)}
        ${source.summary ? html`<p part="summary" class="summary" lang=${this.dataLang}>${source.summary}</p>` : nothing}
        ${source.findings.length === 0 ? nothing : html`${this.heading(several ? 2 : 1, t.findings, 'findings-heading')}${this.renderFindings(source)}`}
      </section>`)}
      ${this.renderFactors(dataset, citation)}
    </article>`;
  }

  private renderFactors(dataset: Dataset, citation: Citation<Source>): TemplateResult {
    const t = this.text;
    const citing = new Set(citation.sources.flatMap((source) => factorsCitingSource(dataset, source.id)));
    // Document order, each factor once, also where it cites two publications of the label.
    const factors = dataset.factors.filter((factor) => citing.has(factor));
    if (factors.length === 0) {
      return html`<p part="uncited" class="uncited">${t.uncited(citation.sources.length, this.isDocument)}</p>`;
    }
    // The factors as a list, and one button that says what it does: filtering on one factor is not
    // something the group's filter can do, and ten buttons that each set the same filter said otherwise.
    return html`<section part="factors" class="factors">
      ${this.heading(1, t.factors, 'factors-heading')}
        <div class="factor-lists">
          ${KINDS.map((kind) => {
            const list = factors.filter((factor) => factor.kind === kind);
            return list.length === 0 ? nothing : html`<div class="factor-group kind-${kind}">
              ${this.heading(2, `${common[this.language].kinds[kind]} (${list.length})`, 'kind-heading')}
              <ul part="factor-list" class="factor-list">${list.map((factor) => this.renderFactor(factor, list))}</ul>
            </div>`;
          })}
        </div>
      <button part="show-factors" class="show-factors" type="button" @click=${() => this.chooseFactor(citation)}>${t.showFactors(factors.length)}</button>
      <p part="filter-status" class="filter-status" role="status">${this.filterMessage}</p>
    </section>`;
  }

  private renderFactor(factor: Factor, list: readonly Factor[]): TemplateResult {
    // The document repeats some factor names with another "how" ("intrinsieke motivatie"): then the how tells them apart.
    const repeated = factor.how !== '' && list.some((other) => other !== factor && other.factor === factor.factor);
    return html`<li part="factor" class="factor" lang=${this.dataLang} data-factor-id=${factor.id}>${factor.factor}${repeated
      ? html` <span class="how">(${factor.how})</span>`
      : nothing}</li>`;
  }

  private renderBibliography(dataset: Dataset): TemplateResult {
    const t = this.text;
    const sources = apaOrder(dataset.sources);
    const cited = new Set(dataset.factors.flatMap((factor) => factor.sources));
    const uncited = sources.filter((source) => !cited.has(source.id)).length;
    return html`<section part="bibliography" class="bibliography" aria-labelledby="bibliography-heading">
      ${this.heading(0, t.bibliography, 'heading', 'bibliography-heading')}
      <p class="count">${t.bibliographyCount(sources.length)}${uncited > 0 ? html` ${t.uncitedCount(uncited, this.isDocument)}` : nothing}</p>
      ${this.renderActions('all', sources, t.bibliography, t.bibliographyFile)}
      <ul class="entries">
        ${sources.map((source) => html`<li part="entry" class="entry" id=${ENTRY_ID_PREFIX + source.id} tabindex="-1"><span lang=${this.dataLang}>${this.renderReference(source)}</span>${cited.has(source.id)
          ? nothing
          : html` <span part="uncited" class="uncited">${t.uncitedEntry}</span>`}</li>`)}
      </ul>
    </section>`;
  }
}
