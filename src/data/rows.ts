import type {DatasetWithoutTexts, Factor} from './types.js';
import {factorMatcher, type FilterState} from './filter.js';
import {sortFactors, type SortOrder} from './sort.js';

/**
 * `compute()`, kept as long as both keys live. Datasets, orders and filters are immutable, and a
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
const matching = new WeakMap<DatasetWithoutTexts, WeakMap<FilterState, readonly Factor[]>>();

/** Every factor in an order, whether a filter matches it or not: for a table that hides what a filter leaves out. */
export function factorsInOrder(dataset: DatasetWithoutTexts, sort: SortOrder): readonly Factor[] {
  return cached(ordered, dataset, sort, () => sortFactors(dataset, dataset.factors, sort));
}

/** The factors that match a filter, in its order: the rows a table shows. */
export function matchingFactors(dataset: DatasetWithoutTexts, filter: FilterState): readonly Factor[] {
  return cached(matching, dataset, filter, () => factorsInOrder(dataset, filter.sort).filter(factorMatcher(dataset, filter)));
}
