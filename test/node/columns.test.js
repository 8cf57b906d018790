// The table's columns are one list (src/data/columns.ts): the public sort keys and CSV headings are made
// from it or checked against it, and what a developer gets from scholingsfactoren/data stays what
// docs/api.md promises. Needs `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {COLUMN_KEYS, CSV_HEADING} from '../../dist/data/columns.js';
import {SORT_KEYS, bundledDataset, factorsToCsv} from '../../dist/data/index.js';
import {csvWithTitles} from '../../dist/data/csv.js';
import {columnNames} from '../../dist/i18n/factor-table.js';

const BOM = '\uFEFF';
const firstLine = (csv) => csv.slice(BOM.length, csv.indexOf('\r\n'));

test('the sort keys are the document\'s order and each column, in the order docs/api.md has made public', () => {
  assert.deepEqual([...SORT_KEYS].sort(), ['document', ...COLUMN_KEYS].sort());
  assert.deepEqual(SORT_KEYS, ['document', 'factor', 'how', 'kind', 'actor', 'source', 'evidence']);
});

test('the CSV headings are one per column, in the table\'s order, under the names docs/api.md gives them', () => {
  assert.deepEqual(COLUMN_KEYS.map((column) => CSV_HEADING[column]), ['kind', 'factor', 'how', 'actors', 'sources', 'evidence']);
  // Each heading in the place of its column: a title that names its own heading's key shows where it lands.
  const headings = Object.fromEntries(Object.values(CSV_HEADING).map((name) => [name, `title of ${name}`]));
  const [factor] = bundledDataset.factors;
  const csv = factorsToCsv(bundledDataset, [factor], headings);
  assert.equal(firstLine(csv), COLUMN_KEYS.map((column) => `"title of ${CSV_HEADING[column]}"`).join(';'));
  assert.equal(csv.split('\r\n')[1].split('";"').length, COLUMN_KEYS.length, 'a row has a cell per column');
});

test('each language names every column, and the table\'s CSV and factorsToCsv with those names write the same file', () => {
  for (const [language, names] of Object.entries(columnNames)) {
    assert.deepEqual(Object.keys(names).sort(), [...COLUMN_KEYS].sort(), language);
    const headings = Object.fromEntries(COLUMN_KEYS.map((column) => [CSV_HEADING[column], names[column]]));
    const titles = COLUMN_KEYS.map((column) => names[column]);
    assert.equal(csvWithTitles(bundledDataset, bundledDataset.factors, titles), factorsToCsv(bundledDataset, bundledDataset.factors, headings), language);
  }
  assert.equal(firstLine(csvWithTitles(bundledDataset, [], COLUMN_KEYS.map((column) => columnNames.nl[column]))),
    '"Soort";"Factor";"Hoe";"Wie";"Bron";"Studies"');
});
