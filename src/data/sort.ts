import {ACTORS, KINDS, type Dataset, type Factor} from './types.js';
import {indexDataset} from './dataset-index.js';
import {dutchCollator} from './text.js';
import type {SortKey, SortOrder} from './sort-order.js';

export {DOCUMENT_ORDER, SORT_KEYS, evidenceCount} from './sort-order.js';
export type {SortDirection, SortKey, SortOrder} from './sort-order.js';

type Compare = (a: Factor, b: Factor) => number;

function comparatorFor(dataset: Dataset, key: SortKey): Compare {
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
export function sortFactors(dataset: Dataset, factors: readonly Factor[], order: SortOrder): Factor[] {
  const {position} = indexDataset(dataset);
  const compare = comparatorFor(dataset, order.key);
  const sign = order.direction === 'descending' ? -1 : 1;
  const documentPosition = (factor: Factor) => position.get(factor.id) ?? 0;
  return [...factors].sort((a, b) =>
    sign * compare(a, b) || (order.key === 'document' ? sign : 1) * (documentPosition(a) - documentPosition(b)));
}
