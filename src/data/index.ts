// `scholingsfactoren/data`: the dataset, its types, validation and queries. No DOM, no elements.
export {ACTORS, KINDS} from './types.js';
export type {Actor, Dataset, Factor, Kind, Source} from './types.js';
export {bundledDataset} from './bundled.js';
export {validateDataset} from './validate.js';
export type {ValidationError, ValidationResult} from './validate.js';
export {dutchCollator, foldText, queryTerms} from './text.js';
export {NO_FILTER, factorMatcher, filterFactors, isFilterEmpty} from './filter.js';
export type {FactorFilter} from './filter.js';
export {DOCUMENT_ORDER, SORT_KEYS, evidenceCount, sortFactors} from './sort.js';
export type {SortDirection, SortKey, SortOrder} from './sort.js';
export {facetCounts} from './facets.js';
export type {FacetCounts} from './facets.js';
export {citationGroupsOf, factorsCitingSource, sourceById, sourcesSharingCitation} from './sources.js';
export type {CitationGroup} from './sources.js';
export {actorSourceMatrix} from './heatmap.js';
export type {AxisOrder, HeatmapAxisEntry, HeatmapCell, HeatmapMatrix} from './heatmap.js';
export {indexDataset} from './dataset-index.js';
export type {DatasetIndex} from './dataset-index.js';
