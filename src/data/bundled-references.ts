import type {DatasetWithoutTexts, SourceReference} from './types.js';
import {hasTexts} from './sources.js';
// What the bundled dataset's references name of each publication, written from data/landscape.json by
// `npm run data` (scripts/bundled-data.js); they come with a printout and with the citation card.
import references from './bundled/references.json' with {type: 'json'};

const bundledReferences = new Map((references as Omit<SourceReference, 'citation'>[]).map((reference) => [reference.id, reference]));

/** A dataset whose publications carry what their references name. */
export interface DatasetWithReferences extends DatasetWithoutTexts {
  readonly sources: readonly SourceReference[];
}

const completed = new WeakMap<DatasetWithoutTexts, DatasetWithReferences>();

/** The dataset with its publications' references: its own, or for the bundled dataset the ones shipped apart. */
export function withReferences(dataset: DatasetWithoutTexts): DatasetWithReferences {
  if (hasTexts(dataset)) return dataset;
  let complete = completed.get(dataset);
  if (!complete) {
    const sources = dataset.sources.flatMap((label) => {
      const reference = bundledReferences.get(label.id);
      return reference ? [{...label, ...reference}] : [];
    });
    complete = {...dataset, sources};
    completed.set(dataset, complete);
  }
  return complete;
}
