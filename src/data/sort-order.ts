import {indexDataset} from './dataset-index.js';
import type {Dataset, Factor} from './types.js';

// The vocabulary of orders, apart from the sorting itself: a table needs these at once, the sort code
// only when someone sorts (the CDN build loads sort.ts then).
/** The orders a table can show; `document` is the order of the source document. */
export const SORT_KEYS = ['document', 'factor', 'how', 'kind', 'actor', 'source', 'evidence'] as const;
/** A column or criterion to sort by. */
export type SortKey = (typeof SORT_KEYS)[number];
/** ARIA's words, so a table can put them straight into `aria-sort`. */
export type SortDirection = 'ascending' | 'descending';

/** An order: the key, and which way. */
export interface SortOrder {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

/** The document's own order. */
export const DOCUMENT_ORDER: SortOrder = Object.freeze({key: 'document', direction: 'ascending'});

/** How many distinct studies name a factor ("ROA (2018)" counts once, however many reports it stands for). */
export function evidenceCount(dataset: Dataset, factor: Factor): number {
  return indexDataset(dataset).citations.get(factor.id)?.length ?? factor.sources.length;
}

