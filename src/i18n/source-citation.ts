import {bilingual} from './english-loader.js';

const nl = {
  findings: 'Belangrijkste bevindingen',
  findingsCount: (n: number) => `Belangrijkste bevindingen (${n})`,
  sharedCitation: (citation: string, n: number) => `Het label ${citation} in de tabel staat voor ${n} publicaties.`,
  publication: (i: number, n: number) => `Publicatie ${i} van ${n}`,
  factors: 'Factoren uit deze bron',
  showFactors: (n: number) => n === 1 ? 'Toon de factor uit deze bron' : `Toon de ${n} factoren uit deze bron`,
  uncited: (n: number, deskResearch: boolean) => `De tabel noemt ${n === 1 ? 'deze publicatie' : 'deze publicaties'} niet als bron${deskResearch ? `; ${n === 1 ? 'ze hoort' : 'ze horen'} bij de deskresearch` : ''}.`,
  uncitedEntry: 'Niet als bron in de tabel.',
  uncitedCount: (n: number, deskResearch: boolean) => `De tabel noemt er ${n} niet als bron${deskResearch ? '; die horen bij de deskresearch' : ''}.`,
  filtered: (citation: string) => `Filter ingesteld op bron ${citation}.`,
  translated: 'Vertaalde samenvatting.',
  translatedNote: (_fromDutch: boolean) => 'Onze vertaling van onze eigen samenvatting en bevindingen.',
  quotedFactors: (_fromDutch: boolean) => 'De factoren zijn letterlijk geciteerd uit de bron, in de taal van de bron.',
  sourceNotes: (n: number) => `Uit welke publicatie deze factoren komen (${n})`,
  labelElsewhere: (citation: string) => `De factoren met ${citation} komen uit een andere publicatie.`,
  copy: 'Kopieer bronvermelding',
  copyAll: 'Kopieer bronnenlijst',
  copied: 'Gekopieerd',
  copyFailed: 'Kopiëren lukte niet. Selecteer de bronvermelding en kopieer die met Ctrl+C.',
  ris: 'Download RIS',
  bibtex: 'Download BibTeX',
  risTitle: 'Voor EndNote, Zotero en Mendeley',
  bibtexTitle: 'Voor LaTeX en JabRef',
  exportOf: (citation: string) => `Exporteer ${citation}`,
  bibliography: 'Bronnenlijst',
  bibliographyCount: (n: number) => `${n} ${n === 1 ? 'publicatie' : 'publicaties'}, in APA-volgorde.`,
  bibliographyFile: 'bronnenlijst',
  unknownSource: (id: string) => `Bron "${id}" staat niet in de dataset.`,
  noSource: 'Geen bron opgegeven: zet het attribuut source="<bron-id>" of all op het element.',
};

/** The shape of `<source-citation>`'s strings; english.ts has them in English. */
export type SourceCitationText = typeof nl;

/**
 * Interface strings of `<source-citation>`; the data stays in its own language, except our texts where the
 * dataset translates them. English comes with the English chunk (english-loader.ts); until then, and
 * without it, Dutch.
 */
export const sourceCitationText = bilingual('sourceCitation', nl);
