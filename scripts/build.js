// npm run build: the bundled dataset's parts, the npm modules and .d.ts files with tsc, then the CDN bundle with rollup.
import {execSync} from 'node:child_process';
import {copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {transform} from 'esbuild';

const run = (command) => execSync(command, {stdio: 'inherit'});
// The bundled dataset's parts (src/data/bundled/), from data/landscape.json.
run('node scripts/bundled-data.js');
// The version the elements and the CDN bundle compare with another copy on the page: package.json's.
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const versionModule = readFileSync('src/version.ts', 'utf8');
const VERSION_LINE = /^export const VERSION = '[^']*';$/m;
if (!VERSION_LINE.test(versionModule)) throw new Error('src/version.ts has no line `export const VERSION = \'…\';` to write the version in.');
const withVersion = versionModule.replace(VERSION_LINE, `export const VERSION = '${version}';`);
if (withVersion !== versionModule) writeFileSync('src/version.ts', withVersion);
rmSync('dist', {recursive: true, force: true});
run('npx tsc -p tsconfig.build.json');
run('npx rollup -c rollup.config.js');
// The optional stylesheet line of the CDN snippet (see the file), minified: the browser waits for it
// before it paints what follows it.
const stylesheet = await transform(readFileSync('src/scholingsfactoren.css', 'utf8'), {loader: 'css', minify: true});
writeFileSync('dist/cdn/scholingsfactoren.css', stylesheet.code);
// The Amsterdam theme's mapping of its --ams-* tokens onto our --sf-* properties, for sites to load or copy.
mkdirSync('dist/themes', {recursive: true});
copyFileSync('src/themes/amsterdam.css', 'dist/themes/amsterdam.css');
// custom-elements.json ships in the package: Storybook, IDEs and linters read it.
run('npm run --silent manifest');
run('node scripts/build-embed.js'); // embed.html, embed.js and builder.html beside the CDN bundle, for CMSes without script lines
run('node scripts/build-wordpress.js'); // the WordPress plugin, with the CDN build in it: dist/wordpress/scholingsfactoren.zip
