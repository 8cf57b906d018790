import {html, nothing, type TemplateResult} from 'lit';
import {apaOrder, type Dataset} from '../../data/index.js';
import {renderApaReference} from '../printout/printout.js';
import {renderActions, renderHeading, type CardView} from './card.js';
import {ENTRY_ID_PREFIX} from './linked-entry.js';

/**
 * The dataset's whole reference list ("Bronnenlijst", `all`) in APA order, with the card's heading and
 * action bar. Each entry has the id `bron-<id>` a page can link to (linked-entry.ts), and says where the
 * table does not name it as a source.
 */
export function renderBibliography(view: CardView, dataset: Dataset): TemplateResult {
  const t = view.text;
  const sources = apaOrder(dataset.sources);
  const cited = new Set(dataset.factors.flatMap((factor) => factor.sources));
  // A label can stand for several publications and still lead to only some of them ("ECBO (2019)"): the
  // table shows the label, but no factor comes from the others. Those are not counted as unnamed.
  const shownLabels = new Set(sources.filter((source) => cited.has(source.id)).map((source) => source.citation));
  const uncited = sources.filter((source) => !shownLabels.has(source.citation)).length;
  return html`<section part="bibliography" class="bibliography" aria-labelledby="bibliography-heading">
      ${renderHeading(view, 0, t.bibliography, 'heading', 'bibliography-heading')}
      <p class="count">${t.bibliographyCount(sources.length)}${uncited > 0 ? ` ${t.uncitedCount(uncited, view.isDocument)}` : nothing}</p>
      ${renderActions(view, 'all', sources, t.bibliography, t.bibliographyFile)}
      <ul class="entries">
        ${sources.map((source) => html`<li part="entry" class="entry" id=${ENTRY_ID_PREFIX + source.id} tabindex="-1"><span lang=${view.dataLang}>${renderApaReference(source)}</span>${cited.has(source.id)
          ? nothing
          : html`${' '}<span part="uncited" class="uncited">${shownLabels.has(source.citation) ? t.labelElsewhere(source.citation) : t.uncitedEntry}</span>`}</li>`)}
      </ul>
    </section>`;
}
