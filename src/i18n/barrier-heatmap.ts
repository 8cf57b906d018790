import {type Kind, type Language} from '../data/index.js';
import {factorCountText} from './heatmap-summary.js';
import {englishTexts} from './english-loader.js';

/**
 * The counts, in either language, with the summary's nouns (heatmap-summary.ts), so a cell's name and the
 * summary count alike.
 */
const countsIn = (language: Language) => ({
  /** A count, and the accessible name of a cell: "1 belemmering"; "1 barrier". */
  count: (n: number, kind: Kind) => factorCountText(n, kind, language),
});

const nl = {
  title: (kind: Kind): string => kind === 'stimulerend' ? 'Stimulerende factoren per actor en bron' : 'Belemmeringen per actor en bron',
  axes: {actor: 'Wie', source: 'Bron'},
  ...countsIn('nl'),
  hint: 'Ga met de pijltjestoetsen door de vakken. Kies een vak met Enter of een klik: dan tonen gekoppelde tabellen alleen die factoren. Kies het nog een keer om dat te stoppen.',
  showTable: 'Toon als tabel',
  clearSelection: 'Wis de keuze',
  legend: (kind: Kind): string => kind === 'stimulerend' ? 'Aantal stimulerende factoren per vak' : 'Aantal belemmeringen per vak',
  detailsHint: 'Wijs een vak aan om te zien welke factoren erbij horen.',
  /** Said on moving to a cell, after its name: what Enter does there. */
  chooseCell: 'Enter toont ze in de tabel.',
  chosenCell: 'Gekozen; Enter wist de keuze.',
  detailsTitle: (actor: string, citation: string) => `${actor} bij ${citation}`,
  detailsEmpty: 'In dit vak staan geen factoren.',
  selected: 'Gekozen: dit vak filtert de groep.',
  empty: (kind: Kind) => `Geen ${kind === 'stimulerend' ? 'stimulerende factoren' : 'belemmeringen'} gevonden met deze zoekterm.`,
};

/** The shape of `<barrier-heatmap>`'s strings. */
export type BarrierHeatmapText = typeof nl;
/** What english.ts has of them: all but the counts. */
export type BarrierHeatmapEnglish = Omit<BarrierHeatmapText, keyof ReturnType<typeof countsIn>>;

let english: BarrierHeatmapText | undefined;

/**
 * Interface strings of `<barrier-heatmap>`. The generated summary is heatmap-summary.ts.
 * English comes with the English chunk (english-loader.ts); until then, and without it, Dutch.
 */
export const barrierHeatmapText = {
  nl,
  get en(): BarrierHeatmapText {
    const texts = englishTexts()?.barrierHeatmap;
    return texts ? (english ??= {...texts, ...countsIn('en')}) : nl;
  },
};
