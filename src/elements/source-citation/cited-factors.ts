import {html, nothing, type TemplateResult} from 'lit';
import {KINDS, type Dataset, type Factor, type Source} from '../../data/index.js';
import {factorsCitingSource, type Citation} from '../../data/sources.js';
import {sourceNoteOf} from '../../data/translation.js';
import {common} from '../../i18n/common.js';
import {renderHeading, textLang, type CardView} from './card.js';

/** After a factor's name, how it works: what tells two factors of the same name apart. */
const renderHow = (factor: Factor) => html`${' '}<span class="how">(${factor.how})</span>`;

function renderFactor(view: CardView, factor: Factor, list: readonly Factor[]): TemplateResult {
  // The document repeats some factor names with another "how" ("intrinsieke motivatie"): then the how tells them apart.
  const repeated = factor.how !== '' && list.some((other) => other !== factor && other.factor === factor.factor);
  return html`<li part="factor" class="factor" lang=${view.dataLang} data-factor-id=${factor.id}>${factor.factor}${repeated ? renderHow(factor) : nothing}</li>`;
}

/** Which of the citation's publications each listed factor comes from, where the dataset says so. */
function renderSourceNotes(view: CardView, factors: readonly Factor[], citation: Citation<Source>): TemplateResult | typeof nothing {
  const explained = factors.flatMap((factor) => {
    const notes = citation.sources.flatMap((source) => sourceNoteOf(factor, source.id, view.translation) ?? []);
    // Two publications of one label may have the same note: it is said once.
    const distinct = notes.filter((note, i) => notes.findIndex((other) => other.text === note.text) === i);
    return distinct.length === 0 ? [] : [{factor, notes: distinct}];
  });
  if (explained.length === 0) return nothing;
  return html`<details part="source-notes" class="source-notes">
      <summary>${view.text.sourceNotes(explained.length)}</summary>
      <dl>${explained.map(({factor, notes}) => html`<dt lang=${view.dataLang}>${factor.factor}${explained.some((other) => other.factor !== factor && other.factor.factor === factor.factor)
        ? renderHow(factor)
        : nothing}</dt>${notes.map((note) => html`<dd lang=${textLang(view, note)}>${note.text}</dd>`)}`)}</dl>
    </details>`;
}

/**
 * The full card's last section: the factors that cite the citation's publications, by kind, and one
 * button that shows them in the group's table (`showFactors`), with what it did (`filterMessage`); or
 * the note that the table does not name them.
 */
export function renderCitedFactors(
  view: CardView, dataset: Dataset, citation: Citation<Source>, showFactors: () => void, filterMessage: string,
): TemplateResult {
  const t = view.text;
  const citing = new Set(citation.sources.flatMap((source) => factorsCitingSource(dataset, source.id)));
  // Document order, each factor once, also where it cites two publications of the label.
  const factors = dataset.factors.filter((factor) => citing.has(factor));
  if (factors.length === 0) {
    return html`<p part="uncited" class="uncited">${t.uncited(citation.sources.length, view.isDocument)}</p>`;
  }
  // The factors as a list, and one button that says what it does: filtering on one factor is not
  // something the group's filter can do, and ten buttons that each set the same filter said otherwise.
  return html`<section part="factors" class="factors">
      ${renderHeading(view, 1, t.factors, 'factors-heading')}
      ${view.dataLang === nothing ? nothing : html`<p class="hint">${t.quotedFactors(view.dataLang === 'nl')}</p>`}
        <div class="factor-lists">
          ${KINDS.map((kind) => {
            const list = factors.filter((factor) => factor.kind === kind);
            return list.length === 0 ? nothing : html`<div class="factor-group kind-${kind}">
              ${renderHeading(view, 2, `${common[view.language].kinds[kind]} (${list.length})`, 'kind-heading')}
              <ul part="factor-list" class="factor-list">${list.map((factor) => renderFactor(view, factor, list))}</ul>
            </div>`;
          })}
        </div>
      ${renderSourceNotes(view, factors, citation)}
      <button part="show-factors" class="show-factors" type="button" @click=${showFactors}>${t.showFactors(factors.length)}</button>
      <p part="filter-status" class="filter-status" role="status">${filterMessage}</p>
    </section>`;
}
