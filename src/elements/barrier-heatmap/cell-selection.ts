import {type Actor, type DatasetWithoutTexts, type FactorFilter, type Kind} from '../../data/index.js';
import {citationOf, sourceById} from '../../data/sources.js';

/** The part of a filter that choosing a cell sets. */
export type CellFilter = Pick<FactorFilter, 'kind' | 'actors' | 'sources'>;

/** The filter that shows exactly a cell's factors: its kind, its actor, and every publication with its citation. */
export function cellFilter(dataset: DatasetWithoutTexts, cell: {actor: Actor; sourceId: string}, kind: Kind): CellFilter {
  const sources = citationOf(dataset, cell.sourceId)?.sources.map((source) => source.id) ?? [cell.sourceId];
  return {kind, actors: [cell.actor], sources};
}

/**
 * The cell a filter points at: one actor, and sources that all carry one citation, with no other kind.
 * Returns the actor and the citation, or nothing when the filter is not one cell.
 */
export function cellOfFilter(dataset: DatasetWithoutTexts, filter: FactorFilter, kind: Kind): {actor: Actor; citation: string} | undefined {
  if (filter.actors.length !== 1 || filter.sources.length === 0) return undefined;
  if (filter.kind !== null && filter.kind !== kind) return undefined;
  const citations = new Set(filter.sources.map((id) => sourceById(dataset, id)?.citation));
  if (citations.size !== 1) return undefined;
  const [citation] = citations;
  return citation === undefined ? undefined : {actor: filter.actors[0], citation};
}
