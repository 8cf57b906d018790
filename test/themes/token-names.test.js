// Every NL Design System token our code falls back to must be one a published theme package defines:
// a name no theme sets is a fallback that never happens (as `--utrecht-table-row-border-bottom-color` was).
// Reads the packages' own CSS from node_modules, as installed by `npm ci`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';

/** The theme packages the library is checked against (devDependencies, also Storybook's toolbar themes). */
const THEME_PACKAGES = [
  '@utrecht/design-tokens',
  '@rijkshuisstijl-community/design-tokens',
  '@gemeente-denhaag/design-tokens-components',
  '@amsterdam/design-system-tokens',
];
/** Where our code and docs name tokens. */
const OUR_FILES = ['src', 'stories', '.storybook', 'README.md'];

function filesUnder(path, keep) {
  if (!statSync(path).isDirectory()) return keep(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name), keep));
}

/** Custom property names a stylesheet sets (`--name:`), not those it only reads (`var(--name)`). */
const declaredIn = (css) => [...css.matchAll(/(--[\w-]+)\s*:/g)].map(([, name]) => name);
const TOKEN = /--(?:utrecht|basis)-[\w-]*[\w]/g;

const defined = new Map(THEME_PACKAGES.map((name) => {
  const css = filesUnder(join('node_modules', name, 'dist'), (path) => path.endsWith('.css'));
  return [name, new Set(css.flatMap((path) => declaredIn(readFileSync(path, 'utf8'))))];
}));
const definedAnywhere = new Set([...defined.values()].flatMap((names) => [...names]));

const ourFiles = OUR_FILES.flatMap((path) => filesUnder(path, (file) => /\.(ts|js|mjs|css|mdx|md)$/.test(file)));
const uses = ourFiles.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(TOKEN)].map(([name]) => ({file, name})));

test('the theme packages are installed and define the tokens we read', () => {
  for (const [name, names] of defined) assert.ok(names.size > 500, `${name} defines its tokens in dist/*.css (npm ci)`);
});

test('every --utrecht-* and --basis-* name in our code and docs is defined by a theme package', () => {
  assert.ok(uses.some(({file}) => file.endsWith('shared.styles.ts')), 'the elements\' fallbacks are among what is checked');
  const unknown = uses.filter(({name}) => !definedAnywhere.has(name)).map(({file, name}) => `${file}: ${name}`);
  assert.deepEqual([...new Set(unknown)], [], 'names no theme package defines');
});

test('the NL Design System tokens of the theming contract (docs/api.md) are defined by Utrecht and Rijkshuisstijl', () => {
  const contract = ['--utrecht-document-font-family', '--utrecht-document-color', '--utrecht-document-background-color',
    '--utrecht-link-color', '--utrecht-focus-outline-color', '--utrecht-table-row-border-block-end-color'];
  for (const name of ['@utrecht/design-tokens', '@rijkshuisstijl-community/design-tokens']) {
    assert.deepEqual(contract.filter((token) => !defined.get(name).has(token)), [], `${name} defines them all`);
  }
  const inSharedStyles = readFileSync('src/elements/shared.styles.ts', 'utf8');
  assert.deepEqual(contract.filter((token) => !inSharedStyles.includes(`var(${token}`)), [], 'the elements fall back to each of them');
});
