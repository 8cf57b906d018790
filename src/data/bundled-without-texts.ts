import type {Dataset, DatasetWithoutTexts} from './types.js';
import landscape from '../../data/landscape.json' with {type: 'json'};

/**
 * The bundled dataset without the publications' texts: what the elements start with. Only the citation
 * card shows the texts (bundled-texts.ts), and they are two thirds of the data. This module reads no
 * other fields of the file, so the CDN build gives it no others (scripts/rollup-dataset-parts.js), and a
 * page with a table does not download the texts.
 */
export const bundledWithoutTexts: DatasetWithoutTexts = {
  title: landscape.title,
  language: landscape.language,
  factors: (landscape as Dataset).factors,
  sources: landscape.sources.map(({id, citation}) => ({id, citation})),
};
