import type {Actor, Kind} from '../data/index.js';
import type {FilterSummary} from '../data/filter-summary.js';
import {bilingual} from './english-loader.js';
import {formatNumber, type Language} from './language.js';

/** The words of a printout: what it shows in a whole sentence, when and where it was printed, and its references. */
const nl = {
  kinds: {stimulerend: 'Stimulerende factoren', inhiberend: 'Belemmerende factoren'} satisfies Record<Kind, string>,
  anyKind: 'Factoren',
  /** Who a factor is for, as the sentence names them. */
  actors: {werkgever: 'werkgevers', werknemer: 'werknemers', omgeving: 'de omgeving', trainer: 'trainers'} satisfies Record<Actor, string>,
  or: ' of ',
  forActors: (actors: string) => ` voor ${actors}`,
  citing: (citations: string) => ` met als bron ${citations}`,
  search: (query: string) => `, gezocht op “${query}”`,
  document: 'de psychologische landschapsanalyse',
  count: (shown: number, total: number, origin: string) =>
    `${formatNumber.nl(shown)} van de ${formatNumber.nl(total)} ${total === 1 ? 'factor' : 'factoren'} uit ${origin}`,
  all: (total: number, origin: string) => `${total === 1 ? 'De enige factor' : `Alle ${formatNumber.nl(total)} factoren`} uit ${origin}`,
  locale: 'nl-NL',
  printed: (date: string, address: string) => `Afgedrukt op ${date} van ${address}`,
  references: 'Bronnen van deze factoren (APA)',
};

/** The shape of a printout's words; english.ts has them in English. */
export type PrintoutWords = typeof nl;

// English comes with the English chunk (english-loader.ts): an element prints in English only after it
// rendered in English, so it has come by then; where it could not come, the printout is Dutch.
const printoutWords = bilingual('printout', nl);

/**
 * What a view shows, as the sentence a printout opens with: "Belemmerende factoren voor werkgevers: 8 van
 * de 83 factoren uit de psychologische landschapsanalyse". `title` names a dataset other than the
 * source document; without it, the factors are the document's.
 */
export function printStatement(summary: FilterSummary, language: Language, title?: string): string {
  const w = printoutWords[language];
  const origin = title === undefined ? w.document : `“${title}”`;
  if (!summary.kind && summary.actors.length === 0 && summary.citations.length === 0 && !summary.query) return `${w.all(summary.total, origin)}.`;
  const who = summary.actors.length > 0 ? w.forActors(summary.actors.map((actor) => w.actors[actor]).join(w.or)) : '';
  const citing = summary.citations.length > 0 ? w.citing(summary.citations.join(w.or)) : '';
  const search = summary.query ? w.search(summary.query) : '';
  return `${summary.kind ? w.kinds[summary.kind] : w.anyKind}${who}${citing}${search}: ${w.count(summary.shown, summary.total, origin)}.`;
}

/** "Afgedrukt op 7 december 2025 van https://…": when and from where a printout was made. */
export function printedLine(date: Date, address: string, language: Language): string {
  const w = printoutWords[language];
  return w.printed(new Intl.DateTimeFormat(w.locale, {day: 'numeric', month: 'long', year: 'numeric'}).format(date), address);
}

/** The heading of the references under a printout. */
export const referencesHeading = (language: Language): string => printoutWords[language].references;
