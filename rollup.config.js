import {nodeResolve} from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';

// The CDN bundle, built from tsc's output in dist/ (so rollup needs no TypeScript of its own).
export default {
  input: 'dist/cdn.js',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: 'scholingsfactoren.js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({browser: true, exportConditions: ['production']}),
    json({preferConst: true, compact: true}),
    terser({format: {comments: false}, ecma: 2020, module: true}),
  ],
};
