// `scholingsfactoren/data` is what docs/api.md ("The data API") lists, no more and no less: a value or
// type exported without being documented would be a promise nobody meant to make, and one documented
// without being exported would fail a developer. Needs `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import * as data from '../../dist/data/index.js';

const docs = readFileSync('docs/api.md', 'utf8');
const start = docs.indexOf('## The data API');
const section = docs.slice(start, docs.indexOf('\n## ', start + 1));
/** The names the section writes as code: `filterFactors(dataset, filter)` names filterFactors. */
const named = new Set([...section.matchAll(/`([A-Za-z_]\w*)[`(]/g)].map(([, name]) => name));
const sorted = (names) => [...names].sort();

test('docs/api.md has its data API section', () => {
  assert.ok(start >= 0 && named.size > 20, 'the section "The data API" names the exports');
});

test('every value of scholingsfactoren/data is in docs/api.md, and every function or constant there is exported', () => {
  const values = Object.keys(data);
  assert.deepEqual(values.filter((name) => !named.has(name)), [], 'exported, not documented');
  const documented = [...named].filter((name) => /^[a-z]/.test(name) && section.includes(`\`${name}(`) || /^[A-Z][A-Z_]+$/.test(name));
  assert.deepEqual(sorted(documented.filter((name) => !values.includes(name))), [], 'documented, not exported');
});

test('every type of scholingsfactoren/data is in docs/api.md, and every type there is exported', () => {
  const declarations = readFileSync('dist/data/index.d.ts', 'utf8');
  const types = [...declarations.matchAll(/export type \{([^}]*)\}/g)].flatMap(([, list]) => list.split(',').map((name) => name.trim()).filter(Boolean));
  assert.ok(types.length > 20);
  assert.deepEqual(types.filter((name) => !named.has(name)), [], 'exported, not documented');
  const documentedTypes = [...named].filter((name) => /^[A-Z][a-z]/.test(name));
  assert.deepEqual(sorted(documentedTypes.filter((name) => !types.includes(name))), [], 'documented, not exported');
});
