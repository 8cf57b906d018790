import {nodeResolve} from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

// The embed page's script, embed.js and the builder, from tsc's output in dist/embed/ (see
// scripts/build-embed.js). Each is one file beside the CDN bundle, which the embed page loads by URL.
const plugins = () => [
  nodeResolve({browser: true, exportConditions: ['production']}),
  // Data modules reach the JSON of the bundled dataset, which tree-shaking then leaves out.
  json({preferConst: true, compact: true}),
  terser({format: {comments: false}, ecma: 2020, compress: {passes: 2}}),
];
const onwarn = (warning, warn) => {
  // TypeScript's __decorate helper reads `this` at the top of a module, on purpose: not a bug of ours.
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
};

export default [
  // Classic scripts: the embed page's runs in its head before the first paint; embed.js is `async` on any page.
  {input: 'dist/embed/embed-page.js', output: {file: 'dist/cdn/embed-page.js', format: 'iife', sourcemap: true}, plugins: plugins(), onwarn},
  {input: 'dist/embed/embed-parent.js', output: {file: 'dist/cdn/embed.js', format: 'iife', sourcemap: true}, plugins: plugins(), onwarn},
  {input: 'dist/embed/builder/builder.js', output: {file: 'dist/cdn/builder.js', format: 'es', sourcemap: true},
    plugins: [minifyHTML({failOnError: true}), ...plugins()], onwarn},
];
