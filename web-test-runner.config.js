import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {findChrome} from './scripts/find-chrome.js';
import {strictCsp} from './test/server/strict-csp.js';
import {heldRequests} from './test/server/held-requests.js';

/**
 * `forced-colors` emulation through the DevTools protocol: @web/test-runner-commands' emulateMedia
 * passes it only to Playwright, and forced colours (Windows high contrast) must be tested for real.
 * In a test: `await executeServerCommand('emulate-forced-colors', {active: true})`.
 */
const forcedColorsPlugin = {
  name: 'emulate-forced-colors',
  async executeCommand({command, payload, session}) {
    if (command !== 'emulate-forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    const protocol = await page.createCDPSession();
    await protocol.send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value: payload?.active ? 'active' : 'none'}]});
    return true;
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [strictCsp.middleware, heldRequests.middleware],
  // Tests load TypeScript straight from src/: what runs is what we wrote, with decorators as tsconfig says.
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'esnext'}), forcedColorsPlugin, strictCsp.plugin, heldRequests.plugin],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking',
          '--disable-component-update', '--no-first-run', '--disable-sync', '--lang=nl-NL',
          // Test pages run side by side; a page in the background must still get animation frames.
          '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'],
      },
    }),
  ],
  // One page at a time: a test page in a background tab gets no animation frames in headless Chromium,
  // and open-wc's fixture waits for one.
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 300000,
};
