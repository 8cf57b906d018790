import type {DatasetWithoutTexts, Factor} from './types.js';
import {indexDataset} from './dataset-index.js';

/** Column titles of the export; the data itself stays Dutch whatever the interface language. */
export interface CsvHeadings {
  readonly kind: string;
  readonly factor: string;
  readonly how: string;
  readonly actors: string;
  readonly sources: string;
  readonly evidence: string;
}

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
  const {citations} = indexDataset(dataset);
  const header = [headings.kind, headings.factor, headings.how, headings.actors, headings.sources, headings.evidence];
  const rows = factors.map((factor) => {
    const labels = citations.get(factor.id) ?? [];
    return [factor.kind, factor.factor, factor.how, factor.actors.join(', '), labels.join('; '), labels.length];
  });
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(SEPARATOR)).join('\r\n') + '\r\n';
}
