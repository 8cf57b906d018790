import type {DatasetTranslation} from '../../data/index.js';

/** The bundled dataset's English texts once they came, or null where they could not be loaded. */
let english: DatasetTranslation | null | undefined;
let loading: Promise<void> | undefined;

/**
 * The bundled dataset's English texts (src/data/bundled-translation.ts), a chunk of their own that only a card
 * shown in English loads: `undefined` until they came (see `loadBundledEnglish`), `null` where they could not
 * be loaded, and the card shows the Dutch texts instead.
 */
export const bundledEnglish = (): DatasetTranslation | null | undefined => english;

/** Starts loading the bundled English texts, once per page; resolves when they came or could not come. */
export const loadBundledEnglish = (): Promise<void> => (loading ??= import('../../data/bundled-translation.js').then(
  (module) => void (english = module.bundledEnglish),
  () => void (english = null),
));
