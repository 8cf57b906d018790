// A rollup plugin that writes the CDN bundle's chunks with what each imports, statically (loaded with
// it) and dynamically (loaded later), from rollup's own bundle graph: what scripts/check-size.js weighs.
import {writeFileSync} from 'node:fs';

/** @param {{file: string}} options where to write the graph (outside the published dist/cdn) */
export function chunkGraph({file}) {
  return {
    name: 'chunk-graph',
    writeBundle(_options, bundle) {
      // Only imports of files in the bundle: an external (the entry's claim, scripts/rollup-claim-first.js)
      // is written into the chunk that names it.
      const inBundle = (names) => names.filter((name) => bundle[name]);
      const chunks = Object.fromEntries(Object.values(bundle).filter((output) => output.type === 'chunk').map((chunk) => [
        chunk.fileName,
        {isEntry: chunk.isEntry, imports: inBundle(chunk.imports), dynamicImports: inBundle(chunk.dynamicImports), modules: Object.keys(chunk.modules)},
      ]));
      writeFileSync(file, `${JSON.stringify(chunks, null, 2)}\n`);
    },
  };
}
