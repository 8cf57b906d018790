import {html, nothing, type TemplateResult} from 'lit';
import {
  apaOrder, formatApaReference,
  type DatasetWithoutTexts, type Factor, type Language, type SourceReference,
} from '../../data/index.js';
import {sourcesCitedBy, type FilterSummary} from '../../data/filter-summary.js';
import {withReferences} from '../../data/bundled-references.js';
import {bundledWithoutTexts} from '../../data/bundled-without-texts.js';
import {printStatement, printedLine, referencesHeading} from '../../i18n/printout.js';
import {printoutStyles} from './printout.styles.js';

/** What a printed view shows: its dataset, what it filters on, and the factors it prints. */
export interface PrintedView {
  readonly dataset: DatasetWithoutTexts;
  readonly summary: FilterSummary;
  readonly factors: readonly Factor[];
  readonly language: Language;
  /** The `lang` of text from the data, where it differs from the interface's. */
  readonly dataLang: string | typeof nothing;
}

/** Adds the printout's look to an element's shadow root, once. */
export function adoptPrintoutStyles(root: Element | DocumentFragment): void {
  const sheet = printoutStyles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * Above a printed view: what it shows in a whole sentence, and when and from which page it was printed.
 * The bundled dataset is "the psychological landscape analysis"; another dataset is named by its title.
 */
export function renderPrintHead({dataset, summary, language}: PrintedView): TemplateResult {
  const title = dataset.title === bundledWithoutTexts.title ? undefined : dataset.title;
  return html`<div part="print-head" class="print-only print-head">
    <p class="print-statement">${printStatement(summary, language, title)}</p>
    <p class="print-origin">${printedLine(new Date(), location.href, language)}</p>
  </div>`;
}

/** Below a printed view: the APA references of exactly the publications its factors cite, so the paper stands on its own. */
export function renderPrintReferences({dataset, factors, language, dataLang}: PrintedView): TemplateResult | typeof nothing {
  const sources = apaOrder(sourcesCitedBy(withReferences(dataset), factors));
  if (sources.length === 0) return nothing;
  return html`<div part="print-references" class="print-only print-references">
    <p class="print-references-heading">${referencesHeading(language)}</p>
    <ul lang=${dataLang}>${sources.map((source) => html`<li>${renderApaReference(source)}</li>`)}</ul>
  </div>`;
}

/** A publication's APA 7 reference with its title in italics: under a printout and in the citation card. */
export function renderApaReference(source: SourceReference): TemplateResult {
  const reference = formatApaReference(source);
  return html`${reference.authors} ${reference.year} <i part="title">${reference.title}</i>${reference.rest}${reference.url === undefined
    ? nothing
    : html`${' '}<a part="link" href=${reference.url}>${reference.url}</a>`}`;
}
