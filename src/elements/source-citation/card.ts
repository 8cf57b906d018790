import {html, nothing, type TemplateResult} from 'lit';
import {formatApaReference, type Dataset, type DatasetTranslation, type Language, type Source} from '../../data/index.js';
import type {Citation} from '../../data/sources.js';
import {sourceNoteOf, translatedTexts} from '../../data/translation.js';
import type {SourceCitationText} from '../../i18n/source-citation.js';
import {renderApaReference} from '../printout/printout.js';
import type {CopyButtons} from './clipboard.js';
import {downloadReferences} from './reference-files.js';

/**
 * What the parts of a card read from their `<source-citation>`, gathered once per render: the full card,
 * the compact card (which the table's source dialog shows) and the reference list are all built from these parts.
 */
export interface CardView {
  /** The interface strings, in the element's language. */
  readonly text: SourceCitationText;
  readonly language: Language;
  /** The dataset's language on its own texts, where the interface speaks another (WCAG 3.1.2). */
  readonly dataLang: string | typeof nothing;
  /** Our texts in the interface language, where the dataset translates them. */
  readonly translation: DatasetTranslation | undefined;
  /** Whether the dataset is the bundled one: the source document, whose publications are all part of its desk research. */
  readonly isDocument: boolean;
  /** The `heading-level` attribute as given. */
  readonly headingLevel: number;
  readonly copying: CopyButtons;
  /** Where the downloads' hidden links go: the element's shadow root. */
  readonly root: ShadowRoot;
}

/** A publication's summary and findings as the card shows them: translated where the dataset translates them. */
interface ShownTexts {
  readonly summary: string;
  readonly findings: readonly string[];
  readonly translated: boolean;
}

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

/** A heading `offset` levels below `heading-level`, kept within h1–h6. */
export const renderHeading = (view: CardView, offset: number, content: unknown, part: string, id?: string): TemplateResult =>
  HEADINGS[Math.min(6, Math.max(1, Math.round(Number(view.headingLevel) || 3) + offset)) - 1]!(part, id ?? nothing, content);

/** A translation speaks the interface language; the dataset's own texts speak the dataset's. */
export const textLang = (view: CardView, texts: {readonly translated: boolean}): string | typeof nothing =>
  texts.translated ? nothing : view.dataLang;

/** Copy and export buttons for one or more references, with the live region that says what happened. */
export function renderActions(view: CardView, key: string, sources: readonly Source[], label: string, fileName: string): TemplateResult {
  const t = view.text;
  const plain = sources.map((source) => formatApaReference(source).text).join('\n');
  return html`<div part="actions" class="actions" role="group" aria-label=${label}>
      <button part="copy" class="copy" type="button" @click=${() => view.copying.copy(key, plain, t)}>${sources.length === 1 ? t.copy : t.copyAll}</button>
      <button part="export" class="ris" type="button" title=${t.risTitle}
        @click=${() => downloadReferences(view.root, sources, fileName, 'ris')}>${t.ris}</button>
      <button part="export" class="bibtex" type="button" title=${t.bibtexTitle}
        @click=${() => downloadReferences(view.root, sources, fileName, 'bib')}>${t.bibtex}</button>
      <span part="copy-status" class="copy-status" role="status">${view.copying.messageFor(key)}</span>
    </div>`;
}

/** A publication's APA reference, in the dataset's language. */
const renderReference = (view: CardView, source: Source) =>
  html`<p part="reference" class="reference" lang=${view.dataLang}>${renderApaReference(source)}</p>`;

/** The summary and findings in the interface language where the dataset translates them, else its own. */
function shownTexts(view: CardView, source: Source): ShownTexts {
  const translated = translatedTexts(view.translation, source.id);
  return translated ? {...translated, translated: true} : {...source, translated: false};
}

/** The summary, after the mark that it is our translation where it is one. */
const renderSummary = (view: CardView, dataset: Dataset, texts: ShownTexts): TemplateResult => html`${texts.translated
  ? html`<p part="translation" class="translation"><strong>${view.text.translated}</strong> ${view.text.translatedNote(dataset.language === 'nl')}</p>`
  : nothing}${texts.summary ? html`<p part="summary" class="summary" lang=${textLang(view, texts)}>${texts.summary}</p>` : nothing}`;

/** The findings; a card asks for them only where there are some. */
const renderFindings = (view: CardView, texts: ShownTexts) =>
  html`<ul part="findings" class="findings" lang=${textLang(view, texts)}>${texts.findings.map((finding) => html`<li>${finding}</li>`)}</ul>`;

/**
 * The small card for dialogs and sidebars: why the factor of `factorId` cites this publication (where the
 * dataset says so), its reference and summary, the findings folded away.
 */
export function renderCompactCard(view: CardView, dataset: Dataset, source: Source, factorId: string): TemplateResult {
  const texts = shownTexts(view, source);
  // Every factor has an id (validate.ts), so no factor is found for `factor=""`.
  const factor = dataset.factors.find((candidate) => candidate.id === factorId);
  const note = factor && sourceNoteOf(factor, source.id, view.translation);
  return html`<article part="card" class="card compact">
      ${note ? html`<p part="source-note" class="note source-note" lang=${textLang(view, note)}>${note.text}</p>` : nothing}
      ${renderReference(view, source)}
      ${renderSummary(view, dataset, texts)}
      ${texts.findings.length === 0 ? nothing : html`<details part="details" class="details">
        <summary>${view.text.findingsCount(texts.findings.length)}</summary>
        ${renderFindings(view, texts)}
      </details>`}
      ${renderActions(view, source.id, [source], view.text.exportOf(source.title), source.id)}
    </article>`;
}

/**
 * The card of a citation: its heading, each of its publications (where the label stands for several, with
 * a note that says so and a heading each), and `factors`, the section of the factors that cite them.
 */
export function renderFullCard(view: CardView, dataset: Dataset, citation: Citation<Source>, factors: TemplateResult): TemplateResult {
  const t = view.text;
  const several = citation.sources.length > 1;
  return html`<article part="card" class="card full" aria-labelledby="card-heading">
      ${renderHeading(view, 0, citation.text, 'heading', 'card-heading')}
      ${several ? html`<p part="note" class="note">${t.sharedCitation(citation.text, citation.sources.length)}</p>` : nothing}
      ${citation.sources.map((source, i) => {
        const texts = shownTexts(view, source);
        return html`<section part="publication" class="publication" data-source=${source.id}>
        ${several ? renderHeading(view, 1, html`<span class="visually-hidden">${t.publication(i + 1, citation.sources.length)}: </span><span lang=${view.dataLang}>${source.title}</span>`, 'publication-heading') : nothing}
        ${renderReference(view, source)}
        ${renderActions(view, source.id, [source], t.exportOf(several ? source.title : citation.text), source.id)}
        ${renderSummary(view, dataset, texts)}
        ${texts.findings.length === 0 ? nothing : html`${renderHeading(view, several ? 2 : 1, t.findings, 'findings-heading')}${renderFindings(view, texts)}`}
      </section>`;
      })}
      ${factors}
    </article>`;
}
