// npm run test:screen-reader: a real screen reader reads the CMS page. Orca walks the page (walk.js) in
// Chromium and in Firefox ESR, each under a virtual display (session.js); what Orca said is kept per
// browser in test-results/screen-reader/<browser>.txt for a reviewer to read, and the phrases that matter
// are checked (expectations.js). Run `npm run build` first: the page loads the CDN build.
//
// Needs Debian's orca, speech-dispatcher, at-spi2-core, dbus, xvfb, xauth, xdotool, python3-pyatspi and
// libglib2.0-bin (.ci/run installs them). Without them it says what is missing and stops; with
// SF_REQUIRE_ENGINES=all (CI) that is a failure.
// SF_SCREEN_READER_BROWSERS=firefox walks one browser only; CHROME_PATH and FIREFOX_PATH pick the
// browsers' binaries; SF_ORCA_DEBUG=1 keeps Orca's own log next to the transcripts.
import {spawn, spawnSync} from 'node:child_process';
import {createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expectationsFor} from './expectations.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, 'test-results', 'screen-reader');
const BROWSERS = (process.env.SF_SCREEN_READER_BROWSERS ?? 'chromium,firefox').split(',');
const BROWSER_COMMANDS = {chromium: process.env.CHROME_PATH ?? 'chromium', firefox: process.env.FIREFOX_PATH ?? 'firefox-esr'};

// What the walk needs, by the Debian package it comes in.
const has = (command) => (command.startsWith('/') ? existsSync(command) : spawnSync('sh', ['-c', `command -v "${command}"`]).status === 0);
const NEEDS = [
  ['orca', 'orca'], ['speech-dispatcher', 'speech-dispatcher'], ['/usr/lib/speech-dispatcher-modules/sd_generic', 'speech-dispatcher'],
  ['xvfb-run', 'xvfb'], ['xauth', 'xauth'], ['dbus-run-session', 'dbus'], ['xdotool', 'xdotool'],
  ['gsettings', 'libglib2.0-bin'], ['gdbus', 'libglib2.0-bin'], ['/usr/libexec/at-spi-bus-launcher', 'at-spi2-core'],
  ...BROWSERS.map((browser) => [BROWSER_COMMANDS[browser], browser === 'chromium' ? 'chromium' : 'firefox-esr']),
];
const missing = new Set(NEEDS.filter(([command]) => !has(command)).map(([, pkg]) => pkg));
if (spawnSync('/usr/bin/python3', ['-c', 'import pyatspi']).status !== 0) missing.add('python3-pyatspi');
if (missing.size > 0) {
  const message = `The screen-reader test needs: apt-get install -y --no-install-recommends ${[...missing].join(' ')}`;
  if (process.env.SF_REQUIRE_ENGINES === 'all') {
    console.error(`${message}\nFailed: Orca cannot read the page on this machine.`);
    process.exit(1);
  }
  console.log(`${message}\nSkipped: Orca did not read the page on this machine (in CI, with SF_REQUIRE_ENGINES=all, this fails).`);
  process.exit(0);
}
if (!existsSync(join(ROOT, 'dist', 'cdn', 'scholingsfactoren.js')) || !existsSync(join(ROOT, 'dist', 'data', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
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
const PAGE = '/test/screen-reader/cms-page.html';
const url = `http://127.0.0.1:${server.address().port}${PAGE}`;
rmSync(OUT, {recursive: true, force: true});
mkdirSync(OUT, {recursive: true});
// What a run leaves is for reading, not for committing.
writeFileSync(join(OUT, '.gitignore'), '*\n');

/** One session of session.js in `browser`, in a display (no key repeat) and D-Bus session of its own: its exit code and errors. */
function session(browser) {
  return new Promise((resolve) => {
    const child = spawn('xvfb-run', ['--auto-servernum', '--server-args', '-screen 0 1280x1024x24 -ardelay 60000', 'dbus-run-session', '--',
      process.execPath, fileURLToPath(new URL('session.js', import.meta.url)), browser, url, OUT], {stdio: ['ignore', 'ignore', 'pipe']});
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    // session.js stops itself long before this; should it hang, xvfb-run and D-Bus go with it.
    const timer = setTimeout(() => child.kill('SIGTERM'), 240000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const lines = errors.split('\n');
      resolve({code, timing: lines.find((line) => line.startsWith('timing: '))?.slice(8) ?? '',
        errors: lines.filter((line) => /^(Not ready|Error): /.test(line)).join('\n') || lines.slice(-5).join('\n')});
    });
  });
}

/**
 * A walk in `browser`: its steps with what Orca said. A session that did not get ready (Orca or the
 * browser did not start, or Orca never heard the page: a race of the accessibility bus on a busy machine)
 * is tried once more; a walk that ran is never run again.
 */
async function walk(browser) {
  for (let attempt = 1; ; attempt++) {
    const began = Date.now();
    const result = await session(browser);
    const seconds = Math.round((Date.now() - began) / 1000);
    if (result.code === 0) return {steps: JSON.parse(readFileSync(join(OUT, `${browser}-steps.json`), 'utf8')), seconds, timing: result.timing};
    if (result.code !== 3 || attempt === 2) throw new Error(`${browser}: the walk stopped (exit code ${result.code}) after ${seconds} s\n${result.errors}`);
    console.log(`${browser}: the session did not get ready (${result.errors}); once more`);
  }
}

/** What a reviewer reads: each step, its keys, and what Orca said, line by line. */
const transcript = (browser, steps) => [`What Orca said on ${PAGE} in ${browser}, step by step (keys in brackets).`, '',
  ...steps.flatMap((step, i) => [`${i + 1}. ${step.what} [${step.keys.join(' ')}]`, ...step.said.map((line) => `     ${line}`), ''])].join('\n');

// One browser after the other: two browsers and two Orcas at once on a small machine make Orca drop
// events, and a walk is timed by Orca's answers, not by sleeps.
const started = Date.now();
let failed = false;
for (const browser of BROWSERS) {
  let result;
  try {
    result = await walk(browser);
  } catch (error) {
    console.error(String(error.message ?? error));
    failed = true;
    continue;
  }
  writeFileSync(join(OUT, `${browser}.txt`), transcript(browser, result.steps));
  const {checks, reported} = expectationsFor(browser);
  const problems = checks.flatMap((check) => check(result.steps));
  console.log(`${browser}: ${result.seconds} s (${result.timing}); what Orca said is in test-results/screen-reader/${browser}.txt`);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  if (problems.length === 0) console.log(`  ✓ every phrase that matters was said (${checks.length} checks)`);
  for (const missed of reported.flatMap((check) => check(result.steps))) {
    console.log(`  ! not failed, Orca dropped it in an event flood (see expectations.js): ${missed}`);
  }
  failed ||= problems.length > 0;
}
server.close();
console.log(`The screen reader's walks took ${Math.round((Date.now() - started) / 1000)} s.`);
process.exit(failed ? 1 : 0);
