import type {Actor, Kind} from '../data/index.js';
import {bilingual} from './english-loader.js';

const nl = {
  actors: {werkgever: 'Werkgever', werknemer: 'Werknemer', omgeving: 'Omgeving', trainer: 'Trainer'} satisfies Record<Actor, string>,
  kinds: {stimulerend: 'Stimulerend', inhiberend: 'Belemmerend'} satisfies Record<Kind, string>,
  loading: 'Gegevens worden geladen…',
  errorTitle: 'De gegevens kunnen niet worden getoond',
  moreErrors: (n: number) => `en nog ${n} ${n === 1 ? 'fout' : 'fouten'}`,
};

/** The shape of the strings every element shares; english.ts has them in English. */
export type CommonText = typeof nl;

/** Strings every element shares. English comes with the English chunk (english-loader.ts); until then, and without it, Dutch. */
export const common = bilingual('common', nl);
