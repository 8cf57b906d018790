// What the CDN entry loads: every element works with one script line. What a page with only a table
// needs is in this file; every other element is a chunk beside it, fetched when its tag is (or later
// comes) on the page, so an editor's page downloads only the code of the elements it shows.
import './elements/factor-table/factor-table.js';
// Small, and it must provide its groups before the elements inside it look for one.
import './elements/factor-landscape/factor-landscape.js';
import {whenElementAppears} from './lazy-element.js';
import {defineElement} from './elements/define.js';
import {completeBundledDataset} from './state/study-texts.js';

whenElementAppears('actor-filter', () => import('./elements/actor-filter/actor-filter.js'));
// A card shows the publications' texts, which travel apart from the factors: fetch both at once and
// register the card when both are here, so it draws itself once instead of "loading" first.
whenElementAppears('source-citation', async () => {
  const [{SourceCitation}] = await Promise.all([import('./elements/source-citation/source-citation.component.js'), completeBundledDataset()]);
  defineElement('source-citation', SourceCitation);
});
whenElementAppears('barrier-heatmap', () => import('./elements/barrier-heatmap/barrier-heatmap.js'));
