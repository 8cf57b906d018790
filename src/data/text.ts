/**
 * Folds text for searching: lower case, without accents and with plain quotes,
 * so `orientatie` finds `oriëntatie` and `collega's` finds `collega’s`.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’‚‛`´]/g, "'")
    .toLocaleLowerCase('nl');
}

/** Splits a search query into folded words; every word must match for a row to match. */
export function queryTerms(query: string): string[] {
  return foldText(query).split(/\s+/).filter((term) => term !== '');
}

/** Dutch collation for every sort: "ë" sorts with "e", numbers naturally, case ignored. */
export const dutchCollator = new Intl.Collator('nl', {sensitivity: 'base', numeric: true});
