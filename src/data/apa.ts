import type {Source, SourceReference} from './types.js';
import {dutchCollator} from './text.js';

/**
 * An APA 7 reference in parts, so a view can set the title in italics without building markup:
 * `${authors} ${year} ${title}${rest}` and then, where the dataset gives one, ` ${url}`.
 * `text` is that same reference as plain text (for the clipboard).
 */
export interface ApaReference {
  /** The author element with its closing period: "TNO.", "Sanders, J., Luijters, K., van Wijk, E., & Keijzer, L." */
  readonly authors: string;
  /** "(2011)." */
  readonly year: string;
  /** The title as the dataset gives it; the part a view puts in italics. */
  readonly title: string;
  /** What follows the title: "." or "" when the title ends in "?" or "!". */
  readonly rest: string;
  /** The dataset's URL, only when it is http(s); APA puts it last, without a period. */
  readonly url?: string;
  /** The whole reference as plain text. */
  readonly text: string;
}

/** APA 7 lists up to 20 authors; beyond that the first 19, an ellipsis, and the last. */
const MAX_AUTHORS = 20;

/** "Family, I." (a person with initials) as opposed to an organisation or a family name without initials. */
const hasInitials = (author: string) => author.includes(',');

/**
 * Joins the author names as APA 7 does, without inventing anything the dataset does not give:
 * - names with initials ("Sanders, J.") contain a comma themselves, so APA's comma before "&" is
 *   needed to keep the authors apart: "Sanders, J., & Keijzer, L.";
 * - organisations and family names without initials ("TNO", "De Greef") follow the Dutch convention of
 *   the document's own labels, with no comma before "&": "De Greef & Heimens Visser",
 *   "Bisschop, Ouwehand, Ter Weel & Zwetsloot".
 */
export function apaAuthorList(authors: readonly string[]): string {
  const names = authors.map((author) => author.trim()).filter((author) => author !== '');
  if (names.length === 0) return '';
  if (names.length === 1) return names[0];
  if (names.length > MAX_AUTHORS) {
    return `${names.slice(0, MAX_AUTHORS - 1).join(', ')}, . . . ${names[names.length - 1]}`;
  }
  const serialComma = names.some(hasInitials);
  const head = names.slice(0, -1).join(', ');
  return `${head}${serialComma ? ',' : ''} & ${names[names.length - 1]}`;
}

/** Ends an element of the reference with a period, unless it already ends with one (an initial) or with ? or !. */
const closed = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

const httpUrl = (url: string | undefined) => (url !== undefined && /^https?:\/\//i.test(url) ? url : undefined);

/**
 * The APA 7 reference of a publication: "TNO. (2011). *Stimuleren van scholing bij lager opgeleide werknemers*."
 * Names and titles stay exactly as the dataset gives them (no initials or capitals are made up).
 */
export function formatApaReference(source: SourceReference): ApaReference {
  const list = apaAuthorList(source.authors);
  const title = source.title.trim();
  const year = `(${source.year}).`;
  const rest = /[.?!]$/.test(title) ? '' : '.';
  const url = httpUrl(source.url);
  const authors = list === '' ? '' : closed(list);
  const text = [authors, year, `${title}${rest}`, url].filter((part) => part !== undefined && part !== '').join(' ');
  return url === undefined ? {authors, year, title, rest, text} : {authors, year, title, rest, url, text};
}

// ---------------------------------------------------------------------------------------------------------
// Order of a reference list.
//
// Rule (Dutch practice, as Dutch libraries and the Dutch APA guidance sort): a family name sorts on its main
// part, without the prefixes ("tussenvoegsels") de, van, ter, den, het, ...: "De Greef" sorts under G,
// "van Wijk" under W, "Ter Weel" under W. The name is still printed as the dataset gives it. Organisation
// names starting with an article ("De Nederlandsche Bank") sort the same way, as APA ignores leading articles.
// Then APA's rules: author by author, a one-author entry before a multi-author entry with the same first author,
// then the year (oldest first), then the title (ignoring a leading article), all with Dutch collation.

/** Dutch name prefixes that sorting skips; multi-word prefixes ("van der") are sequences of these. */
const PREFIXES = new Set(['de', 'den', 'der', 'des', 'het', "'t", 'te', 'ten', 'ter', 'van', 'op', 'in', 'aan', 'bij', 'uit', "'s", "d'"]);

/** The part of a name that sorts: "De Greef" -> "Greef", "van der Berg, K." -> "Berg", "TNO" -> "TNO". */
export function sortingName(author: string): string {
  const family = (hasInitials(author) ? author.slice(0, author.indexOf(',')) : author).trim();
  const words = family.split(/\s+/);
  let first = 0;
  // Keep at least one word: an organisation called "De Kern" sorts as "Kern", one called "De" as "De".
  while (first < words.length - 1 && PREFIXES.has(words[first].toLocaleLowerCase('nl').replace(/[‘’]/g, "'"))) first++;
  return words.slice(first).join(' ');
}

const ARTICLES = /^(de|het|een|the|a|an)\s+/i;

/** Compares two authors by sorting name, then initials, then the name as printed. */
function compareAuthor(a: string, b: string): number {
  const initials = (name: string) => (hasInitials(name) ? name.slice(name.indexOf(',') + 1).trim() : '');
  return dutchCollator.compare(sortingName(a), sortingName(b)) ||
    dutchCollator.compare(initials(a), initials(b)) ||
    dutchCollator.compare(a, b);
}

/** Compares two publications in APA reference-list order (see the rule above). */
export function compareApa(a: SourceReference, b: SourceReference): number {
  const shared = Math.min(a.authors.length, b.authors.length);
  for (let i = 0; i < shared; i++) {
    const c = compareAuthor(a.authors[i], b.authors[i]);
    if (c !== 0) return c;
  }
  return a.authors.length - b.authors.length ||
    a.year - b.year ||
    dutchCollator.compare(a.title.replace(ARTICLES, ''), b.title.replace(ARTICLES, '')) ||
    dutchCollator.compare(a.id, b.id);
}

/** A new array with the publications in APA reference-list order; the input is left alone. */
export function apaOrder<S extends SourceReference>(sources: readonly S[]): S[] {
  return [...sources].sort(compareApa);
}

// ---------------------------------------------------------------------------------------------------------
// Export formats for reference managers (Zotero, EndNote, Mendeley, JabRef).

/** One RIS field per line: no line breaks inside a value. */
const risValue = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The publication as a RIS record (a report: TY RPRT), with CRLF line ends as the format asks. */
export function risReference(source: Source): string {
  const lines: Array<[string, string]> = [['TY', 'RPRT']];
  for (const author of source.authors) lines.push(['AU', author]);
  lines.push(['PY', String(source.year)], ['TI', source.title], ['AB', source.summary]);
  const url = httpUrl(source.url);
  if (url !== undefined) lines.push(['UR', url]);
  lines.push(['LA', 'nl']);
  return lines.map(([tag, value]) => `${tag}  - ${risValue(value)}`).join('\r\n') + '\r\nER  - \r\n';
}

/** Several publications as one RIS file. */
export const risReferences = (sources: readonly Source[]): string => sources.map(risReference).join('\r\n');

const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '&': '\\&', '%': '\\%', '$': '\\$', '#': '\\#', '_': '\\_',
  '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
};

/** Escapes the characters that mean something to BibTeX/LaTeX, so data from `src` stays text. */
export function escapeBibtex(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\{}&%$#_~^]/g, (char) => BIBTEX_SPECIAL[char]);
}

/**
 * A BibTeX author: "Family, I." forms are left for BibTeX to parse; organisations and family names without
 * initials are braced, so "De Greef" is not read as first name "De" and "Wetenschappelijke Raad voor het
 * Regeringsbeleid" not as a person.
 */
const bibtexAuthor = (author: string) => (hasInitials(author) ? escapeBibtex(author) : `{${escapeBibtex(author)}}`);

/** A citation key BibTeX accepts: the id, with anything but letters, digits and - _ : . replaced. */
const bibtexKey = (id: string) => id.replace(/[^A-Za-z0-9_:.-]/g, '-') || 'bron';

/** The publication as a BibTeX @techreport entry; the title double-braced so its capitals are kept. */
export function bibtexReference(source: Source): string {
  const fields: Array<[string, string]> = [
    ['author', source.authors.map(bibtexAuthor).join(' and ')],
    ['title', `{${escapeBibtex(source.title)}}`],
    ['year', String(source.year)],
  ];
  const url = httpUrl(source.url);
  // A URL is verbatim in BibTeX; braces would unbalance the field, and validation refuses whitespace.
  if (url !== undefined) fields.push(['url', url.replace(/[{}\\]/g, encodeURIComponent)]);
  return `@techreport{${bibtexKey(source.id)},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}\n`;
}

/** Several publications as one BibTeX file. */
export const bibtexReferences = (sources: readonly Source[]): string => sources.map(bibtexReference).join('\n');
