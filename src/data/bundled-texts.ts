import type {Dataset, DatasetWithoutTexts, Factor, Source} from './types.js';
import {hasTexts} from './sources.js';
import {withReferences} from './bundled-references.js';
import {bundledWithoutTexts} from './bundled-without-texts.js';
// The bundled dataset's summaries and findings, and the factors' source notes, written from
// data/landscape.json by `npm run data` (scripts/bundled-data.js); they come with the citation card.
import texts from './bundled/texts.json' with {type: 'json'};

/** Each publication's summary and then its findings, in the order of the bundled dataset's publications. */
const bundled = texts as {sources: string[][]; sourceNotes: Record<string, Factor['sourceNotes']>};
const bundledTexts = new Map(bundledWithoutTexts.sources.map((label, i): [string, Pick<Source, 'summary' | 'findings'>] => {
  const [summary, ...findings] = bundled.sources[i];
  return [label.id, {summary, findings}];
}));
const bundledNotes = new Map(Object.entries(bundled.sourceNotes));

const completed = new WeakMap<DatasetWithoutTexts, Dataset>();

/** The dataset with its publications' texts and source notes: its own, or for the bundled dataset those shipped apart. */
export function withTexts(dataset: DatasetWithoutTexts): Dataset {
  if (hasTexts(dataset)) return dataset;
  let complete = completed.get(dataset);
  if (!complete) {
    const sources = withReferences(dataset).sources.flatMap((reference) => {
      const text = bundledTexts.get(reference.id);
      return text ? [{...reference, ...text}] : [];
    });
    const factors = dataset.factors.map((factor) => {
      const sourceNotes = bundledNotes.get(factor.id);
      return sourceNotes ? {...factor, sourceNotes} : factor;
    });
    complete = {...dataset, sources, factors};
    completed.set(dataset, complete);
  }
  return complete;
}
