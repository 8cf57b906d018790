import type {Dataset} from './types.js';
// Import attributes: native JSON modules in browsers, and understood by rollup, Vite and esbuild.
import landscape from '../../data/landscape.json' with {type: 'json'};

/**
 * The dataset of the source document, as shipped with the package.
 * (In the CDN bundle its publications first hold only their ids and labels: the rest is two thirds
 * of the data and only `<source-citation>` shows it. {@link loadCompleteBundledDataset} brings it.)
 */
export const bundledDataset: Dataset = landscape as Dataset;

/**
 * The bundled dataset with every publication complete. In the npm modules this is `bundledDataset`
 * itself. The CDN build (scripts/rollup-study-texts.js) points this import at a chunk with the
 * publications, so a page fetches them only when a citation card first needs them.
 */
export async function loadCompleteBundledDataset(): Promise<Dataset> {
  const complete = await import('../../data/landscape.json', {with: {type: 'json'}});
  return complete.default as Dataset;
}
