// npm run data: the bundled dataset in the two parts the elements load (src/data/bundled/), written from
// data/landscape.json, the one source of the data. npm run build runs it; test/node/bundled-data.test.js
// fails when the parts in the repository differ from what this writes.
//   table.json: the factors and the publications' citations, all that a page with a table loads. Rows as
//               arrays; kind, actors and sources by their place in a list of them: a tenth smaller after
//               gzip than the objects, and the kind and actor words, on every row, a few hundred bytes less.
//               A row's id comes last, and only where its name does not make it (idFromName): two thirds
//               of the rows need none.
//   references.json: what a reference names of each publication (authors, year, title, URL), which a
//               printout needs under its table and the citation card shows. The authors and the year only
//               where the citation does not name them (namedByCitation): all but one say both.
//   texts.json: the rest of each publication, its summary and findings, and the factors' source notes,
//               which only the citation card shows.
//   Both list the publications in table.json's order, without their ids, which table.json has already;
//               texts.json each as one list, its summary and then its findings.
//   texts.en.json: the English translation of those texts (the dataset's `translations.en`), which comes
//               only when a card is shown in English.
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

/** What a reference names of a publication (src/data/bundled-references.ts); the rest is its texts. */
const REFERENCE = ['authors', 'year', 'title', 'url'];
const pick = (source, keep) => Object.fromEntries(Object.entries(source).filter(([key]) => keep(key)));
/**
 * A factor's id as its name makes it: "(gebrek aan) motivatie" → "gebrek-aan-motivatie". The elements make it
 * the same way (src/data/bundled-without-texts.ts), and test/node/bundled-data.test.js holds them to it.
 */
const idFromName = (name) => name.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase('nl').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The authors and year a citation names: "Lost Lemon & Muzus (2018)" → ["Lost Lemon", "Muzus"] and 2018. The
 * elements read them the same way (src/data/bundled-references.ts), and test/node/bundled-data.test.js holds them to it.
 */
const namedByCitation = (citation) => {
  const [, authors = '', year] = /^(.*) \((\d+)\)$/.exec(citation) ?? [];
  return {authors: authors.split(/, | & /), year: Number(year)};
};
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** The parts of a dataset, as the files hold them. */
export function bundledParts({title, language, factors, sources, translations}) {
  const place = new Map(sources.map((source, index) => [source.id, index]));
  const kinds = [...new Set(factors.map((factor) => factor.kind))];
  const actors = [...new Set(factors.flatMap((factor) => factor.actors))];
  return {
    'table.json': {
      title, language, kinds, actors,
      sources: sources.map(({id, citation}) => [id, citation]),
      factors: factors.map((factor) => [kinds.indexOf(factor.kind), factor.factor, factor.how,
        factor.actors.map((actor) => actors.indexOf(actor)), factor.sources.map((id) => place.get(id)),
        ...(factor.id === idFromName(factor.factor) ? [] : [factor.id])]),
    },
    'references.json': sources.map((source) => {
      const named = namedByCitation(source.citation);
      return pick(source, (key) => REFERENCE.includes(key) && !(key in named && same(source[key], named[key])));
    }),
    'texts.json': {
      sources: sources.map(({summary, findings}) => [summary, ...findings]),
      sourceNotes: Object.fromEntries(factors.filter((factor) => factor.sourceNotes).map((factor) => [factor.id, factor.sourceNotes])),
    },
    'texts.en.json': translations?.en ?? {sources: {}},
  };
}

const folder = new URL('../src/data/bundled/', import.meta.url);
/** The files as this script writes them. */
export const bundledFiles = () => Object.entries(bundledParts(JSON.parse(readFileSync(new URL('../data/landscape.json', import.meta.url), 'utf8'))))
  .map(([name, part]) => ({path: fileURLToPath(new URL(name, folder)), text: `${JSON.stringify(part)}\n`}));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const {path, text} of bundledFiles()) writeFileSync(path, text);
}
