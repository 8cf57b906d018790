import type {Actor, DatasetWithoutTexts, Factor, Kind} from './types.js';
import type {FactorFilter} from './filter.js';
import {indexDataset} from './dataset-index.js';

/**
 * What a filtered view shows, in the terms a sentence names it (src/i18n/filter-statement.ts): the
 * kind, the actors, the citations of the chosen sources, the search, and how many of how many factors.
 */
export interface FilterSummary {
  readonly kind: Kind | null;
  readonly actors: readonly Actor[];
  /** The citations of the chosen sources, each once ("ROA (2018)" stands for two publications). */
  readonly citations: readonly string[];
  /** The search as typed, without the spaces around it; "" for none. */
  readonly query: string;
  readonly shown: number;
  readonly total: number;
}

/** The parts of a filter that a reader must be told, with the number of factors shown. */
export function summarizeFilter(dataset: DatasetWithoutTexts, filter: FactorFilter, shown: number): FilterSummary {
  const {sourceById} = indexDataset(dataset);
  return {
    kind: filter.kind,
    actors: filter.actors,
    citations: [...new Set(filter.sources.map((id) => sourceById.get(id)?.citation ?? id))],
    query: filter.query.trim(),
    shown,
    total: dataset.factors.length,
  };
}

/** The publications that the factors cite, each once, in the dataset's order (a list for the references under a printout). */
export function sourcesCitedBy<D extends DatasetWithoutTexts>(dataset: D, factors: readonly Factor[]): D['sources'][number][] {
  const cited = new Set(factors.flatMap((factor) => factor.sources));
  return dataset.sources.filter((source) => cited.has(source.id));
}
