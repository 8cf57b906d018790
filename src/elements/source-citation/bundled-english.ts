import type {DatasetTranslation} from '../../data/index.js';
import {englishFailed, englishTexts, loadEnglish} from '../../i18n/english-loader.js';

/**
 * The bundled dataset's English texts (src/data/bundled-translation.ts), which come in the English chunk
 * with the English interface strings (src/i18n/english.ts): `undefined` until they came (see
 * `loadBundledEnglish`), `null` where they could not be loaded, and the card shows the Dutch texts instead.
 */
export const bundledEnglish = (): DatasetTranslation | null | undefined =>
  englishFailed() ? null : englishTexts()?.bundledTranslation;

/** Starts loading the English chunk, once per page; resolves when it came or could not come. */
export const loadBundledEnglish: () => Promise<void> = loadEnglish;
