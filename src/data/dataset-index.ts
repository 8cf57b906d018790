import type {DatasetWithoutTexts, Factor, SourceLabel} from './types.js';
import {foldText} from './text.js';

/** What every query needs from a dataset, computed once per dataset object. */
export interface DatasetIndex {
  readonly sourceById: ReadonlyMap<string, SourceLabel>;
  /** Per factor id: its distinct citations, in the order of its sources. */
  readonly citations: ReadonlyMap<string, readonly string[]>;
  /** Per factor id: the folded text that free-text search looks in (built on first use, see prepareSearch). */
  readonly haystack: ReadonlyMap<string, string>;
  /** Per factor id: its position in the document. */
  readonly position: ReadonlyMap<string, number>;
}

// Datasets are immutable, so an index can live as long as its dataset does.
const cache = new WeakMap<DatasetWithoutTexts, DatasetIndex>();

/** The distinct citations of a factor's sources (two reports "ROA (2018)" are one citation). */
function distinctCitations(factor: Factor, sourceById: ReadonlyMap<string, SourceLabel>): string[] {
  return [...new Set(factor.sources.map((id) => sourceById.get(id)?.citation ?? id))];
}

/** Returns the (cached) lookup tables for a dataset. */
export function indexDataset(dataset: DatasetWithoutTexts): DatasetIndex {
  let index = cache.get(dataset);
  if (index) return index;
  const sourceById = new Map(dataset.sources.map((source) => [source.id, source]));
  const citations = new Map<string, readonly string[]>();
  const position = new Map<string, number>();
  dataset.factors.forEach((factor, i) => {
    citations.set(factor.id, distinctCitations(factor, sourceById));
    position.set(factor.id, i);
  });
  // Folding every text takes a while with 10,000 rows (about 20 ms): not before someone searches.
  let haystack: Map<string, string> | undefined;
  const buildHaystack = () => new Map(dataset.factors.map((factor) =>
    [factor.id, foldText(`${factor.factor}\n${factor.how}\n${(citations.get(factor.id) ?? []).join('\n')}`)]));
  index = {sourceById, citations, position, get haystack() {
    return (haystack ??= buildHaystack());
  }};
  cache.set(dataset, index);
  return index;
}
