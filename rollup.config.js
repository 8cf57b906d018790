import {nodeResolve} from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {chunkGraph} from './scripts/rollup-chunk-graph.js';

// The CDN bundle, built from tsc's output in dist/ (so rollup needs no TypeScript of its own). The entry
// (src/cdn.ts) loads the elements' chunk; each element but the table is a chunk of its own beside it.
export default {
  input: {scholingsfactoren: 'dist/cdn.js'},
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // The elements' chunk has a name without a hash, like the entry, so a page can name it in a
    // `<link rel="modulepreload">` and fetch it together with the entry instead of after it.
    chunkFileNames: (chunk) => (chunk.name === 'cdn-elements' ? 'scholingsfactoren-elements.js' : '[name]-[hash].js'),
    sourcemap: true,
  },
  plugins: [
    // The whitespace of our html`` and css`` templates, which terser leaves alone.
    minifyHTML({failOnError: true}),
    nodeResolve({browser: true, exportConditions: ['production']}),
    json({preferConst: true, compact: true}),
    terser({format: {comments: false}, ecma: 2020, module: true, compress: {passes: 2}}),
    // What each chunk imports, for the size check (scripts/check-size.js).
    chunkGraph({file: 'dist/cdn-chunks.json'}),
  ],
};
