import {ACTORS, KINDS, type Dataset} from './types.js';
import {validateNotesAndTranslations} from './validate-notes.js';
import {ErrorList, LANGUAGE_TAG, isObject, rowLabel, type Json, type ValidationError} from './validate-shared.js';

export type {ValidationError};

/** The outcome of `validateDataset`: the typed dataset, or every error found. */
export type ValidationResult =
  | {readonly ok: true; readonly dataset: Dataset}
  | {readonly ok: false; readonly errors: readonly ValidationError[]};

/** What a JSON value is, in the words of the messages; `typeof`'s own name for anything JSON does not have. */
const TYPE_NAMES: Readonly<Record<string, string>> = {string: 'tekst', number: 'een getal', boolean: 'waar/onwaar', object: 'een object'};
const typeName = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'een lijst' : TYPE_NAMES[typeof value] ?? typeof value;

/** `veld "x" ontbreekt` when there is no value, else what it should have been and what it is. */
const wrongValue = (field: string, value: unknown, expected: string): string =>
  value === undefined ? `veld "${field}" ontbreekt` : `veld "${field}" moet ${expected} zijn, maar is ${typeName(value)}`;

function checkText(errors: ErrorList, row: Json, field: string, path: string, where: string, allowEmpty = false): void {
  const value = row[field];
  if (typeof value !== 'string') errors.add(`${path}.${field}`, where, wrongValue(field, value, 'tekst'));
  else if (!allowEmpty && value.trim() === '') errors.add(`${path}.${field}`, where, `veld "${field}" is leeg`);
}

function checkTextList(errors: ErrorList, row: Json, field: string, path: string, where: string, allowEmptyList: boolean): string[] {
  const value = row[field];
  if (!Array.isArray(value)) {
    errors.add(`${path}.${field}`, where, wrongValue(field, value, 'een lijst'));
    return [];
  }
  if (!allowEmptyList && value.length === 0) errors.add(`${path}.${field}`, where, `veld "${field}" is een lege lijst`);
  const texts: string[] = [];
  value.forEach((item, i) => {
    if (typeof item === 'string' && item.trim() === '') {
      errors.add(`${path}.${field}[${i}]`, where, `veld "${field}", item ${i + 1} is leeg`);
    } else if (typeof item !== 'string') {
      errors.add(`${path}.${field}[${i}]`, where, `veld "${field}", item ${i + 1}: verwacht niet-lege tekst, maar is ${typeName(item)}`);
    } else texts.push(item);
  });
  return texts;
}

/**
 * The same actor twice in a row is shown twice; the same source twice is a slip in the file (most likely
 * another source was meant). Either way the editor should hear about it rather than see it silently.
 */
function checkNoRepeats(errors: ErrorList, items: string[], field: string, path: string, where: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item)) errors.add(`${path}.${field}`, where, `"${item}" staat dubbel in veld "${field}"`);
    seen.add(item);
  }
}

function checkId(errors: ErrorList, row: Json, path: string, where: string, seen: Set<string>): void {
  const id = row.id;
  if (typeof id !== 'string' || id.trim() === '') {
    errors.add(`${path}.id`, where, typeof id === 'string' ? 'veld "id" is leeg' : wrongValue('id', id, 'niet-lege tekst'));
  } else if (seen.has(id)) {
    errors.add(`${path}.id`, where, `id "${id}" komt dubbel voor`);
  } else seen.add(id);
}


/**
 * Runs `check` on each row of `rows` (the dataset's list `list`) that is an object, with its JSON path and
 * its human label (`kind` and number, and its `nameField`), until the error list is full.
 */
function forEachRow(errors: ErrorList, rows: unknown[], list: string, kind: string, nameField: string,
  check: (row: Json, path: string, where: string) => void): void {
  rows.forEach((row, i) => {
    if (errors.full) return;
    const path = `${list}[${i}]`;
    if (isObject(row)) check(row, path, rowLabel(kind, i, row[nameField]));
    else errors.add(path, `${kind} ${i + 1}`, `verwacht een object, maar is ${typeName(row)}`);
  });
}

function validateSources(errors: ErrorList, sources: unknown[]): Set<string> {
  const ids = new Set<string>();
  forEachRow(errors, sources, 'sources', 'bron', 'citation', (row, path, where) => {
    checkId(errors, row, path, where, ids);
    for (const field of ['citation', 'title', 'summary']) checkText(errors, row, field, path, where);
    checkTextList(errors, row, 'authors', path, where, false);
    checkTextList(errors, row, 'findings', path, where, true);
    const year = row.year;
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9999) {
      errors.add(`${path}.year`, where, year === undefined ? 'veld "year" ontbreekt' : `veld "year" moet een jaartal zijn (bijvoorbeeld 2019), maar is ${JSON.stringify(year)}`);
    }
    if (row.url !== undefined) {
      // A dataset from `src` is untrusted: only plain web links may ever become an href.
      if (typeof row.url !== 'string' || !/^https?:\/\/[^\s]+$/i.test(row.url)) {
        errors.add(`${path}.url`, where, 'veld "url" moet een http- of https-adres zijn');
      }
    }
  });
  return ids;
}

function validateFactors(errors: ErrorList, factors: unknown[], sourceIds: Set<string>): void {
  const ids = new Set<string>();
  const actors = new Set<string>(ACTORS);
  forEachRow(errors, factors, 'factors', 'factor', 'factor', (row, path, where) => {
    checkId(errors, row, path, where, ids);
    checkText(errors, row, 'factor', path, where);
    checkText(errors, row, 'how', path, where, true);
    if (!(KINDS as readonly unknown[]).includes(row.kind)) {
      errors.add(`${path}.kind`, where, row.kind === undefined
        ? 'veld "kind" ontbreekt'
        : `onbekende soort ${JSON.stringify(row.kind)} in veld "kind" (kies uit ${KINDS.join(' of ')})`);
    }
    const rowActors = checkTextList(errors, row, 'actors', path, where, false);
    rowActors.forEach((actor) => {
      if (!actors.has(actor)) {
        errors.add(`${path}.actors`, where, `onbekende actor "${actor}" in veld "actors" (kies uit ${ACTORS.join(', ')})`);
      }
    });
    checkNoRepeats(errors, rowActors, 'actors', path, where);
    const rowSources = checkTextList(errors, row, 'sources', path, where, false);
    rowSources.forEach((source) => {
      if (!sourceIds.has(source)) {
        errors.add(`${path}.sources`, where, `bron-id "${source}" in veld "sources" staat niet in de lijst "sources"`);
      }
    });
    checkNoRepeats(errors, rowSources, 'sources', path, where);
  });
}

/**
 * Checks an untrusted JSON value against the whole dataset format and returns it typed,
 * or every problem found as Dutch messages that name the row and the field.
 */
export function validateDataset(json: unknown): ValidationResult {
  const result = validateFactorsAndSources(json);
  const errors = result.ok ? validateNotesAndTranslations(result.dataset) : [];
  return errors.length > 0 ? {ok: false, errors} : result;
}

/**
 * `validateDataset` without the factors' source notes and the translations: what every element needs before
 * it shows a dataset. The citation card, the only element that reads those, checks them when it shows them
 * (validate-notes.ts), so their checks come with the card and not with every table.
 */
export function validateFactorsAndSources(json: unknown): ValidationResult {
  const errors = new ErrorList();
  if (!isObject(json)) {
    errors.add('', 'dataset', `verwacht een JSON-object met "factors" en "sources", maar kreeg ${typeName(json)}`);
    return {ok: false, errors: errors.errors};
  }
  checkText(errors, json, 'title', '', 'dataset');
  checkText(errors, json, 'language', '', 'dataset');
  // Elements put the language on the data's text as `lang`: it must be a language tag, not any text.
  if (typeof json.language === 'string' && json.language.trim() !== '' && !LANGUAGE_TAG.test(json.language)) {
    errors.add('language', 'dataset', `veld "language" moet een taalcode zijn (bijvoorbeeld "nl"), maar is ${JSON.stringify(json.language)}`);
  }
  const {factors, sources} = json;
  if (!Array.isArray(sources)) {
    errors.add('sources', 'dataset', wrongValue('sources', sources, 'een lijst'));
  }
  if (!Array.isArray(factors)) {
    errors.add('factors', 'dataset', wrongValue('factors', factors, 'een lijst'));
  } else if (factors.length === 0) {
    errors.add('factors', 'dataset', 'de lijst "factors" is leeg');
  }
  const sourceIds = Array.isArray(sources) ? validateSources(errors, sources) : new Set<string>();
  if (Array.isArray(factors)) validateFactors(errors, factors, sourceIds);
  return errors.errors.length > 0
    ? {ok: false, errors: errors.errors}
    : {ok: true, dataset: json as unknown as Dataset};
}
