import {existsSync} from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'];

/** The Chromium or Chrome the browser tests run in: `CHROME_PATH`, else a usual install location. */
export function findChrome() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return CANDIDATES.find((path) => existsSync(path));
}

/** How to get a browser, for the message when none is found. */
export const HOW_TO_GET_CHROME = `No Chromium or Chrome found for the browser tests.
  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium
  Elsewhere: install Google Chrome, or point CHROME_PATH at any Chromium-based browser:
    CHROME_PATH=/path/to/chrome npm test`;
