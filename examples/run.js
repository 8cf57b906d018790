// npm run test:examples: the packed package (`npm pack`) installed into apps as a developer makes them,
// each type-checked strictly and built, with no declaration file of its own for the elements:
//   react-vite/  React 19 + Vite, the tags straight in JSX (types: scholingsfactoren/jsx)
//   vue/         Vue 3 + vue-tsc with strictTemplates (types: scholingsfactoren/vue)
//   next/        Next.js App Router, a static export hydrated in the browser, with scholingsfactoren/react
//   angular/     Angular's compiler (ngc) with strictTemplates and CUSTOM_ELEMENTS_SCHEMA, bundled by Vite
//   node-ssr/    plain Node: a page rendered with scholingsfactoren/ssr, its hydrating script bundled by esbuild
// test/examples/ then opens the React and Next.js builds and the server-rendered pages (next/ /server,
// node-ssr/) in the browser. Needs `npm run build` first.
//
// The apps are built in a folder outside the repository: there nothing resolves from the repository's
// own node_modules, so a dependency missing from the package, or a type that only the repository has,
// fails here as it would for a developer. One install serves every app (examples/package.json and its
// lockfile); the packed package is added to it without saving, since its contents change with each build
// and a lockfile would pin their hash. What the browser tests open is copied back (examples/*/dist, out).
//   node examples/run.js            every app, then the JavaScript each page loads
//   node examples/run.js vue next   only these apps
//   SF_EXAMPLES_JOBS=1 node examples/run.js   one app at a time
import {execFileSync, spawn} from 'node:child_process';
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
// One folder per checkout, kept between runs so that the install only adds what changed.
const WORK = process.env.SF_EXAMPLES_DIR ?? join(tmpdir(), `scholingsfactoren-examples-${createHash('sha256').update(ROOT).digest('hex').slice(0, 8)}`);
const bin = (name) => (name === 'node' ? process.execPath : join(WORK, 'node_modules', '.bin', name));

/**
 * Each app: how it is type-checked and built, what of it the browser tests open, its pages, and its
 * weight (CPU seconds on this project's CI machine, roughly), which decides the order of the builds.
 */
const APPS = {
  'react-vite': {
    steps: [['tsc', '-p', 'react-vite'], ['vite', 'build', 'react-vite', '--logLevel', 'warn']],
    output: 'dist',
    pages: {alles: 'index.html', tabel: 'tabel.html'},
    weight: 6,
  },
  vue: {
    steps: [['vue-tsc', '-p', 'vue'], ['vite', 'build', 'vue', '--logLevel', 'warn']],
    output: 'dist',
    pages: {alles: 'index.html', tabel: 'tabel.html'},
    weight: 10,
  },
  // `next build` type-checks with the app's tsconfig before it builds.
  next: {
    steps: [['next', 'build', 'next']],
    output: 'out',
    pages: {alles: 'index.html', tabel: 'tabel.html', server: 'server.html'},
    weight: 16,
  },
  angular: {
    steps: [['ngc', '-p', 'angular/tsconfig.json'], ['vite', 'build', 'angular', '--logLevel', 'warn']],
    output: 'dist',
    pages: {alles: 'index.html'},
    weight: 9,
  },
  // Plain JavaScript, checked by tsc as a developer's editor would (checkJs, strict).
  'node-ssr': {
    steps: [
      ['tsc', '-p', 'node-ssr'],
      ['node', 'node-ssr/render.js'],
      ['esbuild', 'node-ssr/client.js', '--bundle', '--format=esm', '--minify', '--outfile=node-ssr/dist/client.js', '--log-level=warning'],
    ],
    output: 'dist',
    pages: {server: 'index.html'},
    weight: 8,
  },
};
/** What is built, not written: never copied into the work folder. */
const BUILT = new Set(['dist', 'out', '.next', 'out-tsc', 'node_modules', 'next-env.d.ts']);

const chosen = process.argv.slice(2);
const apps = chosen.length > 0 ? chosen : Object.keys(APPS);
for (const app of apps) if (!APPS[app]) throw new Error(`unknown app ${app}: ${Object.keys(APPS).join(', ')}`);

const timings = [];
function timed(what, action) {
  const start = performance.now();
  action();
  timings.push(`${what} ${((performance.now() - start) / 1000).toFixed(1)}`);
}
function run(command, args, cwd = WORK) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  execFileSync(command, args, {cwd, stdio: 'inherit', env: {...process.env, NEXT_TELEMETRY_DISABLED: '1'}});
}

console.log(`The apps are built in ${WORK}`);
mkdirSync(WORK, {recursive: true});
let tarball;
timed('npm pack', () => {
  const packDir = join(WORK, '.pack');
  rmSync(packDir, {recursive: true, force: true});
  mkdirSync(packDir);
  execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', packDir], {cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit']});
  tarball = join(packDir, readdirSync(packDir).find((name) => name.endsWith('.tgz')));
});

timed('install', () => {
  for (const file of ['package.json', 'package-lock.json']) cpSync(join(HERE, file), join(WORK, file));
  // `npm install` with a tarball also installs exactly what the lockfile lists, as `npm ci` would.
  run('npm', ['install', '--no-save', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel', 'error', tarball]);
});

/** Runs a command, keeping its output to print as one block: two apps build at once. */
function runQuietly(command, args, output) {
  output.push(`$ ${[command, ...args].join(' ')}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd: WORK, env: {...process.env, NEXT_TELEMETRY_DISABLED: '1'}});
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

async function buildApp(app) {
  const {steps, output} = APPS[app];
  const log = [];
  const start = performance.now();
  try {
    rmSync(join(WORK, app), {recursive: true, force: true});
    cpSync(join(HERE, app), join(WORK, app), {recursive: true, filter: (source) => !BUILT.has(source.split(/[/\\]/).pop())});
    for (const [command, ...args] of steps) await runQuietly(bin(command), args, log);
    rmSync(join(HERE, app, output), {recursive: true, force: true});
    cpSync(join(WORK, app, output), join(HERE, app, output), {recursive: true});
  } finally {
    console.log(`\n== ${app}\n${log.join('').trimEnd()}`);
  }
  timings.push(`${app} ${((performance.now() - start) / 1000).toFixed(1)}`);
}

// Two apps at a time (SF_EXAMPLES_JOBS), the heaviest first: the type checkers and ngc use one core
// each, so on CI's two cores the apps take about the time of the heaviest two, not of all four.
const JOBS = Number(process.env.SF_EXAMPLES_JOBS ?? 2);
const queue = [...apps].sort((a, b) => APPS[b].weight - APPS[a].weight);
const failures = [];
const buildStart = performance.now();
await Promise.all(Array.from({length: JOBS}, async () => {
  for (let app = queue.shift(); app; app = queue.shift()) {
    await buildApp(app).catch((error) => failures.push(`${app}: ${error.message}`));
  }
}));
timings.push(`all apps ${((performance.now() - buildStart) / 1000).toFixed(1)}`);
if (failures.length > 0) {
  console.error(`\nFailed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(`\nSeconds: ${timings.join(', ')}`);

/** What a built page loads before anyone interacts: its scripts and module preloads, gzip -9. */
function pageWeight(app, page) {
  const folder = join(HERE, app, APPS[app].output);
  const html = readFileSync(join(folder, page), 'utf8');
  // Not the scripts for browsers without modules (Next.js's polyfills): no supported browser loads them.
  const urls = [...html.matchAll(/<script(?![^>]*nomodule)[^>]*\ssrc="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*rel="modulepreload"/gi)]
    .map((match) => match[1] ?? match[2] ?? match[3]);
  const files = new Set(urls.map((url) => join(url.startsWith('/') ? folder : dirname(join(folder, page)), url)));
  for (const file of files) if (!existsSync(file)) throw new Error(`${app}/${page} loads ${file}, which is not there`);
  return [...files].reduce((sum, file) => sum + gzipSync(readFileSync(file), {level: 9}).length, 0);
}

console.log('\nJavaScript a page loads before anyone interacts (gzip -9):');
for (const app of apps) {
  for (const [name, page] of Object.entries(APPS[app].pages)) {
    console.log(`  ${app.padEnd(11)} ${name.padEnd(6)} ${String(pageWeight(app, page)).padStart(7)} B`);
  }
}
