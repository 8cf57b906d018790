// The elements' code of the CDN build, loaded by the entry (src/cdn.ts). The table and the landscape
// are here; every other element is a chunk beside this one, loaded when its tag appears on the page.
import './elements/factor-table/factor-table.js';
// Small, and it must provide its scope before the elements inside it look for one.
import './elements/factor-landscape/factor-landscape.js';
import {lazyDefine} from './lazy-define.js';

export {observe} from './lazy-define.js';

lazyDefine('actor-filter', () => import('./elements/actor-filter/actor-filter.js'));
// The card comes with the dialog that shows it in a table's bron column: one chunk, whichever needs it first.
lazyDefine('source-citation', () => import('./elements/source-citation/source-dialog.js'));
lazyDefine('barrier-heatmap', () => import('./elements/barrier-heatmap/barrier-heatmap.js'));
