// Every entry point of the package imports in plain Node 20, without a DOM and without throwing: a server
// render, a test runner, a static-site build or a Next.js server component may import any of them. Each
// import runs in a fresh Node process by the package's own name, so the `exports` map is what is tested
// and no entry sees what another one set up. Needs `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {ELEMENTS} from '../../dist/elements/registry.js';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

/** The entries with JavaScript: `exports` minus the types-only ones (`/jsx`, `/vue`) and the files that are no modules. */
const entries = Object.entries(manifest.exports)
  .filter(([, target]) => (typeof target === 'string' ? target.endsWith('.js') : 'default' in target))
  .map(([path]) => (path === '.' ? manifest.name : `${manifest.name}/${path.slice(2)}`));

/** Imports `specifier` in a new Node process with no DOM and runs `check` (module source) on what it exports. */
function importInNode(specifier, check = '') {
  const script = `
    for (const name of ['window', 'document', 'HTMLElement', 'customElements']) {
      if (name in globalThis) throw new Error(name + ' exists before the import: this is no plain Node');
    }
    const module = await import(${JSON.stringify(specifier)});
    ${check}
    console.log(JSON.stringify(Object.keys(module).sort()));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}));
}

test('the package has the entries the frameworks need', () => {
  for (const entry of ['scholingsfactoren', 'scholingsfactoren/data', 'scholingsfactoren/cdn', 'scholingsfactoren/react', 'scholingsfactoren/factor-table.js']) {
    assert.ok(entries.includes(entry), entry);
  }
});

for (const entry of entries) {
  test(`import('${entry}') works in Node without a DOM`, () => {
    assert.doesNotThrow(() => importInNode(entry), entry);
  });
}

test('the CDN bundle in Node registers nothing and still exports observe', () => {
  const exported = importInNode('scholingsfactoren/cdn', `
    if (typeof module.observe !== 'function') throw new Error('no observe');
    module.observe(undefined);
    if ('customElements' in globalThis && globalThis.customElements.get('factor-table')) throw new Error('registered an element');`);
  assert.ok(exported.includes('observe'), 'observe (the rest are what its own chunks import from it)');
});

const classNames = Object.values(ELEMENTS).map((element) => element.className).sort();

test('the React components are there, one per element', () => {
  assert.deepEqual(importInNode('scholingsfactoren/react'), classNames);
});

test('the package gives every element\'s class', () => {
  const exported = importInNode('scholingsfactoren');
  assert.deepEqual(classNames.filter((name) => !exported.includes(name)), []);
});

test('bundledDataset is the dataset, made from the parts the elements load (one copy in an app)', () => {
  importInNode('scholingsfactoren/data', `
    const {deepStrictEqual, equal, ok} = (await import('node:assert/strict'));
    const {readFileSync} = await import('node:fs');
    // All of it but the English translation, which comes apart (only a card in English loads it).
    const {translations, ...dutch} = JSON.parse(readFileSync('data/landscape.json', 'utf8'));
    ok(translations.en, 'the file has the English translation');
    deepStrictEqual(module.bundledDataset, dutch);
    // Made from the elements' own parts: each factor the same as the light export's, with its source notes added.
    deepStrictEqual(module.bundledDataset.factors.map(({sourceNotes, ...factor}) => factor), module.bundledWithoutTexts.factors);
    ok(module.bundledWithoutTexts.sources.every((source) => !('summary' in source)), 'the light export has no texts');`);
});
