import type {DatasetWithoutTexts, SourceReference} from './types.js';
import {hasTexts} from './sources.js';
import {bundledWithoutTexts} from './bundled-without-texts.js';
// What the bundled dataset's references name of each publication, written from data/landscape.json by
// `npm run data` (scripts/bundled-data.js); they come with a printout and with the citation card.
import references from './bundled/references.json' with {type: 'json'};

type Reference = Omit<SourceReference, 'id' | 'citation'>;

/**
 * The authors and year a citation names, as scripts/bundled-data.js reads them: "Lost Lemon & Muzus (2018)" →
 * ["Lost Lemon", "Muzus"] and 2018. The file leaves them out where they are these.
 */
function namedByCitation(citation: string): Pick<Reference, 'authors' | 'year'> {
  const [, authors = '', year] = /^(.*) \((\d+)\)$/.exec(citation) ?? [];
  return {authors: authors.split(/, | & /), year: Number(year)};
}

/** The references by publication id: the file lists them in the order of the bundled dataset's publications. */
const bundledReferences = new Map(bundledWithoutTexts.sources.map((label, i): [string, Reference] =>
  [label.id, {...namedByCitation(label.citation), ...(references[i] as Partial<Reference> & Pick<Reference, 'title'>)}]));

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
