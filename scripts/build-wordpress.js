// The WordPress plugin (wordpress/), built into dist/wordpress/scholingsfactoren.zip: its PHP, the block
// editor's script (@wordpress/scripts), the Dutch translation compiled for PHP and for the editor, the
// publications the block offers, and the CDN build it serves from the site itself, in a folder named
// after the version (cdn/<version>/): a plugin update changes every address, so no browser keeps an old file.
// Runs after the CDN build (scripts/build.js), from the repository's root.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, relative} from 'node:path';
import {factorsCitingSource} from '../dist/data/sources.js';
import {dutchCollator} from '../dist/data/text.js';
import {jedJson, keyOf, parsePo, translatedStrings, writeMo} from './gettext.js';
import {zip} from './zip.js';

const SOURCE = 'wordpress';
const OUTPUT = 'dist/wordpress/scholingsfactoren.zip';
/** The folder the archive unpacks to: wp-content/plugins/<this>. */
const FOLDER = 'scholingsfactoren';
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));

/** The files of a folder, recursively, as paths relative to it. */
const filesIn = (folder) => readdirSync(folder, {recursive: true}).map(String)
  .filter((path) => statSync(join(folder, path)).isFile()).sort();

/** path in the archive → contents */
const files = new Map();

// The PHP, the readme, block.json, the stylesheet and the translations' source; not the editor script's source.
for (const path of filesIn(SOURCE)) {
  if (/^block\/(src\/|webpack\.config)|^phpcs\.xml/.test(path)) continue;
  files.set(path, readFileSync(join(SOURCE, path)));
}

// The publications, in the builder's order (src/embed/pages/builder-page-html.ts): the block offers them,
// the PHP checks source ids against them and writes a frame's title with their labels.
const dataset = JSON.parse(readFileSync('data/landscape.json', 'utf8'));
const sources = [...dataset.sources]
  .sort((a, b) => dutchCollator.compare(a.citation, b.citation) || a.year - b.year || dutchCollator.compare(a.title, b.title))
  .map((source) => ({id: source.id, label: source.citation, title: source.title, factors: factorsCitingSource(dataset, source.id).length}));
const sourcesJson = `${JSON.stringify(sources, null, '\t')}\n`;
files.set('data/sources.json', Buffer.from(sourcesJson));

// The block editor's script, and index.asset.php with the WordPress scripts it needs.
const scratch = mkdtempSync(join(tmpdir(), 'scholingsfactoren-wordpress-'));
try {
  writeFileSync(join(scratch, 'sources.json'), sourcesJson);
  execFileSync('npx', ['wp-scripts', 'build', '--config', `${SOURCE}/block/webpack.config.mjs`], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {...process.env, SF_BLOCK_OUTPUT: join(scratch, 'build'), SF_BLOCK_SOURCES: join(scratch, 'sources.json')},
  });
  for (const path of filesIn(join(scratch, 'build'))) files.set(`block/build/${path}`, readFileSync(join(scratch, 'build', path)));
} finally {
  rmSync(scratch, {recursive: true, force: true});
}

// The translations: a .mo for PHP, and for the editor's script the JSON that wp_set_script_translations
// finds by its handle (includes/class-scholingsfactoren-block.php).
const editorStrings = new Set(translatedStrings(readFileSync(`${SOURCE}/block/src/index.js`, 'utf8')).map(keyOf));
for (const path of filesIn(`${SOURCE}/languages`).filter((name) => name.endsWith('.po'))) {
  const locale = /-(\w+)\.po$/.exec(path)[1];
  const entries = parsePo(readFileSync(join(SOURCE, 'languages', path), 'utf8'));
  files.set(`languages/${path.replace(/\.po$/, '.mo')}`, writeMo(entries));
  files.set(`languages/scholingsfactoren-${locale}-scholingsfactoren-block-editor.json`, Buffer.from(jedJson(entries, editorStrings, locale)));
}

// The CDN build, served from the site: what readers load. Not the builder (an app for editors of other
// CMSes), nor the source maps (readers never need them; the npm package has them).
for (const path of filesIn('dist/cdn')) {
  if (path.endsWith('.map') || /^builder\./.test(path)) continue;
  files.set(`cdn/${version}/${path}`, readFileSync(join('dist/cdn', path)));
}

const entries = [...files].sort(([a], [b]) => a.localeCompare(b)).map(([path, data]) => ({name: `${FOLDER}/${path}`, data}));
mkdirSync(dirname(OUTPUT), {recursive: true});
writeFileSync(OUTPUT, zip(entries));
const size = statSync(OUTPUT).size;
console.log(`${relative('.', OUTPUT)}: ${entries.length} files, ${(size / 1000).toFixed(1)} kB`);
