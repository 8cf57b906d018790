import type {Actor, DatasetWithoutTexts, Kind} from './types.js';
import {foldText} from './text.js';
// Written from data/landscape.json by `npm run data` (scripts/bundled-data.js).
import table from './bundled/table.json' with {type: 'json'};

/** Kind, actors and sources by their place in the file's lists of them; the id only where the name does not make it. */
type Row = [kind: number, factor: string, how: string, actors: number[], sources: number[], id?: string];

/** A factor's id as its name makes it, as scripts/bundled-data.js makes it: "(gebrek aan) motivatie" → "gebrek-aan-motivatie". */
const idFromName = (name: string) => foldText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The bundled dataset without the publications' texts: what the elements start with. Only the citation
 * card shows the texts (bundled-texts.ts), and they are two thirds of the data, so a page with a table
 * does not load them. The file holds each row as an array (scripts/bundled-data.js).
 */
export const bundledWithoutTexts: DatasetWithoutTexts = {
  title: table.title,
  language: table.language,
  sources: table.sources.map(([id, citation]) => ({id, citation})),
  factors: (table.factors as Row[]).map(([kind, factor, how, actors, places, id = idFromName(factor)]) => ({
    id, kind: table.kinds[kind] as Kind, factor, how, actors: actors.map((actor) => table.actors[actor] as Actor),
    sources: places.map((place) => table.sources[place][0]),
  })),
};
