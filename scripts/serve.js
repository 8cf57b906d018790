// Serves a folder over http on localhost, with @web/dev-server, for the demo, the bench and the check of
// the built Storybook: module scripts, fetch and CSP need a real origin, not file://.
import {startDevServer} from '@web/dev-server';

/**
 * @param {{root: string, port?: number}} options the folder, and a port (default: the first free one from 8000)
 * @returns {Promise<{url: string, close: () => Promise<void>}>} the base URL (ending in `/`) and a way to stop
 */
export async function serve({root, port}) {
  const server = await startDevServer({
    config: {rootDir: root, ...(port === undefined ? {} : {port}), nodeResolve: false},
    readCliArgs: false, readFileConfig: false, logStartMessage: false, autoExitProcess: false,
  });
  return {url: `http://localhost:${server.config.port}/`, close: () => server.stop()};
}
