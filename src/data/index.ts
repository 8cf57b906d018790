// `scholingsfactoren/data`: the dataset, its types, validation and the queries a developer needs (filter
// and search, sort, facets, the heatmap's counts, CSV, APA and reference files). No DOM, no elements.
// The public contract, docs/api.md, lists these; the elements use more of data/, from its modules.
export {ACTORS, KINDS, isActor, isKind} from './types.js';
export type {
  Actor, Dataset, DatasetTranslation, DatasetWithoutTexts, Factor, Kind, Language, Source, SourceLabel, SourceReference, TranslatedTexts,
} from './types.js';
export {bundledDataset} from './bundled.js';
export {bundledWithoutTexts} from './bundled-without-texts.js';
export {validateDataset} from './validate.js';
export type {ValidationError, ValidationResult} from './validate.js';
export {NO_FILTER, filterFactors, isFilterEmpty} from './filter.js';
export type {FactorFilter, FactorQuery, FilterState} from './filter.js';
export {DOCUMENT_ORDER, SORT_KEYS, isSortKey, sortFactors} from './sort.js';
export type {SortDirection, SortKey, SortOrder} from './sort.js';
export {matchingFactors} from './rows.js';
export {facetCounts} from './facets.js';
export type {FacetCounts} from './facets.js';
export {actorSourceMatrix} from './heatmap.js';
export type {AxisOrder, HeatmapAxisEntry, HeatmapCell, HeatmapMatrix} from './heatmap.js';
export {factorsToCsv} from './csv.js';
export type {CsvHeadings} from './csv.js';
export {apaOrder, bibtexReferences, formatApaReference, risReferences} from './apa.js';
export type {ApaReference} from './apa.js';
