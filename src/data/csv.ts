import type {DatasetWithoutTexts, Factor} from './types.js';
import {COLUMN_KEYS, CSV_HEADING, csvCells, type ColumnKey} from './columns.js';
import {indexDataset} from './dataset-index.js';

/**
 * Column titles of the export, one per column under its name in CSV_HEADING (columns.ts): `kind`, `factor`,
 * `how`, `actors`, `sources`, `evidence`. The data itself stays Dutch whatever the interface language.
 */
export type CsvHeadings = {readonly [K in ColumnKey as (typeof CSV_HEADING)[K]]: string};

// Dutch Excel reads ";" as the separator and needs the BOM to take the file as UTF-8.
const SEPARATOR = ';';
const BOM = '\uFEFF';

/**
 * Quotes every field (so ";", quotes and line breaks survive) and defuses cells that a
 * spreadsheet would run as a formula: a dataset from `src` is untrusted.
 */
function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The given factors as CSV for Dutch Excel, in the given order: `;`-separated, CRLF lines, UTF-8 with BOM. */
export function factorsToCsv(dataset: DatasetWithoutTexts, factors: readonly Factor[], headings: CsvHeadings): string {
  return csvWithTitles(dataset, factors, COLUMN_KEYS.map((column) => headings[CSV_HEADING[column]]));
}

/** The same, with the column titles in the order of COLUMN_KEYS: the table's names of its columns. */
export function csvWithTitles(dataset: DatasetWithoutTexts, factors: readonly Factor[], titles: readonly string[]): string {
  const {citations} = indexDataset(dataset);
  const rows = factors.map((factor) => csvCells(factor, citations.get(factor.id) ?? []));
  return BOM + [titles, ...rows].map((row) => row.map(csvField).join(SEPARATOR)).join('\r\n') + '\r\n';
}
