import type {Dataset, Factor, Source} from './types.js';
import {ErrorList, LANGUAGE_TAG, isObject, rowLabel, type ValidationError} from './validate-shared.js';

// The optional `sourceNotes` of the factors and `translations` of the dataset. Only the citation card reads
// them, so they are checked apart from the rest of the format: the card checks them when it shows a dataset
// (this code comes with the card, not with every table), and `validateDataset` checks them after the rest.

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
/** A key of a JSON object in a path: `sourceNotes["roa-2018"]`. */
const at = (path: string, name: string) => `${path}[${JSON.stringify(name)}]`;

/**
 * Checks the source notes and translations of a dataset whose other fields are valid (see `validateDataset`):
 * a note belongs to one of its row's `sources`; a translation is into another language than the dataset's,
 * names only publications and notes that exist, and gives a publication as many findings as it has.
 * Dutch messages that name the field and the row.
 */
export function validateNotesAndTranslations(dataset: Dataset): ValidationError[] {
  const list = new ErrorList();
  const add = (path: string, where: string, message: string) => list.add(path, where, message);
  /** The own entries of an object field; any other value is an error. */
  const entries = (value: unknown, path: string, where: string, field: string): [string, unknown][] => {
    if (isObject(value)) return Object.entries(value);
    add(path, where, `veld "${field}" moet een object zijn`);
    return [];
  };
  const text = (value: unknown, path: string, where: string, what: string) => {
    if (!isText(value)) add(path, where, `${what} moet niet-lege tekst zijn`);
  };

  const factors = new Map<string, [Factor, string]>();
  dataset.factors.forEach((factor, i) => {
    const where = rowLabel('factor', i, factor.factor);
    const path = `factors[${i}].sourceNotes`;
    factors.set(factor.id, [factor, where]);
    if (factor.sourceNotes === undefined) return;
    for (const [id, note] of entries(factor.sourceNotes, path, where, 'sourceNotes')) {
      if (factor.sources.includes(id)) text(note, at(path, id), where, `veld "sourceNotes", bron "${id}"`);
      else add(at(path, id), where, `veld "sourceNotes" licht bron "${id}" toe, maar die staat niet in veld "sources"`);
    }
  });
  const sources = new Map<string, [Source, string]>(dataset.sources.map((source, i) => [source.id, [source, rowLabel('bron', i, source.citation)]]));

  if (dataset.translations === undefined) return list.errors;
  for (const [language, translation] of entries(dataset.translations, 'translations', 'dataset', 'translations')) {
    const path = at('translations', language);
    const where = `vertaling "${language}"`;
    if (!LANGUAGE_TAG.test(language) || language === dataset.language) {
      add(path, 'dataset', `${JSON.stringify(language)} in veld "translations" moet de taalcode van een andere taal zijn dan "${dataset.language}" (bijvoorbeeld "en")`);
      continue;
    }
    // A translation that is not an object has no "sources" either: that message says what it should hold.
    const {sources: texts, sourceNotes: notes} = isObject(translation) ? translation : {sources: translation, sourceNotes: undefined};
    for (const [id, source] of entries(texts, `${path}.sources`, where, 'sources')) {
      const [original, row] = sources.get(id) ?? [];
      const label = `${where}, ${row}`;
      const sourcePath = at(`${path}.sources`, id);
      if (!original) add(sourcePath, where, `bron-id "${id}" in veld "sources" staat niet in de lijst "sources"`);
      else if (!isObject(source)) add(sourcePath, label, 'de vertaling moet een object zijn met "summary" en "findings"');
      else {
        text(source.summary, `${sourcePath}.summary`, label, 'veld "summary"');
        const wanted = original.findings.length;
        if (!Array.isArray(source.findings) || source.findings.length !== wanted || !source.findings.every(isText)) {
          add(`${sourcePath}.findings`, label, `veld "findings" moet ${wanted} niet-lege ${wanted === 1 ? 'tekst' : 'teksten'} hebben, zoveel als de bron bevindingen heeft`);
        }
      }
    }
    if (notes === undefined) continue;
    for (const [id, byFactor] of entries(notes, `${path}.sourceNotes`, where, 'sourceNotes')) {
      const [factor, row] = factors.get(id) ?? [];
      const factorPath = at(`${path}.sourceNotes`, id);
      if (!factor) {
        add(factorPath, where, `factor-id "${id}" in veld "sourceNotes" staat niet in de lijst "factors"`);
        continue;
      }
      const label = `${where}, ${row}`;
      const originals = isObject(factor.sourceNotes) ? factor.sourceNotes : {};
      for (const [sourceId, note] of entries(byFactor, factorPath, label, 'sourceNotes')) {
        if (Object.hasOwn(originals, sourceId)) text(note, at(factorPath, sourceId), label, `de toelichting bij bron "${sourceId}"`);
        else add(at(factorPath, sourceId), label, `veld "sourceNotes" vertaalt een toelichting bij bron "${sourceId}" die de factor niet heeft`);
      }
    }
  }
  return list.errors;
}
