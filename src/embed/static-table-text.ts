// The words of the table that embed.html holds before the live <factor-table> takes its place. They are
// the element's own words (src/i18n), repeated here because the embed page uses the library only
// through its public build: test/embed/static-table.test.ts checks that both still say the same.
import type {Actor, Kind} from '../data/index.js';

const COUNT = {nl: (shown: number, total: number) => `${shown} van ${total} factoren`, en: (shown: number, total: number) => `${shown} of ${total} factors`};

export const STATIC_TABLE_TEXT = {
  nl: {
    caption: 'Factoren die scholing van lageropgeleiden stimuleren of belemmeren',
    columns: {kind: 'Soort', factor: 'Factor', how: 'Hoe', actor: 'Wie', source: 'Bron', evidence: 'Studies'},
    kinds: {stimulerend: 'Stimulerend', inhiberend: 'Belemmerend'} satisfies Record<Kind, string>,
    actors: {werkgever: 'Werkgever', werknemer: 'Werknemer', omgeving: 'Omgeving', trainer: 'Trainer'} satisfies Record<Actor, string>,
    evidenceTitle: 'Aantal studies dat deze factor noemt',
    search: 'Zoek in de factoren',
    searchPlaceholder: 'Bijvoorbeeld: motivatie, tijd, werkgever',
    count: COUNT.nl,
    searchChip: (query: string) => `zoekterm “${query}”`,
    clearAll: 'Wis alle filters',
    empty: 'Geen factoren gevonden met deze filters.',
    csv: 'Download als CSV',
  },
  en: {
    caption: 'Factors that stimulate or inhibit training of lower-educated adults',
    columns: {kind: 'Kind', factor: 'Factor', how: 'How', actor: 'Who', source: 'Source', evidence: 'Studies'},
    kinds: {stimulerend: 'Stimulating', inhiberend: 'Inhibiting'} satisfies Record<Kind, string>,
    actors: {werkgever: 'Employer', werknemer: 'Employee', omgeving: 'Environment', trainer: 'Trainer'} satisfies Record<Actor, string>,
    evidenceTitle: 'Number of studies that name this factor',
    search: 'Search the factors',
    searchPlaceholder: 'For example: motivatie, tijd, werkgever',
    count: COUNT.en,
    searchChip: (query: string) => `search “${query}”`,
    clearAll: 'Clear all filters',
    empty: 'No factors match these filters.',
    csv: 'Download as CSV',
  },
};

export type StaticTableText = (typeof STATIC_TABLE_TEXT)['nl'];
export type StaticColumn = keyof StaticTableText['columns'];
export const STATIC_COLUMNS: readonly StaticColumn[] = ['kind', 'factor', 'how', 'actor', 'source', 'evidence'];
