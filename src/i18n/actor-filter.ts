import {bilingual} from './english-loader.js';
import {formatNumber} from './language.js';

const nl = {
  legend: 'Filter op wie het aangaat',
  kindLegend: 'Soort factor',
  all: 'Alle',
  allKinds: 'Beide',
  count: (n: number) => formatNumber.nl(n),
  noun: (n: number): string => n === 1 ? 'factor' : 'factoren',
};

/** The shape of `<actor-filter>`'s strings; english.ts has them in English. */
export type ActorFilterText = typeof nl;

/** Interface strings of `<actor-filter>`. English comes with the English chunk (english-loader.ts); until then, and without it, Dutch. */
export const actorFilterText = bilingual('actorFilter', nl);
