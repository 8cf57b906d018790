// What validate.ts and validate-notes.ts share: the error list, a row's label, the checks both make. A module
// of its own, so that neither imports the other (validate.ts calls validate-notes.ts).

/** One reason a dataset was refused: where (a JSON path) and why (Dutch, for people). */
export interface ValidationError {
  readonly path: string;
  readonly message: string;
}

/** More errors than this help nobody: a 10,000-row file with one systematic mistake stays readable. */
const MAX_ERRORS = 50;

/** A BCP 47 language tag as datasets write it: "nl", "en", "nl-NL", "fy". */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Collects errors with a human label for the row being checked,
 * e.g. `factor 3 ("goede coaching")`, so an editor can find the row in the file.
 */
export class ErrorList {
  readonly errors: ValidationError[] = [];
  add(path: string, where: string, message: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push({path, message: `${where}: ${message}`});
  }
  get full(): boolean {
    return this.errors.length >= MAX_ERRORS;
  }
}

/** A row as an editor finds it in the file: `factor 14 ("motivatie")`, or `factor 14` when it has no name. */
export const rowLabel = (kind: string, index: number, name: unknown): string =>
  typeof name === 'string' && name.trim() !== ''
    ? `${kind} ${index + 1} ("${name.length > 60 ? `${name.slice(0, 57)}…` : name}")`
    : `${kind} ${index + 1}`;
