import type {Actor, Kind} from '../data/index.js';

/** Strings every element shares. */
export const common = {
  nl: {
    actors: {werkgever: 'Werkgever', werknemer: 'Werknemer', omgeving: 'Omgeving', trainer: 'Trainer'} satisfies Record<Actor, string>,
    kinds: {stimulerend: 'Stimulerend', inhiberend: 'Belemmerend'} satisfies Record<Kind, string>,
    loading: 'Gegevens worden geladen…',
    errorTitle: 'De gegevens kunnen niet worden getoond',
    moreErrors: (n: number) => `en nog ${n} ${n === 1 ? 'fout' : 'fouten'}`,
  },
  en: {
    actors: {werkgever: 'Employer', werknemer: 'Employee', omgeving: 'Environment', trainer: 'Trainer'} satisfies Record<Actor, string>,
    kinds: {stimulerend: 'Stimulating', inhiberend: 'Inhibiting'} satisfies Record<Kind, string>,
    loading: 'Loading data…',
    errorTitle: 'The data cannot be shown',
    moreErrors: (n: number) => `and ${n} more ${n === 1 ? 'error' : 'errors'}`,
  },
};
