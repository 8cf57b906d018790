import type {DatasetWithoutTexts, Factor} from './types.js';
import {factorMatcher, type FactorFilter} from './filter.js';
import {sortFactors, type SortOrder} from './sort.js';

/** A filter with an order: what a table shows. */
export interface FactorQuery extends FactorFilter {
  readonly sort: SortOrder;
}

/**
 * `compute()`, kept as long as both keys live. Datasets, orders and queries are immutable, and a
 * filter change keeps its order object, so a keystroke after a sort does not sort again.
 */
function cached<K extends object, V extends object>(cache: WeakMap<DatasetWithoutTexts, WeakMap<K, V>>, dataset: DatasetWithoutTexts, key: K, compute: () => V): V {
  let byKey = cache.get(dataset);
  if (!byKey) cache.set(dataset, (byKey = new WeakMap()));
  let value = byKey.get(key);
  if (!value) byKey.set(key, (value = compute()));
  return value;
}

const ordered = new WeakMap<DatasetWithoutTexts, WeakMap<SortOrder, readonly Factor[]>>();
const matching = new WeakMap<DatasetWithoutTexts, WeakMap<FactorQuery, readonly Factor[]>>();

/** Every factor in an order, whether a filter matches it or not: for a table that hides what a filter leaves out. */
export function factorsInOrder(dataset: DatasetWithoutTexts, sort: SortOrder): readonly Factor[] {
  return cached(ordered, dataset, sort, () => sortFactors(dataset, dataset.factors, sort));
}

/** The factors that match a query, in its order. */
export function matchingFactors(dataset: DatasetWithoutTexts, query: FactorQuery): readonly Factor[] {
  return cached(matching, dataset, query, () => factorsInOrder(dataset, query.sort).filter(factorMatcher(dataset, query)));
}
