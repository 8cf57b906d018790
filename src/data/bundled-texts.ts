import type {Dataset, DatasetWithoutTexts, Source} from './types.js';
import {hasTexts} from './sources.js';
import {withReferences} from './bundled-references.js';
// The bundled dataset's summaries and findings, written from data/landscape.json by `npm run data`
// (scripts/bundled-data.js); they come with the citation card.
import texts from './bundled/texts.json' with {type: 'json'};

const bundledTexts = new Map((texts as Pick<Source, 'id' | 'summary' | 'findings'>[]).map((text) => [text.id, text]));

const completed = new WeakMap<DatasetWithoutTexts, Dataset>();

/** The dataset with its publications' texts: its own, or for the bundled dataset the texts shipped apart. */
export function withTexts(dataset: DatasetWithoutTexts): Dataset {
  if (hasTexts(dataset)) return dataset;
  let complete = completed.get(dataset);
  if (!complete) {
    const sources = withReferences(dataset).sources.flatMap((reference) => {
      const text = bundledTexts.get(reference.id);
      return text ? [{...reference, ...text}] : [];
    });
    complete = {...dataset, sources};
    completed.set(dataset, complete);
  }
  return complete;
}
