// Runs the browser tests, after checking there is a browser to run them in.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {findChrome, HOW_TO_GET_CHROME} from './find-chrome.js';

const chrome = findChrome();
if (!chrome || !existsSync(chrome)) {
  console.error(chrome ? `CHROME_PATH points at ${chrome}, which does not exist.\n${HOW_TO_GET_CHROME}` : HOW_TO_GET_CHROME);
  process.exit(1);
}
const result = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], {stdio: 'inherit', env: {...process.env, CHROME_PATH: chrome, TZ: 'Europe/Amsterdam'}});
process.exit(result.status ?? 1);
