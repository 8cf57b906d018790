import type {SortKey} from '../data/index.js';

import {formatNumber} from './language.js';

const {nl, en} = formatNumber;

/** Interface strings of `<factor-table>`. */
export const factorTableText = {
  nl: {
    caption: 'Factoren die scholing van lageropgeleiden stimuleren of belemmeren',
    columns: {kind: 'Soort', factor: 'Factor', how: 'Hoe', actor: 'Wie', source: 'Bron', evidence: 'Studies'} satisfies Partial<Record<SortKey, string>>,
    evidenceTitle: 'Aantal studies dat deze factor noemt',
    search: 'Zoek in de factoren',
    searchPlaceholder: 'Bijvoorbeeld: motivatie, tijd, werkgever',
    count: (shown: number, total: number) => `${nl(shown)} van ${nl(total)} factoren`,
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
    showMore: (shown: number, total: number) => `Toon meer (${nl(shown)} van ${nl(total)} getoond)`,
    sourceButton: (citation: string) => `Over de bron ${citation}`,
    close: 'Sluiten',
  },
  en: {
    // The rows are the document's Dutch words (their cells say lang="nl"): the caption tells an English reader.
    caption: 'Factors that stimulate or inhibit training of lower-educated adults, quoted in Dutch',
    columns: {kind: 'Kind', factor: 'Factor', how: 'How', actor: 'Who', source: 'Source', evidence: 'Studies'} satisfies Partial<Record<SortKey, string>>,
    evidenceTitle: 'Number of studies that name this factor',
    search: 'Search the factors',
    searchPlaceholder: 'For example: motivatie, tijd, werkgever',
    count: (shown: number, total: number) => `${en(shown)} of ${en(total)} factors`,
    documentOrder: 'Order of the document',
    directions: {ascending: 'ascending', descending: 'descending'},
    sortedBy: (column: string, direction: string) => `Sorted by ${column.toLowerCase()}, ${direction}`,
    sortHint: (column: string) => `Sort by ${column.toLowerCase()}`,
    sortLabel: 'Sort',
    skipTable: 'Skip the table',
    tableEnd: 'End of the table',
    activeFilters: 'Active filters',
    removeFilter: (label: string) => `Remove filter: ${label}`,
    searchChip: (query: string) => `search “${query}”`,
    clearAll: 'Clear all filters',
    empty: 'No factors match these filters.',
    csv: 'Download as CSV',
    csvFile: 'scholingsfactoren.csv',
    showMore: (shown: number, total: number) => `Show more (${en(shown)} of ${en(total)} shown)`,
    sourceButton: (citation: string) => `About the source ${citation}`,
    close: 'Close',
  },
};
