import {nodeResolve} from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {chunkGraph} from './scripts/rollup-chunk-graph.js';
import {claimFirst} from './scripts/rollup-claim-first.js';

// The CDN bundle, built from tsc's output in dist/ (so rollup needs no TypeScript of its own). The entry
// (src/cdn.ts) has the table; the other elements come in chunks beside it (src/elements/registry.ts).
export default {
  input: {scholingsfactoren: 'dist/cdn.js'},
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    // The chunks import the entry, which has run by then: no need to repeat its imports (the claim's
    // modules, which are not files: scripts/rollup-claim-first.js) in them.
    hoistTransitiveImports: false,
    // Beside each file, without the comment that points to it: every reader would download that line
    // (about 60 B gzip per chunk), for a map only a developer's tools read (README, "Voor ontwikkelaars").
    sourcemap: 'hidden',
  },
  plugins: [
    // The whitespace of our html`` and css`` templates, which terser leaves alone.
    minifyHTML({failOnError: true}),
    nodeResolve({browser: true, exportConditions: ['production']}),
    json({preferConst: true, compact: true}),
    // Only the first copy of the bundle on a page runs it (src/cdn-claim.ts, with the version it
    // compares). Before terser, which minifies the claim's lines with the rest.
    claimFirst({modules: ['dist/version.js', 'dist/cdn-claim.js'], condition: 'firstCopy', publicExports: ['observe']}),
    terser({format: {comments: false}, ecma: 2020, module: true, compress: {passes: 2}}),
    // What each chunk imports, for the size check (scripts/check-size.js).
    chunkGraph({file: 'dist/cdn-chunks.json'}),
  ],
};
