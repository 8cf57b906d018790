import type {DatasetTranslation} from './types.js';
// The English translation of the bundled dataset's texts (its `translations.en`), written from
// data/landscape.json by `npm run data` (scripts/bundled-data.js). A module of its own, so that only a card
// shown in English loads it.
import english from './bundled/texts.en.json' with {type: 'json'};

/** Our English translation of the bundled publications' summaries and findings and of the factors' source notes. */
export const bundledEnglish: DatasetTranslation = english;
