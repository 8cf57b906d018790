import type {Dataset, DatasetWithoutTexts, Source} from './types.js';
import {hasTexts} from './sources.js';
import landscape from '../../data/landscape.json' with {type: 'json'};

// The texts of the bundled dataset's publications. This module reads only `sources` of the file, so the
// CDN build gives it no more (scripts/rollup-dataset-parts.js); it comes with the citation card.
const bundledTexts = new Map((landscape as Dataset).sources.map((source) => [source.id, source]));

const completed = new WeakMap<DatasetWithoutTexts, Dataset>();

/** The dataset with its publications' texts: its own, or for the bundled dataset the texts shipped apart. */
export function withTexts(dataset: DatasetWithoutTexts): Dataset {
  if (hasTexts(dataset)) return dataset;
  let complete = completed.get(dataset);
  if (!complete) {
    const sources = dataset.sources.map((label) => bundledTexts.get(label.id)).filter((source): source is Source => source !== undefined);
    complete = {...dataset, sources};
    completed.set(dataset, complete);
  }
  return complete;
}
