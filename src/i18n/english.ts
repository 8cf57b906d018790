// Every English interface string, in the chunk that elements shown in English load: Dutch first, so Dutch
// readers never download them. Our English translation of the bundled dataset's texts is a chunk of its
// own (data/bundled-translation.ts), which only a card in English loads: a table in English waits for
// these strings (2 kB), not for the card's 16 kB. Load it with loadEnglish (english-loader.ts), never with a static import, except in
// the apps outside the CDN's budgets (the builder). Each part has the type of its Dutch original, so a
// missing or extra English string is a type error.
import type {Kind} from '../data/index.js';
import type {ActorFilterText} from './actor-filter.js';
import type {BarrierHeatmapEnglish} from './barrier-heatmap.js';
import type {CommonText} from './common.js';
import {columnNames, type FactorTableText} from './factor-table.js';
import type {FilterStatementWords} from './filter-statement.js';
import {formatNumber} from './language.js';
import type {PrintoutWords} from './printout.js';
import type {SourceCitationText} from './source-citation.js';
import type {SummaryWords} from './heatmap-summary.js';

const common: CommonText = {
  actors: {werkgever: 'Employer', werknemer: 'Employee', omgeving: 'Environment', trainer: 'Trainer'},
  kinds: {stimulerend: 'Stimulating', inhiberend: 'Inhibiting'},
  loading: 'Loading data…',
  errorTitle: 'The data cannot be shown',
  moreErrors: (n: number) => `and ${n} more ${n === 1 ? 'error' : 'errors'}`,
};

const factorTable: FactorTableText = {
  // The rows are the document's Dutch words (their cells say lang="nl"): the caption tells an English reader.
  caption: 'Factors that stimulate or inhibit training of lower-educated adults, quoted in Dutch',
  columns: columnNames.en,
  evidenceTitle: 'Number of studies that name this factor',
  search: 'Search the factors',
  searchPlaceholder: 'For example: motivatie, tijd, werkgever',
  count: (shown: number, total: number) => `${formatNumber.en(shown)} of ${formatNumber.en(total)} factors`,
  documentOrder: 'Order of the document',
  directions: {ascending: 'ascending', descending: 'descending'},
  sortedBy: (column: string, direction: string) => `Sorted by ${column.toLowerCase()}, ${direction}`,
  sortHint: (column: string) => `Sort by ${column.toLowerCase()}`,
  sortLabel: 'Sort',
  skipTable: 'Skip the table',
  tableEnd: 'End of the table',
  activeFilters: 'Active filters',
  removeFilter: (label: string) => `Remove filter: ${label}`,
  searchChip: (query: string) => `search “${query}”`,
  clearAll: 'Clear all filters',
  empty: 'No factors match these filters.',
  csv: 'Download as CSV',
  csvFile: 'scholingsfactoren.csv',
  showMore: (shown: number, total: number) => `Show more (${formatNumber.en(shown)} of ${formatNumber.en(total)} shown)`,
  sourceButton: (citation: string) => `About the source ${citation}`,
  close: 'Close',
};

const filterStatement: FilterStatementWords = {
  kinds: {stimulerend: 'Stimulating factors', inhiberend: 'Inhibiting factors'},
  or: ' or ',
  sources: (n: number) => (n === 1 ? 'Source' : 'Sources'),
};

const actorFilter: ActorFilterText = {
  legend: 'Filter by who it concerns',
  kindLegend: 'Kind of factor',
  all: 'All',
  allKinds: 'Both',
  count: (n: number) => formatNumber.en(n),
  noun: (n: number) => n === 1 ? 'factor' : 'factors',
};

/** The counts come from the summary's words (i18n/barrier-heatmap.ts, i18n/heatmap-summary.ts). */
const barrierHeatmap: BarrierHeatmapEnglish = {
  title: (kind: Kind) => kind === 'stimulerend' ? 'Stimulating factors by actor and source' : 'Barriers by actor and source',
  axes: {actor: 'Who', source: 'Source'},
  hint: 'Move through the cells with the arrow keys. Choose a cell with Enter or a click: linked tables then show only those factors. Choose it again to stop.',
  showTable: 'Show as table',
  clearSelection: 'Clear the choice',
  legend: (kind: Kind) => kind === 'stimulerend' ? 'Number of stimulating factors per cell' : 'Number of barriers per cell',
  detailsHint: 'Point at a cell to see the factors behind it.',
  chooseCell: 'Enter shows them in the table.',
  chosenCell: 'Chosen; Enter clears the choice.',
  detailsTitle: (actor: string, citation: string) => `${actor} in ${citation}`,
  detailsEmpty: 'This cell has no factors.',
  selected: 'Chosen: this cell filters the group.',
  empty: (kind: Kind) => `No ${kind === 'stimulerend' ? 'stimulating factors' : 'barriers'} match this search.`,
};

const sourceCitation: SourceCitationText = {
  findings: 'Key findings',
  findingsCount: (n: number) => `Key findings (${n})`,
  sharedCitation: (citation: string, n: number) => `The label ${citation} in the table stands for ${n} publications.`,
  publication: (i: number, n: number) => `Publication ${i} of ${n}`,
  factors: 'Factors from this source',
  showFactors: (n: number) => n === 1 ? 'Show the factor from this source' : `Show the ${n} factors from this source`,
  uncited: (n: number, deskResearch: boolean) => `The table does not name ${n === 1 ? 'this publication' : 'these publications'} as a source${deskResearch ? `; ${n === 1 ? 'it is' : 'they are'} part of the desk research` : ''}.`,
  uncitedEntry: 'Not a source in the table.',
  uncitedCount: (n: number, deskResearch: boolean) => `The table does not name ${n} of them as a source${deskResearch ? '; they are part of the desk research' : ''}.`,
  filtered: (citation: string) => `Filter set to source ${citation}.`,
  translated: 'Translated summary.',
  translatedNote: (fromDutch: boolean) => `Our English translation of our own ${fromDutch ? 'Dutch ' : ''}summary and findings.`,
  quotedFactors: (fromDutch: boolean) => `The factors are quoted word for word from the ${fromDutch ? 'Dutch ' : ''}source.`,
  sourceNotes: (n: number) => `Which publication these factors come from (${n})`,
  labelElsewhere: (citation: string) => `The factors labelled ${citation} come from another publication.`,
  copy: 'Copy reference',
  copyAll: 'Copy reference list',
  copied: 'Copied',
  copyFailed: 'Copying did not work. Select the reference and copy it with Ctrl+C.',
  ris: 'Download RIS',
  bibtex: 'Download BibTeX',
  risTitle: 'For EndNote, Zotero and Mendeley',
  bibtexTitle: 'For LaTeX and JabRef',
  exportOf: (citation: string) => `Export ${citation}`,
  bibliography: 'Reference list',
  bibliographyCount: (n: number) => `${n} ${n === 1 ? 'publication' : 'publications'}, in APA order.`,
  bibliographyFile: 'reference-list',
  unknownSource: (id: string) => `Source "${id}" is not in the dataset.`,
  noSource: 'No source given: set the attribute source="<source id>" or all on the element.',
};

const printout: PrintoutWords = {
  kinds: {stimulerend: 'Stimulating factors', inhiberend: 'Inhibiting factors'},
  anyKind: 'Factors',
  actors: {werkgever: 'employers', werknemer: 'employees', omgeving: 'the environment', trainer: 'trainers'},
  or: ' or ',
  forActors: (actors: string) => ` for ${actors}`,
  citing: (citations: string) => ` citing ${citations}`,
  search: (query: string) => `, search “${query}”`,
  document: 'the psychological landscape analysis',
  count: (shown: number, total: number, origin: string) =>
    `${formatNumber.en(shown)} of the ${formatNumber.en(total)} ${total === 1 ? 'factor' : 'factors'} from ${origin}`,
  all: (total: number, origin: string) => `${total === 1 ? 'The only factor' : `All ${formatNumber.en(total)} factors`} from ${origin}`,
  locale: 'en-GB',
  printed: (date: string, address: string) => `Printed on ${date} from ${address}`,
  references: 'References of these factors (APA)',
};

/** The heatmap's summary (i18n/heatmap-summary.ts). */
const heatmapSummary: SummaryWords = {
  noun: (kind, one) => kind === 'inhiberend' ? (one ? 'barrier' : 'barriers')
    : kind === 'stimulerend' ? (one ? 'stimulating factor' : 'stimulating factors') : (one ? 'factor' : 'factors'),
  actors: {werkgever: 'employer', werknemer: 'employee', omgeving: 'environment', trainer: 'trainer'},
  the: 'the',
  and: 'and',
  none: (plural) => `There are no ${plural} to show.`,
  totals: (count, citations) => `There ${count.startsWith('1 ') ? 'is' : 'are'} ${count} from ${citations} ${citations === 1 ? 'source' : 'sources'}.`,
  allAbout: (count, plural, actors) => count === 1 ? `It concerns ${actors}.` : `All ${count} ${plural} concern ${actors}.`,
  mostAbout: (plural, actors, count, total, tie) => `Most ${plural} concern ${actors}: ${count} of ${total}${tie ? ' each' : ''}.`,
  largest: (actor, citation, count) => `The largest cell is ${actor} in ${citation}: ${count}.`,
  asLarge: (others) => ` ${others} other ${others === 1 ? 'cell is' : 'cells are'} as large.`,
  topCitation: (citations, several, plural, count) => `${citations} ${several ? 'name' : 'names'} the most ${plural}: ${count}${several ? ' each' : ''}.`,
  manyTopCitations: (citations, plural, count) => `${citations} sources name as many ${plural}: ${count} each.`,
  leastNone: (actors, singular) => `No ${singular} concerns ${actors}.`,
  least: (actors, several, count) => `${actors} ${several ? 'appear' : 'appears'} least: in ${count}${several ? ' each' : ''}.`,
};

export const english = {
  common,
  factorTable,
  filterStatement,
  actorFilter,
  barrierHeatmap,
  heatmapSummary,
  sourceCitation,
  printout,
};

/** Every English text of the interface. */
export type English = typeof english;
