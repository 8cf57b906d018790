// The bundled dataset's parts that the elements load (src/data/bundled/) are data/landscape.json, the one
// source of the data, in another shape: written by `npm run data`, checked here after `npm run build`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
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

