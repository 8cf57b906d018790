/**
 * data/landscape.json as a whole: `bundledDataset` (what `scholingsfactoren/data` gives, and the elements
 * show) with the English translation that the library loads apart, only for a card shown in English.
 * For tests of the translations and their validation.
 */
import {bundledDataset, type Dataset} from '../../src/data/index.js';
import {bundledEnglish} from '../../src/data/bundled-translation.js';

export const landscapeFile: Dataset = {...bundledDataset, translations: {en: bundledEnglish}};
