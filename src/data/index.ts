// `scholingsfactoren/data`: the dataset, its types, validation and queries. No DOM, no elements.
export {ACTORS, KINDS, isActor, isKind} from './types.js';
export type {
  Actor, Dataset, DatasetTranslation, DatasetWithoutTexts, Factor, Kind, Language, Source, SourceLabel, SourceReference, TranslatedTexts,
} from './types.js';
export {bundledDataset} from './bundled.js';
export {bundledWithoutTexts} from './bundled-without-texts.js';
export {validateDataset} from './validate.js';
export type {ValidationError, ValidationResult} from './validate.js';
export {dutchCollator, foldText, queryTerms} from './text.js';
export {NO_FILTER, factorMatcher, filterFactors, isFilterEmpty, prepareSearch} from './filter.js';
export type {FactorFilter, FactorQuery, FilterState} from './filter.js';
export {DOCUMENT_ORDER, SORT_KEYS, evidenceCount, isSortKey, sortFactors} from './sort.js';
export type {SortDirection, SortKey, SortOrder} from './sort.js';
export {factorsInOrder, matchingFactors} from './rows.js';
export {facetCounts} from './facets.js';
export type {FacetCounts} from './facets.js';
export {citationOf, citationsOf, factorsCitingSource, hasTexts, sourceById} from './sources.js';
export type {Citation} from './sources.js';
export {sourceNoteOf, translatedTexts, translationOf} from './translation.js';
export type {SourceNote} from './translation.js';
export {actorSourceMatrix} from './heatmap.js';
export type {AxisOrder, HeatmapAxisEntry, HeatmapCell, HeatmapMatrix} from './heatmap.js';
export {factorsToCsv} from './csv.js';
export type {CsvHeadings} from './csv.js';
export {apaAuthorList, apaOrder, apaReferenceText, bibtexReference, bibtexReferences, compareApa, escapeBibtex, formatApaReference, risReference, risReferences, sortingName} from './apa.js';
export type {ApaReference} from './apa.js';
export {sourcesCitedBy, summarizeFilter} from './filter-summary.js';
export type {FilterSummary} from './filter-summary.js';
export {factorCountText, heatmapFacts, heatmapSummary} from './heatmap-summary.js';
export type {HeatmapFacts} from './heatmap-summary.js';
