import type {Dataset, DatasetWithoutTexts, Factor, SourceLabel} from './types.js';
import {indexDataset} from './dataset-index.js';

/** A citation (the "Bron" label, e.g. "ROA (2018)") and the publications it stands for, in the dataset's order. */
export interface Citation<S extends SourceLabel = SourceLabel> {
  readonly text: string;
  readonly sources: readonly S[];
}

type SourceOf<D extends DatasetWithoutTexts> = D['sources'][number];

/** Whether a dataset carries its publications' texts: a dataset from `src` or `data` always does, the elements' bundled one does not. */
export const hasTexts = (dataset: DatasetWithoutTexts): dataset is Dataset => dataset.sources.every((source) => 'title' in source);

/** Looks up one publication by id (with its texts, when the dataset has them). */
export function sourceById<D extends DatasetWithoutTexts>(dataset: D, id: string): SourceOf<D> | undefined {
  return indexDataset(dataset).sourceById.get(id) as SourceOf<D> | undefined;
}

/** The citation of a publication, with every publication that carries it (two ROA reports of 2018 are one citation). */
export function citationOf<D extends DatasetWithoutTexts>(dataset: D, id: string): Citation<SourceOf<D>> | undefined {
  const text = sourceById(dataset, id)?.citation;
  return text === undefined ? undefined : {text, sources: dataset.sources.filter((source) => source.citation === text)};
}

/** The factors that cite a publication, in document order. */
export function factorsCitingSource(dataset: DatasetWithoutTexts, id: string): Factor[] {
  return dataset.factors.filter((factor) => factor.sources.includes(id));
}

/** The distinct citations of a factor, each with its publications, in the factor's order. */
export function citationsOf(dataset: DatasetWithoutTexts, factor: Factor): Citation[] {
  const {sourceById: byId} = indexDataset(dataset);
  const citations = new Map<string, SourceLabel[]>();
  for (const id of factor.sources) {
    const source = byId.get(id);
    if (!source) continue;
    const sources = citations.get(source.citation);
    if (sources) sources.push(source);
    else citations.set(source.citation, [source]);
  }
  return [...citations].map(([text, sources]) => ({text, sources}));
}
