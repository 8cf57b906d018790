import {nodeResolve} from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

// The embed pages' script, embed.js, the builder, and the server rendering of the embed pages, from tsc's
// output in dist/ (see scripts/build-embed.js).
// The same minification of the templates in the pages' script and in their server rendering: hydration
// finds a template by a digest of its strings.
const templates = () => minifyHTML({failOnError: true});
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

// Source maps beside the files, without the line that points to them (as rollup.config.js says why).
export default [
  // The embed pages' module: Lit and its hydration support, and each element in a chunk of its own.
  {input: {'embed-app': 'dist/embed/embed-app.js'}, output: {dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js',
    chunkFileNames: 'embed-[name]-[hash].js', sourcemap: 'hidden'}, plugins: [templates(), ...plugins()], onwarn},
  // embed.js: a classic script, `async` on any page.
  {input: 'dist/embed/embed-parent.js', output: {file: 'dist/cdn/embed.js', format: 'iife', sourcemap: 'hidden'}, plugins: plugins(), onwarn},
  {input: 'dist/embed/builder/builder.js', output: {file: 'dist/cdn/builder.js', format: 'es', sourcemap: 'hidden'},
    plugins: [templates(), ...plugins()], onwarn},
  // The server rendering that writes the embed pages, in Node: Lit and @lit-labs/ssr stay Node's own.
  {input: 'dist/ssr.js', output: {dir: 'dist/embed-ssr', format: 'es'}, external: (id) => /^(lit|lit-html|lit-element|@lit\/|@lit-labs\/)/.test(id),
    plugins: [templates(), nodeResolve({exportConditions: ['node', 'production']}), json({preferConst: true, compact: true})], onwarn},
];
