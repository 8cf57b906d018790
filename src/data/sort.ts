import {ACTORS, KINDS, type DatasetWithoutTexts, type Factor} from './types.js';
import {everyColumn} from './columns.js';
import {indexDataset} from './dataset-index.js';
import {dutchCollator} from './text.js';

/**
 * The orders a table can show: `document`, the order of the source document, and each column's
 * (columns.ts), in an order of their own; a column missing here is a type error.
 */
export const SORT_KEYS = everyColumn(['document', 'factor', 'how', 'kind', 'actor', 'source', 'evidence']);
/** A column or criterion to sort by. */
export type SortKey = (typeof SORT_KEYS)[number];
/** ARIA's words, so a table can put them straight into `aria-sort`. */
export type SortDirection = 'ascending' | 'descending';

export const isSortKey = (value: unknown): value is SortKey => (SORT_KEYS as readonly unknown[]).includes(value);

/** An order: the key, and which way. */
export interface SortOrder {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

/** The document's own order. */
export const DOCUMENT_ORDER: SortOrder = Object.freeze({key: 'document', direction: 'ascending'});

/** How many distinct studies name a factor ("ROA (2018)" counts once, however many reports it stands for). */
export function evidenceCount(dataset: DatasetWithoutTexts, factor: Factor): number {
  return indexDataset(dataset).citations.get(factor.id)?.length ?? factor.sources.length;
}

type Compare = (a: Factor, b: Factor) => number;

function comparatorFor(dataset: DatasetWithoutTexts, key: SortKey): Compare {
  const index = indexDataset(dataset);
  const firstCitation = (factor: Factor) => index.citations.get(factor.id)?.[0] ?? '';
  // Actors sort by the document's order of actors, whatever order a row lists them in.
  const actorRank = (factor: Factor) => factor.actors.map((actor) => ACTORS.indexOf(actor)).sort((a, b) => a - b).join(',');
  switch (key) {
    case 'factor': return (a, b) => dutchCollator.compare(a.factor, b.factor);
    case 'how': return (a, b) => dutchCollator.compare(a.how, b.how);
    case 'kind': return (a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind);
    case 'actor': return (a, b) => dutchCollator.compare(actorRank(a), actorRank(b));
    case 'source': return (a, b) => dutchCollator.compare(firstCitation(a), firstCitation(b));
    case 'evidence': return (a, b) => (index.citations.get(a.id)?.length ?? 0) - (index.citations.get(b.id)?.length ?? 0);
    case 'document': return () => 0;
  }
}

/**
 * Returns a sorted copy. Stable: rows that compare equal keep the document's order,
 * also when descending, so a second click never shuffles ties.
 */
export function sortFactors(dataset: DatasetWithoutTexts, factors: readonly Factor[], order: SortOrder): Factor[] {
  const {position} = indexDataset(dataset);
  const compare = comparatorFor(dataset, order.key);
  const sign = order.direction === 'descending' ? -1 : 1;
  const documentPosition = (factor: Factor) => position.get(factor.id) ?? 0;
  return [...factors].sort((a, b) =>
    sign * compare(a, b) || (order.key === 'document' ? sign : 1) * (documentPosition(a) - documentPosition(b)));
}
