// The pages for CMSes that take no script line (docs/api.md, "Embedding without a script line"), beside the
// CDN bundle: embed.html, a page per common choice (embed/<kind>/<actor>.html, src/embed/embed-choices.ts),
// their script embed-app.js, embed.js for the page around their iframes, and builder.html, which hands
// editors the snippets. The elements in the pages are rendered by scholingsfactoren/ssr from the same
// minified templates as embed-app.js, which hydration needs: the server's markup and the browser's
// templates must be the same strings.
// Runs after tsc (scripts/build.js): the scripts come from dist/embed/, which is removed at the end with
// the server build, so the npm modules stay what they were.
import {execSync} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {gzipSync} from 'node:zlib';
import {transform} from 'esbuild';

const {validateDataset, bundledDataset} = await import('../dist/data/index.js');
const {builderPageHtml} = await import('../dist/embed/pages/builder-page-html.js');
const {embedPageHtml} = await import('../dist/embed/pages/embed-page-html.js');
const {WRITTEN_CHOICES, writtenPagePath, writtenSettings} = await import('../dist/embed/embed-choices.js');
const {embedElements} = await import('../dist/embed/embed-elements.js');
const {frameTitle} = await import('../dist/embed/builder/snippets.js');

const checked = validateDataset(JSON.parse(readFileSync('data/landscape.json', 'utf8')));
if (!checked.ok) throw new Error(`data/landscape.json is invalid:\n${checked.errors.map((error) => error.message).join('\n')}`);
writeFileSync('dist/cdn/builder.html', builderPageHtml(checked.dataset));

// The stylesheets minified, as the CDN's stylesheet line.
for (const name of ['embed.css', 'builder.css']) {
  const {code} = await transform(readFileSync(`src/embed/${name}`, 'utf8'), {loader: 'css', minify: true});
  writeFileSync(`dist/cdn/${name}`, code);
}

// embed-app.js with its chunks, embed.js, the builder, and the server rendering for the pages below.
execSync('npx rollup -c rollup.embed.config.js', {stdio: 'inherit'});
const {renderElement, elementStylesheet, ELEMENT_TAGS} = await import('../dist/embed-ssr/ssr.js');

// Each element's styles as a file: the rendered elements link them (a strict CSP forbids inline styles).
const stylesheetOf = (tag) => `styles/${tag}.css`;
mkdirSync('dist/cdn/styles', {recursive: true});
for (const tag of ELEMENT_TAGS) writeFileSync(`dist/cdn/${stylesheetOf(tag)}`, elementStylesheet(tag));

/** The elements of `settings` as the server renders them, linking their stylesheets from `base`. */
async function renderedElements(settings, base) {
  const specs = embedElements(settings);
  const parts = await Promise.all(specs.map(({tag, attributes}) =>
    renderElement(tag, {attributes: Object.fromEntries(attributes), styles: {href: (name) => `${base}${stylesheetOf(name)}`}})));
  return {elements: parts.join('\n'), stylesheets: [...new Set(specs.map(({tag}) => stylesheetOf(tag)))]};
}

// embed.html: the elements its address asks for come from its script; a reader without JavaScript gets
// every factor, and is told that a choice in the address cannot apply.
const all = writtenSettings({kind: null, actor: null});
writeFileSync('dist/cdn/embed.html', embedPageHtml({
  title: bundledDataset.title, base: '', ...(await renderedElements(all, '')),
  noScriptNotice: `Zonder JavaScript toont deze pagina alle ${bundledDataset.factors.length} factoren: een keuze in het adres ` +
    '(zoals werkgever of belemmerend) is niet toegepast.',
}));

let writtenBytes = 0;
for (const choice of WRITTEN_CHOICES) {
  const path = `dist/cdn/${writtenPagePath(choice)}`;
  const base = '../../';
  const settings = writtenSettings(choice);
  mkdirSync(dirname(path), {recursive: true});
  writeFileSync(path, embedPageHtml({title: frameTitle(settings, new Map()), base, rendered: settings,
    ...(await renderedElements(settings, base))}));
  writtenBytes += statSync(path).size;
}
const gzipped = WRITTEN_CHOICES.reduce((sum, choice) => sum + gzipSync(readFileSync(`dist/cdn/${writtenPagePath(choice)}`), {level: 9}).length, 0);
console.log(`${WRITTEN_CHOICES.length} embed pages written per choice: ${(writtenBytes / 1024).toFixed(0)} kB, ${(gzipped / 1024).toFixed(0)} kB gzip`);

rmSync('dist/embed', {recursive: true, force: true});
rmSync('dist/embed-ssr', {recursive: true, force: true});
