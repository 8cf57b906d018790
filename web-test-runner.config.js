import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {findChrome} from './scripts/find-chrome.js';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Tests load TypeScript straight from src/: what runs is what we wrote, with decorators as tsconfig says.
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'esnext'})],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking',
          '--disable-component-update', '--no-first-run', '--disable-sync', '--lang=nl-NL'],
      },
    }),
  ],
  concurrency: 2,
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 300000,
};
