// The element registry (src/elements/registry.ts) is the one list of the library's elements: what reads
// it cannot drift, and what cannot read it (package.json, the entry modules, the stories, the WordPress
// plugin's PHP and block) is checked against it here, so adding an element fails here, naming each place
// still to change. Needs `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {ELEMENTS, ELEMENT_TAGS, EMBED_ELEMENTS, EMBED_PAGE_ORDER} from '../../dist/elements/registry.js';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const text = (path) => readFileSync(path, 'utf8');
const moduleOf = (tag) => `./dist/elements/${tag}/${tag}.js`;
const sorted = (items) => [...items].sort();

test('package.json exports each element\'s registering module as scholingsfactoren/<tag>.js, and no other', () => {
  const exported = Object.keys(manifest.exports).filter((path) => /^\.\/[a-z]+-[a-z-]+\.js$/.test(path));
  assert.deepEqual(sorted(exported), sorted(ELEMENT_TAGS.map((tag) => `./${tag}.js`)));
  for (const tag of ELEMENT_TAGS) {
    assert.deepEqual(manifest.exports[`./${tag}.js`], {types: moduleOf(tag).replace(/\.js$/, '.d.ts'), default: moduleOf(tag)}, tag);
  }
});

test('sideEffects names each element\'s registering module, and no other module of an element', () => {
  const ofElements = manifest.sideEffects.filter((pattern) => pattern.startsWith('./dist/elements/'));
  assert.deepEqual(sorted(ofElements), sorted(ELEMENT_TAGS.map(moduleOf)));
});

test('src/index.ts, scholingsfactoren/cdn and /react give each element\'s class', () => {
  const index = text('src/index.ts');
  const cdnTypes = text('src/cdn-types.ts');
  const react = text('src/react/index.ts');
  for (const [tag, {className}] of Object.entries(ELEMENTS)) {
    assert.ok(index.includes(`export * from './elements/${tag}/${tag}.js';`), `src/index.ts re-exports ${tag}`);
    assert.ok(cdnTypes.includes(`export type {${className}} from './elements/${tag}/${tag}.js';`), `src/cdn-types.ts names ${className}`);
    assert.ok(react.includes(`export {${className}} from './${tag}.js';`), `src/react/index.ts exports ${className} from src/react/${tag}.ts`);
    assert.match(text(`src/react/${tag}.ts`), new RegExp(`tagName: '${tag}'`), `src/react/${tag}.ts wraps <${tag}>`);
    assert.match(text(`src/elements/${tag}/${tag}.ts`), new RegExp(`defineElement\\('${tag}', ${className}\\)`), `src/elements/${tag}/${tag}.ts registers ${className}`);
  }
});

test('each element has its stories', () => {
  for (const tag of ELEMENT_TAGS) assert.ok(existsSync(`stories/${tag}.stories.ts`), `stories/${tag}.stories.ts`);
});

test('the CDN bundle has the table in its entry, and every other element in a chunk the entry loads', () => {
  const graph = JSON.parse(text('dist/cdn-chunks.json'));
  const entry = graph['scholingsfactoren.js'];
  const chunkOf = (tag, module = tag) => Object.keys(graph).find((name) => graph[name].modules.some((id) => id.endsWith(`/dist/elements/${tag}/${module}.js`)));
  // The entry registers the table's class itself (src/cdn.ts), after the lazy elements.
  assert.equal(chunkOf('factor-table', 'factor-table.component'), 'scholingsfactoren.js');
  for (const tag of ELEMENT_TAGS.filter((name) => name !== 'factor-table')) {
    assert.ok(entry.dynamicImports.includes(chunkOf(tag)), `<${tag}> comes in a chunk the entry loads (${chunkOf(tag)})`);
  }
});

/** The strings of a PHP `const NAME = array( … );` or a JavaScript `const NAME = [ … ];`. */
function listIn(source, name) {
  const found = new RegExp(`const ${name}\\s*=\\s*(?:array\\(|\\[)([^)\\]]*)`).exec(source);
  assert.ok(found, `${name} is there`);
  return [...found[1].matchAll(/'([^']+)'/g)].map(([, value]) => value);
}

/** The tag names that are keys of the PHP array or JavaScript object that `start` opens, up to the statement's end. */
function keysAfter(source, start) {
  const at = source.indexOf(start);
  assert.ok(at >= 0, `${start} is there`);
  const body = source.slice(at, source.indexOf(';', at));
  return [...body.matchAll(/'([a-z]+-[a-z-]+)'\s*(?:=>|:)/g)].map(([, key]) => key);
}

test('the WordPress plugin offers the embed elements in the builder\'s order and places them as the builder does', () => {
  const choices = text('wordpress/includes/class-scholingsfactoren-choices.php');
  const render = text('wordpress/includes/class-scholingsfactoren-render.php');
  const block = text('wordpress/block/src/index.js');
  assert.deepEqual(listIn(choices, 'ELEMENTS'), EMBED_ELEMENTS, 'Scholingsfactoren_Choices::ELEMENTS');
  assert.deepEqual(listIn(block, 'ELEMENTS'), EMBED_ELEMENTS, 'the block\'s ELEMENTS');
  assert.deepEqual(listIn(block, 'PAGE_ORDER'), EMBED_PAGE_ORDER, 'the block\'s PAGE_ORDER');
  assert.deepEqual(sorted(keysAfter(block, 'const ELEMENT_NAMES = {')), sorted(EMBED_ELEMENTS), 'the block\'s ELEMENT_NAMES');
  assert.deepEqual(sorted(keysAfter(render, '$elements = array(')), sorted(EMBED_ELEMENTS), 'the frame title\'s names (frame_title)');
  for (const tag of EMBED_ELEMENTS) assert.match(render, new RegExp(`'${tag}'\\s*=>\\s*(\\$filters|array\\()`), `the plugin's markup keeps <${tag}> (allowed_html)`);
});
