/**
 * The types of `scholingsfactoren/cdn`, the CDN bundle (dist/cdn/scholingsfactoren.js, built from
 * src/cdn.ts; package.json gives this module's .d.ts as its `types`): what the bundle exports, and the
 * elements it registers on a page, with their tag names and events. Only TypeScript reads this module.
 */
export {observe} from './cdn-claim.js';
export type {FactorTable} from './elements/factor-table/factor-table.js';
export type {ActorFilter} from './elements/actor-filter/actor-filter.js';
export type {SourceCitation} from './elements/source-citation/source-citation.js';
export type {BarrierHeatmap} from './elements/barrier-heatmap/barrier-heatmap.js';
export type {FactorLandscape} from './elements/factor-landscape/factor-landscape.js';
export type {FactorErrorDetail, FactorErrorEvent, FactorFilterChangeDetail, FactorFilterChangeEvent} from './state/events.js';
