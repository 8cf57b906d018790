import type {FilterSummary} from '../data/filter-summary.js';
import {common} from './common.js';
import {bilingual} from './english-loader.js';
import {factorTableText} from './factor-table.js';
import type {Language} from './language.js';

const nl = {kinds: {stimulerend: 'Stimulerende factoren', inhiberend: 'Belemmerende factoren'}, or: ' of ', sources: (n: number): string => (n === 1 ? 'Bron' : 'Bronnen')};

/** The shape of a filter statement's own words; english.ts has them in English. */
export type FilterStatementWords = typeof nl;

// English comes with the English chunk (english-loader.ts); until then, and without it, Dutch.
const words = bilingual('filterStatement', nl);

/**
 * Each restriction of a filter in a few words, in a fixed order (kind, actors, sources, search), with
 * the chips' labels: ["Belemmerende factoren", "Werkgever"]. None for a filter that shows everything.
 */
export function filterParts(summary: FilterSummary, language: Language): string[] {
  const w = words[language];
  const labels = common[language];
  const parts: string[] = [];
  if (summary.kind) parts.push(w.kinds[summary.kind]);
  if (summary.actors.length > 0) parts.push(summary.actors.map((actor) => labels.actors[actor]).join(w.or));
  if (summary.citations.length > 0) parts.push(`${w.sources(summary.citations.length)}: ${summary.citations.join(w.or)}`);
  if (summary.query) parts.push(factorTableText[language].searchChip(summary.query));
  return parts;
}

/** What a view shows, in one line: "Belemmerende factoren · Werkgever · 8 van 83 factoren". */
export function filterStatement(summary: FilterSummary, language: Language): string {
  return [...filterParts(summary, language), factorTableText[language].count(summary.shown, summary.total)].join(' · ');
}
