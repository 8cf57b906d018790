// npm run test:screen-reader: a real screen reader reads the CMS page. Orca walks the page (walk.js) in
// Chromium and in Firefox ESR, each under a virtual display (session.js); what Orca said is kept per
// browser in test-results/screen-reader/<browser>.txt for a reviewer to read, and the phrases that matter
// are checked (expectations.js). Run `npm run build` first: the page loads the CDN build.
//
// Needs Debian's orca, speech-dispatcher, at-spi2-core, dbus, xvfb, xauth and xdotool (.ci/run installs
// them). Without them it says what is missing and stops; with SF_REQUIRE_ENGINES=all (CI) that is a failure.
import {spawn, spawnSync} from 'node:child_process';
import {createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expectationsFor} from './expectations.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, 'test-results', 'screen-reader');
const BROWSERS = (process.env.SF_SCREEN_READER_BROWSERS ?? 'chromium,firefox').split(',');

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const TOOLS = {
  orca: 'orca', 'speech-dispatcher': 'speech-dispatcher', 'xvfb-run': 'xvfb', xauth: 'xauth', 'dbus-run-session': 'dbus',
  xdotool: 'xdotool', gsettings: 'libglib2.0-bin', gdbus: 'libglib2.0-bin', '/usr/libexec/at-spi-bus-launcher': 'at-spi2-core',
};
const BROWSER_COMMANDS = {chromium: process.env.CHROME_PATH ?? 'chromium', firefox: process.env.FIREFOX_PATH ?? 'firefox-esr'};
const missing = [...new Set(Object.entries(TOOLS).filter(([command]) => !(command.startsWith('/') ? existsSync(command) : has(command))).map(([, pkg]) => pkg))];
if (spawnSync('python3', ['-c', 'import pyatspi']).status !== 0 && spawnSync('/usr/bin/python3', ['-c', 'import pyatspi']).status !== 0) missing.push('python3-pyatspi');
for (const browser of BROWSERS) if (!has(BROWSER_COMMANDS[browser])) missing.push(browser === 'chromium' ? 'chromium' : 'firefox-esr');
if (missing.length > 0) {
  const message = `The screen-reader test needs: apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.env.SF_REQUIRE_ENGINES === 'all') {
    console.error(message);
    process.exit(1);
  }
  console.log(`${message}\nSkipped: Orca did not read the page on this machine.`);
  process.exit(0);
}
if (!existsSync(join(ROOT, 'dist', 'cdn', 'scholingsfactoren.js'))) {
  console.error('dist/cdn/ is missing: run `npm run build` first.');
  process.exit(1);
}

// The page and the CDN build, from the repository, as a web server serves them.
const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json'};
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(ROOT, path);
  if (!file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'});
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/test/screen-reader/cms-page.html`;
mkdirSync(OUT, {recursive: true});

/** One walk in `browser`, in a display and D-Bus session of its own; resolves to its steps with what was said. */
function walk(browser) {
  return new Promise((resolve, reject) => {
    const child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'dbus-run-session', '--', process.execPath,
      fileURLToPath(new URL('session.js', import.meta.url)), browser, url, OUT], {stdio: ['ignore', 'ignore', 'pipe']});
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), 180000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const steps = join(OUT, `${browser}-steps.json`);
      if (code === 0 && existsSync(steps)) resolve(JSON.parse(readFileSync(steps, 'utf8')));
      else reject(new Error(`${browser}: the walk stopped (exit code ${code})\n${errors.split('\n').filter((line) => /Error|error:/.test(line)).slice(-5).join('\n')}`));
    });
  });
}

/** What a reviewer reads: each step, its keys, and what Orca said, line by line. */
const transcript = (browser, steps) => [`What Orca said on ${url.replace(/^http:\/\/[^/]+/, '')} in ${browser}, step by step.`, '',
  ...steps.flatMap((step, i) => [`${i + 1}. ${step.what} [${step.keys.join(' ')}]`, ...step.said.map((line) => `     ${line}`), ''])].join('\n');

// Both browsers at once, each with its own display, D-Bus session, Orca and speech file: most of a walk
// is waiting for Orca to finish speaking.
const started = Date.now();
const results = await Promise.allSettled(BROWSERS.map((browser) => walk(browser)));
server.close();
let failed = false;
for (const [i, result] of results.entries()) {
  const browser = BROWSERS[i];
  if (result.status === 'rejected') {
    console.error(String(result.reason?.message ?? result.reason));
    failed = true;
    continue;
  }
  const steps = result.value;
  writeFileSync(join(OUT, `${browser}.txt`), transcript(browser, steps));
  const checks = expectationsFor(browser);
  const problems = checks.flatMap((check) => check(steps));
  console.log(`${browser}: what Orca said is in test-results/screen-reader/${browser}.txt`);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  if (problems.length === 0) console.log(`  ✓ every phrase that matters was said (${checks.length} checks)`);
  failed ||= problems.length > 0;
}
console.log(`The screen reader's walks took ${Math.round((Date.now() - started) / 1000)} s.`);
process.exit(failed ? 1 : 0);
