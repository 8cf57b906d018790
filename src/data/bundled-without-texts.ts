import type {Actor, DatasetWithoutTexts, Kind} from './types.js';
// Written from data/landscape.json by `npm run data` (scripts/bundled-data.js).
import table from './bundled/table.json' with {type: 'json'};

/** Kind, actors and sources by their place in the file's lists of them. */
type Row = [id: string, kind: number, factor: string, how: string, actors: number[], sources: number[]];

/**
 * The bundled dataset without the publications' texts: what the elements start with. Only the citation
 * card shows the texts (bundled-texts.ts), and they are two thirds of the data, so a page with a table
 * does not load them. The file holds each row as an array (scripts/bundled-data.js).
 */
export const bundledWithoutTexts: DatasetWithoutTexts = {
  title: table.title,
  language: table.language,
  sources: table.sources.map(([id, citation]) => ({id, citation})),
  factors: (table.factors as Row[]).map(([id, kind, factor, how, actors, places]) => ({
    id, kind: table.kinds[kind] as Kind, factor, how, actors: actors.map((actor) => table.actors[actor] as Actor),
    sources: places.map((place) => table.sources[place][0]),
  })),
};
