// A rollup plugin for the CDN build: the bundled dataset's publications (titles, authors, summaries,
// findings) become a chunk of their own. They are two thirds of the data, and only <source-citation>
// shows them, so a page with a table should not download them before anyone opens a source.
//
// src/data/bundled.ts imports data/landscape.json twice: statically (the dataset the elements start
// with) and dynamically (loadCompleteBundledDataset). Here the static import gets every factor but only
// the id and label of each publication, marked as such; the dynamic one a module that adds the rest.
import {readFileSync} from 'node:fs';

const CORE = '\0landscape-core.js';
const COMPLETE = '\0landscape-complete.js';
// Must match STUDY_TEXTS_APART in src/state/study-texts.ts.
const MARK = "Symbol.for('scholingsfactoren.studyTextsApart')";
// Most factor ids are the factor's words as a slug; those are left out and made again in the browser.
const slugOf = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const isBundledDataset = (source, importer) => /(^|[/\\])data[/\\]landscape\.json$/.test(source) && /[/\\]data[/\\]bundled\.js$/.test(importer ?? '');

/**
 * The factors in full, the publications as id and label only. Rows are arrays rather than objects and
 * name their sources by place in the list: the same data, a few hundred bytes less after gzip.
 */
function encodeCore({title, language, factors, sources}) {
  const place = new Map(sources.map((source, index) => [source.id, index]));
  const rows = factors.map(({id, kind, factor, how, actors, sources: ids}) =>
    [id === slugOf(factor) ? 0 : id, kind, factor, how, actors, ids.map((sourceId) => place.get(sourceId))]);
  return [title, language, rows, sources.map(({id, citation}) => [id, citation])];
}

/** Runs in the browser (its source is written into the bundle) and here, to check the round trip. */
function decodeCore([title, language, rows, labels]) {
  return {
    title, language,
    factors: rows.map(([id, kind, factor, how, actors, places]) => ({id: id || slugOf(factor), kind, factor, how, actors, sources: places.map((place) => labels[place][0])})),
    sources: labels.map(([id, citation]) => ({id, citation, authors: [], year: 0, title: '', summary: '', findings: []})),
  };
}

/** @param {{file: string}} options the dataset file */
export function studyTextsApart({file}) {
  const dataset = () => JSON.parse(readFileSync(file, 'utf8'));
  return {
    name: 'study-texts-apart',
    resolveDynamicImport(source, importer) {
      return typeof source === 'string' && isBundledDataset(source, importer) ? COMPLETE : null;
    },
    resolveId(source, importer) {
      if (source === CORE || source === COMPLETE) return source;
      return isBundledDataset(source, importer) ? CORE : null;
    },
    load(id) {
      if (id === CORE) {
        this.addWatchFile(file);
        const {title, language, factors, sources} = dataset();
        const core = encodeCore({title, language, factors, sources});
        // The browser must rebuild exactly the document's rows: check it here, not on a user's page.
        const rebuilt = decodeCore(core);
        const expected = {title, language, factors, sources: sources.map(({id: sourceId, citation}) => ({id: sourceId, citation}))};
        const actual = {...rebuilt, sources: rebuilt.sources.map(({id: sourceId, citation}) => ({id: sourceId, citation}))};
        if (JSON.stringify(actual) !== JSON.stringify(expected)) this.error('The compact bundled dataset does not decode to data/landscape.json.');
        return `const slugOf = ${slugOf};
const decodeCore = ${decodeCore};
export default Object.defineProperty(decodeCore(${JSON.stringify(core)}), ${MARK}, {value: true});`;
      }
      if (id === COMPLETE) {
        // With the same import attributes as bundled.ts's import, which rollup otherwise warns about.
        return `import core from ${JSON.stringify(CORE)} with {type: 'json'};
export default {...core, sources: ${JSON.stringify(dataset().sources)}};`;
      }
      return null;
    },
  };
}
