// npm run demo: the CDN bundle on a fictional gemeente page (demo/index.html) whose CMS theme has hostile
// global CSS, served over http (module scripts and fetch do not work from file://).
//
// It builds first when dist/cdn/scholingsfactoren.js is missing or older than the code it is built from,
// so the demo never shows a stale bundle; otherwise it starts at once (a build takes a while, and
// `npm run build` empties dist/, which other tools may be reading). `--build` always builds.
import {execSync} from 'node:child_process';
import {existsSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {startStaticServer} from './static-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist/cdn/scholingsfactoren.js');
/** What the bundle is built from: if any of it is newer than the bundle, the bundle is stale. */
const INPUTS = ['src', 'data/landscape.json', 'rollup.config.js', 'tsconfig.build.json', 'scripts/build.js',
  'scripts/bundled-data.js', 'package.json'];

/** The newest modification time of a file or of the files under a directory, in ms (0 if absent). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function whyBuild() {
  if (process.argv.includes('--build')) return 'gevraagd met --build / requested with --build';
  if (!existsSync(bundle)) return 'dist/cdn/scholingsfactoren.js ontbreekt / is missing';
  const inputs = Math.max(...INPUTS.map((input) => newest(join(root, input))));
  if (inputs > statSync(bundle).mtimeMs) return 'de code is nieuwer dan de bundel / the code is newer than the bundle';
  return undefined;
}

const reason = whyBuild();
if (reason) {
  console.log(`Bouwen (npm run build): ${reason}\n`);
  try {
    execSync('npm run build', {cwd: root, stdio: 'inherit'});
  } catch {
    console.error('\nDe build is mislukt; zie de meldingen hierboven. / The build failed; see the messages above.');
    process.exit(1);
  }
}

const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT="${process.env.PORT}" is geen geldig poortnummer. / PORT is not a valid port number.`);
  process.exit(1);
}

let server;
try {
  server = await startStaticServer({root, port, index: '/demo/index.html'});
} catch (error) {
  if (error?.code !== 'EADDRINUSE') throw error;
  console.error(`Poort ${port} is al in gebruik. Kies een andere, bijvoorbeeld: PORT=8081 npm run demo\n` +
    `Port ${port} is already in use. Choose another one, for example: PORT=8081 npm run demo`);
  process.exit(1);
}
console.log([
  '',
  `  Demo "Gemeente Voorbeeldstad": ${server.url}`,
  '',
  '  NL: open dit adres in je browser. De pagina laadt de CDN-bundel met één scriptregel,',
  '      in een CMS-thema met vijandige globale CSS. Stoppen: Ctrl+C.',
  '  EN: open this address in your browser. The page loads the CDN bundle with one script line,',
  '      inside a CMS theme with hostile global CSS. Stop: Ctrl+C.',
  '',
].join('\n'));

const stop = () => {
  // An open browser tab may hold a connection: do not wait for it longer than a moment.
  setTimeout(() => process.exit(0), 1000).unref();
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
