// The CDN entry: one script line registers every element. The heatmap and d3 are a separate chunk,
// fetched only when a <barrier-heatmap> is (or later comes) on the page.
import './elements/factor-table/factor-table.js';
import './elements/actor-filter/actor-filter.js';
import './elements/source-citation/source-citation.js';
import './elements/factor-landscape/factor-landscape.js';
import {whenElementAppears} from './lazy-element.js';

whenElementAppears('barrier-heatmap', () => import('./elements/barrier-heatmap/barrier-heatmap.js'));
