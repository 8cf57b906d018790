// npm run size: what the CDN build weighs over the wire (gzip, level 9), against the budgets of docs/api.md.
// Run after `npm run build` (npm test does both); it reads rollup's own bundle graph (dist/cdn-chunks.json).
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

const DIR = 'dist/cdn';
const GRAPH = 'dist/cdn-chunks.json';
const ENTRY = 'scholingsfactoren.js';
/** The snippet's optional stylesheet line: loaded before anything else, so it counts for the first load. */
const STYLESHEET = 'scholingsfactoren.css';
const KB = 1000;

if (!existsSync(GRAPH) || !existsSync(join(DIR, STYLESHEET))) {
  console.error(`${GRAPH} or ${DIR}/${STYLESHEET} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const graph = JSON.parse(readFileSync(GRAPH, 'utf8'));
const gzipped = (name) => gzipSync(readFileSync(join(DIR, name)), {level: 9}).length;
const sizes = new Map([...Object.keys(graph), STYLESHEET].map((name) => [name, gzipped(name)]));

/** A chunk and every chunk it imports statically: what the browser fetches before the chunk runs. */
function withStaticImports(name, found = new Set()) {
  if (found.has(name)) return found;
  found.add(name);
  for (const imported of graph[name].imports) withStaticImports(imported, found);
  return found;
}
const weigh = (names) => [...names].reduce((sum, name) => sum + sizes.get(name), 0);

// The entry has the table (src/cdn.ts); the chunks it imports dynamically are the elements that load
// when their tag appears, and the one with the card and the printout (src/elements/secondary-elements.ts), which
// src/elements/print-controller.ts asks for at a reader's first key, touch or mouse move: after the
// table page's first load.
const initial = withStaticImports(ENTRY, new Set([STYLESHEET]));
const chunksOfModule = (pattern) => Object.keys(graph).filter((name) => graph[name].modules.some((id) => pattern.test(id)));
const heatmap = new Set(chunksOfModule(/barrier-heatmap[/\\]barrier-heatmap\.js$/).flatMap((name) => [...withStaticImports(name)]));
const heatmapOnly = [...heatmap].filter((name) => !initial.has(name));
// The English chunks come only for an element shown in English, so docs/api.md leaves them out of the
// sums: the interface's strings (src/i18n/english.ts), and our translation of the bundled texts, which
// only a card in English loads (src/data/bundled-translation.ts).
const ENGLISH_MODULES = [/i18n[/\\]english\.js$/, /data[/\\]bundled-translation\.js$/];
const english = new Set(ENGLISH_MODULES.flatMap(chunksOfModule));
// Left out only while each is a chunk of its own that no other chunk imports statically: were one bundled
// into another chunk, that chunk's Dutch code would go uncounted.
const importedStatically = (name) => Object.values(graph).some((chunk) => chunk.imports.includes(name));
if (english.size !== ENGLISH_MODULES.length || [...english].some((name) => name === ENTRY || importedStatically(name))) {
  console.error(`The English texts are not chunks of their own (${[...english].join(', ') || 'none'}): see src/i18n/english-loader.ts.`);
  process.exit(1);
}

const budgets = [
  {what: 'a page with only <factor-table>, before anyone interacts (stylesheet line included)', size: weigh(initial), limit: 26 * KB},
  {what: 'the heatmap, on top of that', size: weigh(heatmapOnly), limit: 16 * KB},
  {what: 'every chunk together (without the English texts)', size: weigh([...sizes.keys()].filter((name) => !english.has(name))), limit: 60 * KB},
];

console.log(`Sizes of ${DIR} (gzip -9):`);
for (const [name, size] of [...sizes].sort((a, b) => b[1] - a[1])) {
  const note = initial.has(name) ? '  (loaded at once)' : english.has(name) ? '  (English texts, only for lang="en"; not counted)' : '';
  console.log(`  ${(size / KB).toFixed(1).padStart(5)} kB  ${name}${note}`);
}
console.log('Budgets:');
let over = false;
for (const {what, size, limit} of budgets) {
  const ok = size <= limit;
  over ||= !ok;
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${(size / KB).toFixed(2).padStart(6)} kB of ${(limit / KB).toFixed(0)} kB  ${what}`);
}
if (over) {
  console.error('A size budget is exceeded: see above.');
  process.exit(1);
}
