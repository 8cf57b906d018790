// Runs the browser tests in every engine this machine has: Chromium, Firefox and WebKit. It says
// plainly which engines it skips and how to install them; with SF_REQUIRE_ENGINES=all (as in CI) a
// missing engine is a failure, since a suite that runs in fewer engines proves less.
//   npm run test:browser                        every file, every engine found
//   npm run test:browser -- factor-table csp    files whose path contains "factor-table" or "csp"
//   SF_ENGINES=webkit npm run test:browser      one engine
import {spawnSync} from 'node:child_process';
import {ENGINES, engineVersion, findEngines} from '../test/runner/engines.js';
import {testFiles} from '../test/runner/files.js';

const found = findEngines();
const missing = ENGINES.filter((engine) => !found[engine].path);
const wanted = (process.env.SF_ENGINES ?? ENGINES.join(',')).split(',').map((name) => name.trim());

for (const engine of ENGINES) {
  if (!wanted.includes(engine)) console.log(`${engine}: not asked for (SF_ENGINES=${process.env.SF_ENGINES})`);
  else if (found[engine].path) console.log(`${engine}: ${engineVersion(engine, found[engine])} (${found[engine].path})`);
  else console.log(`${engine}: NOT FOUND, its tests are skipped. Install: ${found[engine].missing}`);
}
for (const {file, engines, reason} of testFiles('test')) {
  if (engines.length < ENGINES.length) console.log(`  ${file} runs in ${engines.join(', ')} only: ${reason}`);
}
if (process.env.SF_REQUIRE_ENGINES === 'all' && missing.length > 0) {
  console.error(`Missing engines: ${missing.join(', ')}. Every engine must run here (SF_REQUIRE_ENGINES=all).`);
  process.exit(1);
}
if (!wanted.some((engine) => found[engine]?.path)) {
  console.error('No browser engine to run the tests in: install at least one (see above).');
  process.exit(1);
}

const runTests = (files) => spawnSync('npx', ['web-test-runner'], {
  stdio: 'inherit',
  env: {...process.env, TZ: 'Europe/Amsterdam', ...(files ? {SF_TEST_FILES: files} : {})},
});

// First the harness alone (viewport, keys, media in each engine): a browser update that breaks an engine
// stops here with one message, instead of a suite that reports 0 tests for it.
const HARNESS = 'test/runner/harness.test.ts';
console.log('\nThe harness in each engine:');
if (runTests(HARNESS).status !== 0) {
  console.error(`\nThe test harness does not work in every engine (see above): ${HARNESS} and test/runner/.`);
  process.exit(1);
}

const filter = process.argv.slice(2).join(',');
const result = runTests(filter);
if (missing.length > 0) console.log(`\nSkipped engines: ${missing.map((engine) => `${engine} (${found[engine].missing})`).join('; ')}`);
// A runner stopped by a signal has no exit status: say which signal, instead of ending in silence.
if (result.signal) console.error(`\nweb-test-runner was stopped by ${result.signal}.`);
process.exit(result.status ?? 1);
