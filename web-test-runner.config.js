// The browser tests, in every engine our readers use: Chromium, Firefox and WebKit (scripts/run-browser-tests.js
// says which it found). Each engine is a group of its own, with the test files that run in it
// (test/runner/files.js: a file that cannot run in an engine says why in its `@engines` line).
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {crossEngineCommands} from './test/runner/commands.js';
import {ENGINES, findEngines, launcherFor} from './test/runner/engines.js';
import {testFiles} from './test/runner/files.js';
import {heldRequests} from './test/server/held-requests.js';
import {pagesMiddleware} from './test/server/pages.js';
import {ssrPagesMiddleware} from './test/server/ssr-pages.js';
import {strictCsp} from './test/server/strict-csp.js';

const found = findEngines();
// SF_ENGINES picks engines (`SF_ENGINES=firefox npm run test:browser`); SF_TEST_FILES narrows the files
// to those whose path contains one of its comma-separated parts.
const chosen = (process.env.SF_ENGINES ?? ENGINES.join(',')).split(',').map((name) => name.trim())
  .filter((name) => ENGINES.includes(name) && found[name].path);
const filter = process.env.SF_TEST_FILES?.split(',').filter(Boolean);
const files = testFiles('test').filter(({file}) => !filter || filter.some((part) => file.includes(part)));

export default {
  nodeResolve: true,
  // Pages as a CMS serves them, for the page tests (test/pages/, test/embed/): under a strict CSP, held
  // back until a test lets them go, as on disk, at a second address, and rendered on the server
  // (test/server/). The hold comes before the pages, so that a page of theirs can be held too.
  middleware: [strictCsp.middleware, heldRequests.middleware, pagesMiddleware, ssrPagesMiddleware],
  // Tests load TypeScript straight from src/: what runs is what we wrote.
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'esnext'}), crossEngineCommands, strictCsp.plugin, heldRequests.plugin],
  groups: chosen.map((engine) => ({
    name: engine,
    files: files.filter(({engines}) => engines.includes(engine)).map(({file}) => file),
    browsers: [launcherFor(engine, found[engine])],
  })).filter((group) => group.files.length > 0),
  // One page per engine at a time: a test page in a background tab gets no animation frames, and
  // open-wc's fixture waits for one.
  concurrency: 1,
  testFramework: {config: {timeout: 20000}},
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
};
