// The elements' code of the CDN build, loaded by the entry (src/cdn.ts). The table is here; every other
// element comes in a chunk beside this one, loaded when its tag appears on the page.
import './elements/factor-table/factor-table.js';
import {lazyDefine} from './lazy-define.js';

export {observe} from './lazy-define.js';

const groupElements = () => import('./cdn-group-elements.js');
lazyDefine('actor-filter', groupElements);
lazyDefine('factor-landscape', groupElements);
// The card comes with the dialog that shows it in a table's bron column: one chunk, whichever needs it first.
lazyDefine('source-citation', () => import('./elements/source-citation/source-dialog.js'));
lazyDefine('barrier-heatmap', () => import('./elements/barrier-heatmap/barrier-heatmap.js'));
