// custom-elements.json as IDEs, Storybook and the framework generators read it, and what they make from it
// (dist/frameworks/): paths that exist in the package, one definition per tag, typed events, defaults an
// editor can type. Needs `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {ELEMENT_TAGS} from '../../dist/elements/registry.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const TAGS = ELEMENT_TAGS;
const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({...declaration, path: module.path})));
const elements = declarations.filter((declaration) => declaration.tagName);

/** Every `module` reference in the manifest, wherever it is. */
function referencedModules(value, found = []) {
  if (Array.isArray(value)) value.forEach((item) => referencedModules(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'module' && typeof item === 'string') found.push(item);
      else referencedModules(item, found);
    }
  }
  return found;
}

test('every path is a module the package ships (dist/**/*.js), not the TypeScript it was made from', () => {
  const paths = [...manifest.modules.map((module) => module.path), ...referencedModules(manifest)];
  assert.ok(paths.length > 20);
  assert.deepEqual(paths.filter((path) => !/^dist\/.+\.js$/.test(path) || !existsSync(path)), []);
});

test('one custom-element-definition per tag, naming the class of that tag in the module that declares it', () => {
  const definitions = manifest.modules.flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition')
    .map((entry) => ({...entry, in: module.path})));
  assert.deepEqual(definitions.map((definition) => definition.name).sort(), [...TAGS].sort());
  for (const definition of definitions) {
    const declared = declarations.find((declaration) => declaration.name === definition.declaration.name && declaration.path === definition.declaration.module);
    assert.equal(declared?.tagName, definition.name, `${definition.name} → ${definition.declaration.name} in ${definition.declaration.module}`);
    assert.equal(definition.in, `dist/elements/${definition.name}/${definition.name}.js`, 'defined where the package registers it');
  }
});

test('every event has its type, and the package exports that type and its detail', () => {
  const index = readFileSync('dist/index.d.ts', 'utf8');
  for (const element of elements) {
    for (const event of element.events ?? []) {
      const type = event.type?.text;
      assert.ok(type, `${element.tagName} ${event.name} has a type`);
      assert.match(index, new RegExp(`\\b${type}\\b`), `${type} is exported`);
      assert.match(index, new RegExp(`\\b${type.replace(/Event$/, 'Detail')}\\b`), `its detail type is exported`);
    }
  }
  assert.ok(elements.find((element) => element.tagName === 'factor-table').events.length >= 2);
});

test('attributes have types, and defaults an editor could type (no constant names)', () => {
  for (const element of elements) {
    for (const attribute of element.attributes ?? []) {
      assert.ok(attribute.type?.text, `${element.tagName} [${attribute.name}] has a type`);
      if (attribute.default !== undefined) assert.doesNotMatch(attribute.default, /^[A-Z_]+$/, `${element.tagName} [${attribute.name}] default`);
    }
  }
  const group = elements.find((element) => element.tagName === 'factor-table').attributes.find((attribute) => attribute.name === 'group');
  assert.deepEqual({type: group.type.text, default: group.default}, {type: 'string', default: "''"});
});

test('the framework typings and editor data name every tag', () => {
  const files = ['react-jsx.d.ts', 'vue.d.ts', 'vscode.html-custom-data.json', 'web-types.json'].map((name) => readFileSync(`dist/frameworks/${name}`, 'utf8'));
  for (const tag of TAGS) for (const text of files) assert.ok(text.includes(`"${tag}"`), tag);
  assert.match(files[0], /declare module 'react'/, 'the JSX typings join React 19\'s JSX');
  assert.match(files[1], /declare module "vue"[\s\S]*GlobalComponents/, 'the Vue typings join GlobalComponents');
  const html = JSON.parse(files[2]);
  const kind = html.tags.find((tag) => tag.name === 'factor-table').attributes.find((attribute) => attribute.name === 'kind');
  assert.deepEqual(kind.values.map((value) => value.name), ['stimulerend', 'inhiberend'], 'VS Code offers the kinds');
});
