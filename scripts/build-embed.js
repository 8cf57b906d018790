// The pages for CMSes that take no script line (API.md, "Embedding without a script line"), beside the
// CDN bundle: dist/cdn/embed.html with every factor of data/landscape.json written in as a plain table,
// embed.js for the page around its iframes, and builder.html, which hands editors the snippets.
// Runs after tsc (scripts/build.js): the page writers and scripts come from dist/embed/, which is
// removed at the end, so the npm modules stay what they were.
import {execSync} from 'node:child_process';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {transform} from 'esbuild';

const {validateDataset} = await import('../dist/data/index.js');
const {embedPageHtml} = await import('../dist/embed/pages/embed-page-html.js');
const {builderPageHtml} = await import('../dist/embed/pages/builder-page-html.js');

const checked = validateDataset(JSON.parse(readFileSync('data/landscape.json', 'utf8')));
if (!checked.ok) throw new Error(`data/landscape.json is invalid:\n${checked.errors.map((error) => error.message).join('\n')}`);
writeFileSync('dist/cdn/embed.html', embedPageHtml(checked.dataset));
writeFileSync('dist/cdn/builder.html', builderPageHtml(checked.dataset));

// The stylesheets minified, as the CDN's stylesheet line.
for (const name of ['embed.css', 'builder.css']) {
  const {code} = await transform(readFileSync(`src/embed/${name}`, 'utf8'), {loader: 'css', minify: true});
  writeFileSync(`dist/cdn/${name}`, code);
}

execSync('npx rollup -c rollup.embed.config.js', {stdio: 'inherit'});
rmSync('dist/embed', {recursive: true, force: true});
