// What `npm install scholingsfactoren` gets: exactly the built modules, their types, the CDN bundle, the
// dataset with its schema, the manifest, README and LICENSE; nothing from src/, test/ or stories/.
// Needs `npm run build` first (npm test builds before it runs this).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'}));
const files = new Set(packed.files.map((file) => file.path));
const list = [...files];

test('ships the package files and the dataset', () => {
  for (const path of ['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'data/landscape.json', 'data/landscape.schema.json']) {
    assert.ok(files.has(path), `${path} is in the package`);
  }
});

test('ships only what users run or read', () => {
  const allowed = /^(package\.json|README\.md|LICENSE|custom-elements\.json|data\/landscape(\.schema)?\.json|dist\/.+\.(js|d\.ts|js\.map)|dist\/cdn\/scholingsfactoren\.css|dist\/cdn\/(embed|builder)\.(html|css)|dist\/cdn\/embed\/[a-z]+\/[a-z]+\.html|dist\/cdn\/styles\/[\w-]+\.css|dist\/themes\/[\w-]+\.css|dist\/data\/bundled\/(table|references|texts|texts\.en)\.json|dist\/wordpress\/scholingsfactoren\.zip|dist\/frameworks\/(vscode\.(html|css)-custom-data|web-types)\.json)$/;
  assert.deepEqual(list.filter((path) => !allowed.test(path)), [], 'no other files');
  assert.deepEqual(list.filter((path) => /(^|\/)(src|test|stories|bench|scripts|node_modules|storybook-static)\//.test(path) || /\.test\./.test(path)), []);
});

test('every export, types included, points at a shipped file', () => {
  const targets = Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  for (const target of [...targets, manifest.main, manifest.types]) {
    assert.ok(files.has(target.replace(/^\.\//, '')), `${target} is in the package`);
  }
});

test('every module has its types, and the CDN bundle its source map', () => {
  const modules = list.filter((path) => path.endsWith('.js') && !path.startsWith('dist/cdn/'));
  assert.ok(modules.length > 20, 'the unbundled modules are there');
  assert.deepEqual(modules.filter((path) => !files.has(path.replace(/\.js$/, '.d.ts'))), [], 'a .d.ts beside each module');
  assert.ok(files.has('dist/cdn/scholingsfactoren.js') && files.has('dist/cdn/scholingsfactoren.js.map'));
  assert.ok(files.has('dist/cdn/scholingsfactoren.css'), 'the optional stylesheet line of the CDN snippet');
  assert.ok(list.some((path) => /^dist\/cdn\/barrier-heatmap-[\w-]+\.js$/.test(path)), 'the heatmap chunk beside the bundle');
});

test('ships the embed pages beside the CDN bundle, and not the modules they are built from', () => {
  for (const path of ['embed.html', 'embed/inhiberend/werkgever.html', 'embed.css', 'embed-app.js', 'styles/factor-table.css', 'embed.js', 'builder.html', 'builder.css', 'builder.js']) {
    assert.ok(files.has(`dist/cdn/${path}`), `dist/cdn/${path} is in the package`);
  }
  assert.deepEqual(list.filter((path) => path.startsWith('dist/embed/')), [], 'dist/embed/ is a build step, not a module');
});

test('sideEffects names only registering modules that exist', () => {
  const shipped = manifest.sideEffects.filter((pattern) => pattern.startsWith('./dist/'));
  for (const pattern of shipped) {
    const matcher = new RegExp(`^${pattern.slice(2).replace(/\./g, '\\.').replace(/\*/g, '[^/]+')}$`);
    assert.ok(list.some((path) => matcher.test(path)), `${pattern} matches a shipped file`);
  }
  // The data API must stay free of side effects, so bundlers can drop what a page does not use.
  assert.ok(!shipped.some((pattern) => pattern.includes('/data/')), 'no data module is marked as having side effects');
});

test('the version the library compares on a page with two copies is the package version, written by the build', () => {
  // src/version.ts, which the build writes from package.json, is what the CDN bundle's claim and every registration read.
  for (const file of ['src/version.ts', 'dist/version.js']) {
    assert.match(readFileSync(file, 'utf8'), new RegExp(`^export const VERSION = '${manifest.version.replaceAll('.', '\\.')}';$`, 'm'), file);
  }
  assert.match(readFileSync('dist/elements/define.js', 'utf8'), /from '\.\.\/version\.js'/, 'registrations read it');
  const bundle = readFileSync('dist/cdn/scholingsfactoren.js', 'utf8');
  assert.equal(bundle.split(`"${manifest.version}"`).length - 1, 1, 'the CDN bundle says it once, in its claim');
});
