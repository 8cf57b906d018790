import type {Dataset, DatasetWithoutTexts, Factor, Source} from './types.js';
import {hasTexts} from './sources.js';
// The bundled dataset's publications with their texts, and the factors' source notes, written from
// data/landscape.json by `npm run data` (scripts/bundled-data.js); they come with the citation card.
import texts from './bundled/texts.json' with {type: 'json'};

const bundled = texts as {sources: Source[]; sourceNotes: Record<string, Factor['sourceNotes']>};
const bundledTexts = new Map(bundled.sources.map((source) => [source.id, source]));
const bundledNotes = new Map(Object.entries(bundled.sourceNotes));

const completed = new WeakMap<DatasetWithoutTexts, Dataset>();

/** The dataset with its publications' texts and source notes: its own, or for the bundled dataset those shipped apart. */
export function withTexts(dataset: DatasetWithoutTexts): Dataset {
  if (hasTexts(dataset)) return dataset;
  let complete = completed.get(dataset);
  if (!complete) {
    const sources = dataset.sources.map((label) => bundledTexts.get(label.id)).filter((source): source is Source => source !== undefined);
    const factors = dataset.factors.map((factor) => {
      const sourceNotes = bundledNotes.get(factor.id);
      return sourceNotes ? {...factor, sourceNotes} : factor;
    });
    complete = {...dataset, sources, factors};
    completed.set(dataset, complete);
  }
  return complete;
}
