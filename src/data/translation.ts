import type {Dataset, DatasetTranslation, Factor, TranslatedTexts} from './types.js';

// Keys come from an untrusted dataset: only its own keys count, never "constructor" or "__proto__" of Object.
const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;

/** The dataset's translation of its own texts into `language`, where it has one; none into its own language. */
export function translationOf(dataset: Dataset, language: string): DatasetTranslation | undefined {
  return dataset.language === language ? undefined : own(dataset.translations, language);
}

/** A publication's summary and findings in a translation, where the translation has them. */
export function translatedTexts(translation: DatasetTranslation | undefined, sourceId: string): TranslatedTexts | undefined {
  return own(translation?.sources, sourceId);
}

/** A factor's note on one of its publications: its translation where the translation has one, otherwise the note itself. */
export interface SourceNote {
  readonly text: string;
  readonly translated: boolean;
}

/** Why a factor cites a publication, where the dataset says so (see `Factor.sourceNotes`). */
export function sourceNoteOf(factor: Factor, sourceId: string, translation?: DatasetTranslation): SourceNote | undefined {
  const note = own(factor.sourceNotes, sourceId);
  if (note === undefined) return undefined;
  const translated = own(own(translation?.sourceNotes, factor.id), sourceId);
  return translated === undefined ? {text: note, translated: false} : {text: translated, translated: true};
}
