import type {Dataset, Factor, Source} from './types.js';
import {foldText} from './text.js';

/** What every query needs from a dataset, computed once per dataset object. */
export interface DatasetIndex {
  readonly sourceById: ReadonlyMap<string, Source>;
  /** Per factor id: its distinct "Bron" labels, in the order of its sources. */
  readonly citations: ReadonlyMap<string, readonly string[]>;
  /** Per factor id: the folded text that free-text search looks in (built on first use, see prepareSearch). */
  readonly haystack: ReadonlyMap<string, string>;
  /**
   * Folds the texts of further rows for `haystack` while `hasTime()` says so (checked every few rows, at
   * least one batch per call); true once every row is done.
   */
  foldSome(hasTime: () => boolean): boolean;
  /** Per factor id: its position in the document. */
  readonly position: ReadonlyMap<string, number>;
}

/** Rows folded between two looks at the clock. */
const FOLD_BATCH = 100;

// Datasets are immutable, so an index can live as long as its dataset does.
const cache = new WeakMap<Dataset, DatasetIndex>();

/** The distinct citation labels of a factor's sources (two reports "ROA (2018)" are one label). */
function citationsOf(factor: Factor, sourceById: ReadonlyMap<string, Source>): string[] {
  const labels = factor.sources.map((id) => sourceById.get(id)?.citation ?? id);
  return [...new Set(labels)];
}

/** Returns the (cached) lookup tables for a dataset. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  let index = cache.get(dataset);
  if (index) return index;
  const sourceById = new Map(dataset.sources.map((source) => [source.id, source]));
  const citations = new Map<string, readonly string[]>();
  const position = new Map<string, number>();
  dataset.factors.forEach((factor, i) => {
    citations.set(factor.id, citationsOf(factor, sourceById));
    position.set(factor.id, i);
  });
  // Folding every text takes a while with 10,000 rows (about 20 ms): not before someone searches, or
  // bit by bit while the browser is idle (prepareSearch), so it never holds up a frame.
  const haystack = new Map<string, string>();
  let folded = 0; // rows done, in document order
  const foldSome = (hasTime: () => boolean): boolean => {
    const {factors} = dataset;
    do {
      for (const end = Math.min(folded + FOLD_BATCH, factors.length); folded < end; folded++) {
        const factor = factors[folded]!;
        haystack.set(factor.id, foldText(`${factor.factor}\n${factor.how}\n${(citations.get(factor.id) ?? []).join('\n')}`));
      }
    } while (folded < factors.length && hasTime());
    return folded === factors.length;
  };
  index = {sourceById, citations, position, foldSome, get haystack() {
    foldSome(() => true);
    return haystack;
  }};
  cache.set(dataset, index);
  return index;
}
