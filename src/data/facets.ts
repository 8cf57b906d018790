import {ACTORS, KINDS, type Actor, type DatasetWithoutTexts, type Kind} from './types.js';
import {factorMatcher, type FactorFilter} from './filter.js';

/** How many factors each choice would show, given the other active filters. */
export interface FacetCounts {
  readonly actors: Readonly<Record<Actor, number>>;
  readonly kinds: Readonly<Record<Kind, number>>;
  /** Per source id. */
  readonly sources: ReadonlyMap<string, number>;
  /** Factors matching the whole filter. */
  readonly total: number;
}

/**
 * Counts per actor, kind and source. Each facet ignores its own filter and keeps the others,
 * so "werkgever (12)" means: choosing werkgever alone, with the current kind and search, shows 12.
 */
export function facetCounts(dataset: DatasetWithoutTexts, filter: FactorFilter): FacetCounts {
  const withoutActors = dataset.factors.filter(factorMatcher(dataset, {...filter, actors: []}));
  const withoutKind = dataset.factors.filter(factorMatcher(dataset, {...filter, kind: null}));
  const withoutSources = dataset.factors.filter(factorMatcher(dataset, {...filter, sources: []}));

  const actors = Object.fromEntries(ACTORS.map((actor) => [actor, 0])) as Record<Actor, number>;
  for (const factor of withoutActors) for (const actor of new Set(factor.actors)) actors[actor] += 1;

  const kinds = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  for (const factor of withoutKind) kinds[factor.kind] += 1;

  const sources = new Map<string, number>(dataset.sources.map((source) => [source.id, 0]));
  for (const factor of withoutSources) {
    for (const id of new Set(factor.sources)) sources.set(id, (sources.get(id) ?? 0) + 1);
  }
  const total = dataset.factors.filter(factorMatcher(dataset, filter)).length;
  return {actors, kinds, sources, total};
}
