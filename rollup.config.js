import {nodeResolve} from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {studyTextsApart} from './scripts/rollup-study-texts.js';

// The CDN bundle, built from tsc's output in dist/ (so rollup needs no TypeScript of its own).
export default {
  // Two entries, so the elements' code is a chunk of its own that the small entry file imports (see src/cdn.ts).
  input: {scholingsfactoren: 'dist/cdn.js', core: 'dist/cdn-elements.js'},
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: (chunk) => (chunk.name === 'scholingsfactoren' ? 'scholingsfactoren.js' : '[name]-[hash].js'),
    // Rollup names the virtual module of the dataset's texts "_landscape-complete"; drop the underscore.
    chunkFileNames: (chunk) => `${chunk.name.replace(/^_+/, '')}-[hash].js`,
    sourcemap: true,
  },
  onwarn(warning, warn) {
    // TypeScript's __decorate helper reads `this` at the top of a module, on purpose: not a bug of ours.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
  plugins: [
    studyTextsApart({file: 'data/landscape.json'}),
    // The whitespace of our html`` and css`` templates, which terser leaves alone.
    minifyHTML({failOnError: true}),
    nodeResolve({browser: true, exportConditions: ['production']}),
    json({preferConst: true, compact: true}),
    terser({format: {comments: false}, ecma: 2020, module: true, compress: {passes: 2}}),
  ],
};
