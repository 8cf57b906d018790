// A small static file server for the bench, the demo and the page tests: they all need a real
// http origin (module scripts, fetch and CSP headers do not work from file://).
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.map': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
};

/**
 * Serves files under `root` on 127.0.0.1.
 * @param {object} options
 * @param {string} [options.root] directory to serve (default: the working directory)
 * @param {number} [options.port] port (default: any free port)
 * @param {string} [options.index] path served for `/`
 * @param {(path: string) => Record<string, string> | undefined} [options.headers] extra response headers per path, e.g. a CSP
 * @returns {Promise<{url: string, close: () => Promise<void>}>} the base URL (ending in `/`) and a way to stop
 */
export async function startStaticServer({root = process.cwd(), port = 0, index = '/index.html', headers} = {}) {
  const server = createServer(async (request, response) => {
    // normalize() plus stripping leading ../ keeps every request inside root.
    const requested = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const path = requested === '/' || requested === '\\' ? index : requested;
    try {
      const body = await readFile(join(root, path));
      response.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers?.(path)});
      response.end(body);
    } catch {
      response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('not found');
    }
  });
  // A port in use rejects here, so callers can say so.
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
