// `import 'scholingsfactoren'`: registers every element; also re-exports the classes and the data API.
export * from './elements/factor-table/factor-table.js';
export * from './elements/actor-filter/actor-filter.js';
export * from './elements/source-citation/source-citation.js';
export * from './elements/barrier-heatmap/barrier-heatmap.js';
export * from './elements/factor-landscape/factor-landscape.js';
export * from './data/index.js';
export {FactorErrorEvent, FactorFilterChangeEvent} from './state/events.js';
export type {FactorErrorDetail, FactorFilterChangeDetail} from './state/events.js';
export type {ActorList} from './elements/filtering-element.js';
