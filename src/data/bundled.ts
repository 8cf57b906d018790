import type {Dataset} from './types.js';
// Import attributes: native JSON modules in browsers, and understood by rollup, Vite and esbuild.
import landscape from '../../data/landscape.json' with {type: 'json'};

/** The dataset of the source document, as shipped with the package. */
export const bundledDataset: Dataset = landscape as Dataset;
