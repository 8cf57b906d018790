// A rollup plugin for the CDN build: each module of src/data that imports data/landscape.json gets only
// the fields it reads. The elements start from the factors and the publications' citations
// (bundled-without-texts.ts); the publications' texts (bundled-texts.ts) come with the citation card.
// Without this, both chunks would carry the whole file. What each module computes is the same either way.
import {readFileSync} from 'node:fs';

const PARTS = {
  'bundled-without-texts': ({title, language, factors, sources}) =>
    ({title, language, factors, sources: sources.map(({id, citation}) => ({id, citation}))}),
  'bundled-texts': ({sources}) => ({sources}),
};
const PREFIX = '\0landscape-part:';

const partOf = (source, importer) => {
  if (!/(^|[/\\])data[/\\]landscape\.json$/.test(source)) return undefined;
  const name = /[/\\]data[/\\]([\w-]+)\.js$/.exec(importer ?? '')?.[1];
  return name && name in PARTS ? name : undefined;
};

/** @param {{file: string}} options the dataset file */
export function datasetParts({file}) {
  return {
    name: 'dataset-parts',
    resolveId(source, importer) {
      if (source.startsWith(PREFIX)) return source;
      const part = partOf(source, importer);
      return part ? PREFIX + part : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      this.addWatchFile(file);
      const part = PARTS[id.slice(PREFIX.length)](JSON.parse(readFileSync(file, 'utf8')));
      return `export default ${JSON.stringify(part)};`;
    },
  };
}
