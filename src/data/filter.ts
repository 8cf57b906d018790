import type {Actor, DatasetWithoutTexts, Factor, Kind} from './types.js';
import type {SortOrder} from './sort.js';
import {indexDataset} from './dataset-index.js';
import {queryTerms} from './text.js';

/**
 * Which factors to show. Empty lists mean "no restriction"; several actors or sources mean "any of them".
 * Its text form (attributes, page addresses, the embed page's query) is in docs/api.md, "The filter as text".
 */
export interface FactorFilter {
  readonly kind: Kind | null;
  readonly actors: readonly Actor[];
  /** Publication ids. */
  readonly sources: readonly string[];
  /** Search words, matched without regard to case or accents against factor, how and citation. */
  readonly query: string;
}

/**
 * A filter with the order of its rows: what the elements of a group share, what `factor-filter-change`
 * carries, and what {@link matchingFactors} (rows.ts) shows.
 */
export interface FilterState extends FactorFilter {
  readonly sort: SortOrder;
}

/** @deprecated The same as {@link FilterState}, its name before 0.2. */
export type FactorQuery = FilterState;

/** The filter that shows every factor. */
export const NO_FILTER: FactorFilter = Object.freeze({kind: null, actors: [], sources: [], query: ''});

/** True when the filter restricts nothing. */
export function isFilterEmpty(filter: FactorFilter): boolean {
  return filter.kind === null && filter.actors.length === 0 && filter.sources.length === 0 && filter.query.trim() === '';
}

/** Builds a predicate for one filter, so a 10,000-row list folds the query once, not per row. */
export function factorMatcher(dataset: DatasetWithoutTexts, filter: FactorFilter): (factor: Factor) => boolean {
  const terms = queryTerms(filter.query);
  // Only a search needs the folded texts (and builds them, the first time).
  const haystack = terms.length > 0 ? indexDataset(dataset).haystack : undefined;
  const actors = new Set<string>(filter.actors);
  const sources = new Set(filter.sources);
  return (factor) =>
    (filter.kind === null || factor.kind === filter.kind) &&
    (actors.size === 0 || factor.actors.some((actor) => actors.has(actor))) &&
    (sources.size === 0 || factor.sources.some((source) => sources.has(source))) &&
    (haystack === undefined || terms.every((term) => (haystack.get(factor.id) ?? '').includes(term)));
}

/** The factors that match a filter, in document order. */
export function filterFactors(dataset: DatasetWithoutTexts, filter: FactorFilter): Factor[] {
  return dataset.factors.filter(factorMatcher(dataset, filter));
}

/** Builds the folded texts a search looks in now (say, while the browser is idle) rather than on the first search. */
export function prepareSearch(dataset: DatasetWithoutTexts): void {
  void indexDataset(dataset).haystack;
}
