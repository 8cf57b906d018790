import type {ColumnKey} from '../data/columns.js';
import type {Language} from '../data/types.js';

import {bilingual} from './english-loader.js';
import {formatNumber} from './language.js';

/**
 * The column names (data/columns.ts) in both languages, here and not in the English chunk: the card layout's stylesheet
 * (column-labels.ts) names each cell's column in either language, and a stylesheet is made when the
 * element is defined, before any English can have come. A few words.
 */
export const columnNames = {
  nl: {kind: 'Soort', factor: 'Factor', how: 'Hoe', actor: 'Wie', source: 'Bron', evidence: 'Studies'},
  en: {kind: 'Kind', factor: 'Factor', how: 'How', actor: 'Who', source: 'Source', evidence: 'Studies'},
} satisfies Record<Language, Record<ColumnKey, string>>;

const nl = {
  caption: 'Factoren die scholing van lageropgeleiden stimuleren of belemmeren',
  columns: columnNames.nl,
  evidenceTitle: 'Aantal studies dat deze factor noemt',
  search: 'Zoek in de factoren',
  searchPlaceholder: 'Bijvoorbeeld: motivatie, tijd, werkgever',
  count: (shown: number, total: number) => `${formatNumber.nl(shown)} van ${formatNumber.nl(total)} factoren`,
  documentOrder: 'Volgorde van het document',
  directions: {ascending: 'oplopend', descending: 'aflopend'},
  sortedBy: (column: string, direction: string) => `Gesorteerd op ${column.toLowerCase()}, ${direction}`,
  sortHint: (column: string) => `Sorteer op ${column.toLowerCase()}`,
  sortLabel: 'Sorteer',
  skipTable: 'Sla de tabel over',
  tableEnd: 'Einde van de tabel',
  activeFilters: 'Actieve filters',
  removeFilter: (label: string) => `Verwijder filter: ${label}`,
  searchChip: (query: string) => `zoekterm “${query}”`,
  clearAll: 'Wis alle filters',
  empty: 'Geen factoren gevonden met deze filters.',
  csv: 'Download als CSV',
  csvFile: 'scholingsfactoren.csv',
  showMore: (shown: number, total: number) => `Toon meer (${formatNumber.nl(shown)} van ${formatNumber.nl(total)} getoond)`,
  sourceButton: (citation: string) => `Over de bron ${citation}`,
  close: 'Sluiten',
};

/** The shape of `<factor-table>`'s strings; english.ts has them in English. */
export type FactorTableText = typeof nl;

/** Interface strings of `<factor-table>`. English comes with the English chunk (english-loader.ts); until then, and without it, Dutch. */
export const factorTableText = bilingual('factorTable', nl);
