import type {NextConfig} from 'next';
import {fileURLToPath} from 'node:url';

const config: NextConfig = {
  // Static HTML, rendered at build time and hydrated in the browser: what the suite serves and tests.
  output: 'export',
  // The examples share one install (examples/node_modules), above this folder.
  turbopack: {root: fileURLToPath(new URL('..', import.meta.url))},
  // Built once in CI: a cache for the next build would only cost time to write.
  experimental: {turbopackFileSystemCacheForBuild: false},
};

export default config;
