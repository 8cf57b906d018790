// The bundled dataset's parts that the elements load (src/data/bundled/) are data/landscape.json, the one
// source of the data, in another shape: written by `npm run data`, checked here after `npm run build`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {bundledFiles} from '../../scripts/bundled-data.js';
import {bundledWithoutTexts} from '../../dist/data/bundled-without-texts.js';
import {withTexts} from '../../dist/data/bundled-texts.js';
import {bundledEnglish} from '../../dist/data/bundled-translation.js';

const dataset = JSON.parse(readFileSync('data/landscape.json', 'utf8'));

test('the parts in the repository are what npm run data writes from data/landscape.json', () => {
  for (const {path, text} of bundledFiles()) {
    assert.equal(readFileSync(path, 'utf8'), text, `${path} is out of date: run npm run data`);
  }
});

test('the elements start from every factor and citation of the dataset, and the card adds every text and note', () => {
  const {translations, ...inDutch} = dataset;
  const withoutTexts = {
    ...inDutch,
    factors: dataset.factors.map(({sourceNotes: _notes, ...factor}) => factor),
    sources: dataset.sources.map(({id, citation}) => ({id, citation})),
  };
  assert.deepEqual(bundledWithoutTexts, withoutTexts);
  assert.deepEqual(withTexts(bundledWithoutTexts), inDutch);
  assert.deepEqual(bundledEnglish, translations.en, 'the English texts come apart, as the dataset has them');
});

test('the CDN page with a table loads no source notes and no English texts; the card loads the English only when asked', () => {
  const chunks = JSON.parse(readFileSync('dist/cdn-chunks.json', 'utf8'));
  const code = (pattern) => Object.keys(chunks).filter((name) => chunks[name].modules.some((id) => pattern.test(id)))
    .map((name) => readFileSync(join('dist/cdn', name), 'utf8')).join('\n');
  const [table, card, english] = [code(/factor-table\.js$/), code(/bundled-texts\.js$/), code(/bundled-translation\.js$/)];
  const dutchNote = 'staat voor drie publicaties';
  const englishSummary = dataset.translations.en.sources['tno-2011'].summary.slice(0, 40);
  assert.ok(card.includes(dutchNote) && english.includes(englishSummary), 'the strings looked for are in the bundle');
  assert.ok(!table.includes(dutchNote) && !table.includes(englishSummary), 'the table page has neither');
  assert.ok(!card.includes(englishSummary), 'the card has no English texts of its own');
});

test('the English interface strings are only in the English chunk, which no Dutch page loads', async () => {
  const chunks = JSON.parse(readFileSync('dist/cdn-chunks.json', 'utf8'));
  const {english} = await import('../../dist/i18n/english.js');
  const [englishChunk, ...more] = Object.keys(chunks).filter((name) => chunks[name].modules.some((id) => /i18n[/\\]english\.js$/.test(id)));
  assert.ok(englishChunk && more.length === 0, 'one English chunk');
  // One string of each element's own, which no Dutch text contains.
  const strings = [english.common.loading, english.factorTable.search, english.actorFilter.legend, english.barrierHeatmap.hint,
    english.sourceCitation.copyAll, english.printout.references];
  const englishCode = readFileSync(join('dist/cdn', englishChunk), 'utf8');
  for (const text of strings) {
    assert.ok(englishCode.includes(text), `"${text}" is in the English chunk`);
    for (const name of Object.keys(chunks).filter((other) => other !== englishChunk)) {
      assert.ok(!readFileSync(join('dist/cdn', name), 'utf8').includes(text), `"${text}" is not in ${name}`);
    }
  }
});
