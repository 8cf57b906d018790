import type {Dataset, DatasetWithoutTexts, Source} from './types.js';
import {hasTexts} from './sources.js';
// The bundled dataset's publications with their texts, written from data/landscape.json by `npm run data`
// (scripts/bundled-data.js); they come with the citation card.
import texts from './bundled/texts.json' with {type: 'json'};

const bundledTexts = new Map((texts as Source[]).map((source) => [source.id, source]));

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
