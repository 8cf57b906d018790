// The CDN bundle, `dist/cdn/scholingsfactoren.js`: the file an editor's script line names, with the
// table, Lit and the bundled dataset in it, so the browser fetches what the first paint needs in one
// request. Every other element comes in a chunk beside it, loaded when its tag appears on the page
// (which elements share a chunk: src/elements/registry.ts). In the built file this runs only in the
// first copy on a page (src/cdn-claim.ts).
import {CLAIM, type ClaimedPage} from './cdn-claim.js';
import {defineElement} from './elements/define.js';
import {FactorTable} from './elements/factor-table/factor-table.component.js';
import {LAZY_ELEMENT_LOADERS} from './elements/registry.js';
import {lazyDefine, observe} from './lazy-define.js';

for (const [tag, load] of Object.entries(LAZY_ELEMENT_LOADERS)) lazyDefine(tag, load);
// The table after the others have started loading: below one of them, it waits for its chunk (lazy-define.ts).
defineElement('factor-table', FactorTable);

// The `observe` of every copy on the page (src/cdn-claim.ts) comes here.
const claim = (globalThis as ClaimedPage)[CLAIM];
if (claim) claim.observe = observe;
