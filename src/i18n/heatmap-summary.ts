import type {Actor, Kind, Language} from '../data/index.js';
import type {HeatmapAxisEntry, HeatmapMatrix} from '../data/heatmap.js';
import {heatmapFacts} from '../data/heatmap-summary.js';
import {bilingual} from './english-loader.js';

// The heatmap's summary in words: the facts come from the data (data/heatmap-summary.ts), the sentences
// from here, in Dutch, or in English once the English chunk came (english-loader.ts).

/** The words a summary is made of; english.ts has them in English. */
export interface SummaryWords {
  noun: (kind: Kind | null, one: boolean) => string;
  /** Actors as nouns inside a sentence: "werkgever". */
  actors: Record<Actor, string>;
  /** The article before an actor: "de werkgever". */
  the: string;
  and: string;
  none: (plural: string) => string;
  totals: (count: string, citations: number) => string;
  allAbout: (count: number, plural: string, actors: string) => string;
  mostAbout: (plural: string, actors: string, count: number, total: number, tie: boolean) => string;
  largest: (actor: string, citation: string, count: string) => string;
  asLarge: (others: number) => string;
  topCitation: (citations: string, several: boolean, plural: string, count: number) => string;
  manyTopCitations: (citations: number, plural: string, count: number) => string;
  leastNone: (actors: string, singular: string) => string;
  /** `actors` start the sentence, so they come capitalised. */
  least: (actors: string, several: boolean, count: string) => string;
}

const nl: SummaryWords = {
  noun: (kind, one) => kind === 'inhiberend' ? (one ? 'belemmering' : 'belemmeringen')
    : kind === 'stimulerend' ? (one ? 'stimulerende factor' : 'stimulerende factoren') : (one ? 'factor' : 'factoren'),
  actors: {werkgever: 'werkgever', werknemer: 'werknemer', omgeving: 'omgeving', trainer: 'trainer'},
  the: 'de',
  and: 'en',
  none: (plural) => `Er zijn geen ${plural} om te tonen.`,
  totals: (count, citations) => `Er ${count.startsWith('1 ') ? 'is' : 'zijn'} ${count} uit ${citations} ${citations === 1 ? 'bron' : 'bronnen'}.`,
  allAbout: (count, plural, actors) => count === 1 ? `Die gaat over ${actors}.` : `Alle ${count} ${plural} gaan over ${actors}.`,
  mostAbout: (plural, actors, count, total, tie) => `De meeste ${plural} gaan over ${actors}: ${tie ? 'elk ' : ''}${count} van de ${total}.`,
  largest: (actor, citation, count) => `Het grootste vak is ${actor} bij ${citation}: ${count}.`,
  asLarge: (others) => ` Nog ${others} ${others === 1 ? 'vak is' : 'vakken zijn'} even groot.`,
  topCitation: (citations, several, plural, count) => `${citations} ${several ? 'noemen' : 'noemt'} de meeste ${plural}: ${several ? 'elk ' : ''}${count}.`,
  manyTopCitations: (citations, plural, count) => `${citations} bronnen noemen evenveel ${plural}: elk ${count}.`,
  leastNone: (actors, singular) => `Geen enkele ${singular} gaat over ${actors}.`,
  least: (actors, several, count) => `${actors} ${several ? 'komen' : 'komt'} het minst voor: ${several ? 'elk ' : ''}bij ${count}.`,
};

/** The summary's words in Dutch, and in English once the English chunk came (until then, and without it, Dutch). */
export const summaryWords = bilingual('heatmapSummary', nl);

/** "1 belemmering", "2 stimulerende factoren", "3 barriers": a count with the right noun for the kind. */
export function factorCountText(count: number, kind: Kind | null, language: Language): string {
  return `${count} ${summaryWords[language].noun(kind, count === 1)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** "a", "a en b", "a, b en c". */
function joinList(items: readonly string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** More citations than this on a tie are counted, not named. */
const CITATIONS_NAMED = 3;

/**
 * A few plain sentences (Dutch at B1 level, or English) about what stands out in a heatmap:
 * how many factors and sources, which actor most factors concern, the largest cell, the citation
 * that names the most factors, and the actor that comes up least.
 */
export function heatmapSummary(matrix: HeatmapMatrix, options: {kind: Kind | null; language: Language}): string {
  const {kind, language} = options;
  const w = summaryWords[language];
  const plural = w.noun(kind, false);
  const facts = heatmapFacts(matrix);
  if (facts.total === 0) return w.none(plural);

  const sentences = [w.totals(factorCountText(facts.total, kind, language), facts.citations)];
  const top = facts.topActors;
  const theActors = (rows: readonly HeatmapAxisEntry<Actor>[]) => joinList(rows.map((row) => `${w.the} ${w.actors[row.key]}`), w.and);
  const topNames = theActors(top);
  if (top.length > 0 && top.every((row) => row.total === facts.total)) {
    sentences.push(w.allAbout(facts.total, plural, topNames));
  } else if (top.length > 0) {
    sentences.push(w.mostAbout(plural, topNames, top[0].total, facts.total, top.length > 1));
  }

  const [largest, ...asLarge] = facts.largestCells;
  if (largest && facts.total > 1) {
    const count = factorCountText(largest.count, kind, language);
    sentences.push(w.largest(w.actors[largest.actor], largest.citation, count) + (asLarge.length > 0 ? w.asLarge(asLarge.length) : ''));
  }

  const cited = facts.topCitations;
  if (facts.citations > 1 && cited.length > 0 && cited.length < facts.citations) {
    sentences.push(cited.length > CITATIONS_NAMED
      ? w.manyTopCitations(cited.length, plural, cited[0].total)
      : w.topCitation(joinList(cited.map((column) => column.label), w.and), cited.length > 1, plural, cited[0].total));
  }

  const least = facts.leastActors;
  if (least.length > 0) {
    const names = theActors(least);
    sentences.push(least[0].total === 0
      ? w.leastNone(names, w.noun(kind, true))
      : w.least(capitalise(names), least.length > 1, factorCountText(least[0].total, kind, language)));
  }
  return sentences.join(' ');
}
