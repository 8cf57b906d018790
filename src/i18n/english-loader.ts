import type {English} from './english.js';

// Dutch first: the English interface strings (src/i18n/english.ts) are a chunk of their own, so Dutch
// readers never download them. An element in English waits for them before it renders
// (GroupElement.scheduleUpdate); the server loads them before it renders.

/** The English texts once they came, `null` where they could not be loaded (offline, blocked). */
let texts: English | null | undefined;
let loading: Promise<void> | undefined;

/** The English texts, or `undefined` until they came (see {@link loadEnglish}) and where they could not come. */
export const englishTexts = (): English | undefined => texts ?? undefined;

/** Whether the English texts could not be loaded: the interface then speaks Dutch. */
export const englishFailed = (): boolean => texts === null;

/** Starts loading the English texts, once per page; resolves when they came or could not come, never rejects. */
export const loadEnglish = (): Promise<void> => (loading ??= import('./english.js').then(
  (module) => void (texts = module.english),
  () => void (texts = null),
));

/** The parts of the English texts that have the shape of a Dutch original. */
type EnglishPart = Exclude<keyof English, 'barrierHeatmap'>;

/**
 * Strings in Dutch and in English, for `text[language]`: the English ones once the English chunk came,
 * the Dutch ones until then and where it could not come.
 */
export const bilingual = <Part extends EnglishPart>(part: Part, nl: English[Part]): {readonly nl: English[Part]; readonly en: English[Part]} => ({
  nl,
  get en() {
    return englishTexts()?.[part] ?? nl;
  },
});
