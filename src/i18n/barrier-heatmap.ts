import {type Kind} from '../data/index.js';
import {factorCountText} from '../data/heatmap-summary.js';

/** Interface strings of `<barrier-heatmap>`. The generated summary lives with the data API (`heatmapSummary`). */
export const barrierHeatmapText = {
  nl: {
    title: (kind: Kind) => kind === 'stimulerend' ? 'Stimulerende factoren per actor en bron' : 'Belemmeringen per actor en bron',
    axes: {actor: 'Wie', source: 'Bron'},
    count: (n: number, kind: Kind) => factorCountText(n, kind, 'nl'),
    /** The accessible name of a cell: "werkgever, SCP (2019): 1 belemmering". */
    cellName: (actor: string, citation: string, n: number, kind: Kind) => `${actor.toLocaleLowerCase('nl')}, ${citation}: ${factorCountText(n, kind, 'nl')}`,
    hint: 'Ga met de pijltjestoetsen door de vakken. Kies een vak met Enter of een klik: dan tonen gekoppelde tabellen alleen die factoren. Kies het nog een keer om dat te stoppen.',
    showTable: 'Toon als tabel',
    clearSelection: 'Wis de keuze',
    legend: (kind: Kind) => kind === 'stimulerend' ? 'Aantal stimulerende factoren per vak' : 'Aantal belemmeringen per vak',
    detailsHint: 'Wijs een vak aan om te zien welke factoren erbij horen.',
    /** Said on moving to a cell, after its name: what Enter does there. */
    chooseCell: 'Enter toont ze in de tabel.',
    chosenCell: 'Gekozen; Enter wist de keuze.',
    detailsTitle: (actor: string, citation: string) => `${actor} bij ${citation}`,
    detailsEmpty: 'In dit vak staan geen factoren.',
    selected: 'Gekozen: dit vak filtert de groep.',
    empty: (kind: Kind) => `Geen ${kind === 'stimulerend' ? 'stimulerende factoren' : 'belemmeringen'} gevonden met deze zoekterm.`,
  },
  en: {
    title: (kind: Kind) => kind === 'stimulerend' ? 'Stimulating factors by actor and source' : 'Barriers by actor and source',
    axes: {actor: 'Who', source: 'Source'},
    count: (n: number, kind: Kind) => factorCountText(n, kind, 'en'),
    /** The accessible name of a cell: "employer, SCP (2019): 1 barrier". */
    cellName: (actor: string, citation: string, n: number, kind: Kind) => `${actor.toLocaleLowerCase('en')}, ${citation}: ${factorCountText(n, kind, 'en')}`,
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
  },
};
