import type {DatasetWithoutTexts, Factor} from './types.js';
import {filterFactors, type FactorFilter} from './filter.js';
import {sortFactors, type SortOrder} from './sort.js';

/** A filter with an order: what a table shows. */
export interface FactorQuery extends FactorFilter {
  readonly sort: SortOrder;
}

// Datasets and queries are immutable, so their rows can be kept as long as both live.
const cache = new WeakMap<DatasetWithoutTexts, WeakMap<FactorQuery, readonly Factor[]>>();

/** The factors that match a query, in its order (filterFactors keeps the document's). */
export function matchingFactors(dataset: DatasetWithoutTexts, query: FactorQuery): readonly Factor[] {
  let byQuery = cache.get(dataset);
  if (!byQuery) cache.set(dataset, (byQuery = new WeakMap()));
  let rows = byQuery.get(query);
  if (!rows) {
    const matching = filterFactors(dataset, query);
    const inDocumentOrder = query.sort.key === 'document' && query.sort.direction === 'ascending';
    rows = inDocumentOrder ? matching : sortFactors(dataset, matching, query.sort);
    byQuery.set(query, rows);
  }
  return rows;
}
