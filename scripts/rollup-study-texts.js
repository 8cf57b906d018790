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
const isBundledDataset = (source, importer) => /(^|[/\\])data[/\\]landscape\.json$/.test(source) && /[/\\]data[/\\]bundled\.js$/.test(importer ?? '');

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
        // Rows as arrays rather than objects, and sources by their place in the list: the same data,
        // a few hundred bytes less after gzip.
        const place = new Map(sources.map((source, index) => [source.id, index]));
        const rows = factors.map(({id: factorId, kind, factor, how, actors, sources: ids}) => [factorId, kind, factor, how, actors, ids.map((sourceId) => place.get(sourceId))]);
        const labels = sources.map(({id: sourceId, citation}) => [sourceId, citation]);
        return `const [title, language, rows, labels] = ${JSON.stringify([title, language, rows, labels])};
export default Object.defineProperty({
  title, language,
  factors: rows.map(([id, kind, factor, how, actors, places]) => ({id, kind, factor, how, actors, sources: places.map((place) => labels[place][0])})),
  sources: labels.map(([id, citation]) => ({id, citation, authors: [], year: 0, title: '', summary: '', findings: []})),
}, ${MARK}, {value: true});`;
      }
      if (id === COMPLETE) {
        return `import core from ${JSON.stringify(CORE)};
export default {...core, sources: ${JSON.stringify(dataset().sources)}};`;
      }
      return null;
    },
  };
}
