import {formatNumber} from './language.js';

/** Interface strings of `<actor-filter>`. */
export const actorFilterText = {
  nl: {
    legend: 'Filter op wie het aangaat',
    kindLegend: 'Soort factor',
    all: 'Alle',
    allKinds: 'Beide',
    count: (n: number) => formatNumber.nl(n),
    noun: (n: number) => n === 1 ? 'factor' : 'factoren',
  },
  en: {
    legend: 'Filter by who it concerns',
    kindLegend: 'Kind of factor',
    all: 'All',
    allKinds: 'Both',
    count: (n: number) => formatNumber.en(n),
    noun: (n: number) => n === 1 ? 'factor' : 'factors',
  },
};
