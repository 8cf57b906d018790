import type {Dataset, Factor, Source} from './types.js';
import {indexDataset} from './dataset-index.js';

/** Looks up one publication by id. */
export function sourceById(dataset: Dataset, id: string): Source | undefined {
  return indexDataset(dataset).sourceById.get(id);
}

/** All publications that carry the same "Bron" label as this id (two ROA reports of 2018 are one label). */
export function sourcesSharingCitation(dataset: Dataset, id: string): Source[] {
  const citation = sourceById(dataset, id)?.citation;
  return citation === undefined ? [] : dataset.sources.filter((source) => source.citation === citation);
}

/** The factors that cite a publication, in document order. */
export function factorsCitingSource(dataset: Dataset, id: string): Factor[] {
  return dataset.factors.filter((factor) => factor.sources.includes(id));
}

/** A "Bron" label and the publications behind it. */
export interface CitationGroup {
  readonly citation: string;
  readonly sources: readonly Source[];
}

/** The distinct "Bron" labels of a factor, each with its publications, in the factor's order. */
export function citationGroupsOf(dataset: Dataset, factor: Factor): CitationGroup[] {
  const {sourceById: byId} = indexDataset(dataset);
  const groups = new Map<string, Source[]>();
  for (const id of factor.sources) {
    const source = byId.get(id);
    if (!source) continue;
    const group = groups.get(source.citation);
    if (group) group.push(source);
    else groups.set(source.citation, [source]);
  }
  return [...groups].map(([citation, sources]) => ({citation, sources}));
}
