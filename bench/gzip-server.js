// The server of the time-to-table pages: files as a CDN sends them, gzipped, and pages made in memory.
// Each body is compressed once and kept, so compressing costs no CPU while a page is being timed.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {gzipSync} from 'node:zlib';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
};

/**
 * Serves `pages` (path → HTML) and the files under `root` on 127.0.0.1, gzipped (level 9, as
 * `npm run size` weighs them) whenever the request accepts gzip.
 * @returns {Promise<{url: string, close: () => Promise<void>}>} the base URL (ending in `/`) and a way to stop
 */
export async function startGzipServer({root, pages}) {
  /** path → {type, plain, gzipped}, or null for a file that is not there */
  const bodies = new Map();
  const bodyOf = async (path) => {
    if (!bodies.has(path)) {
      let plain = pages.has(path) ? Buffer.from(pages.get(path)) : null;
      if (!plain) plain = await readFile(join(root, path)).catch(() => null);
      bodies.set(path, plain && {type: TYPES[extname(path)] ?? 'application/octet-stream', plain, gzipped: gzipSync(plain, {level: 9})});
    }
    return bodies.get(path);
  };
  const server = createServer(async (request, response) => {
    // normalize() plus stripping leading ../ keeps every request inside root.
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const body = await bodyOf(path);
    if (!body) {
      response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('not found');
      return;
    }
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {'content-type': body.type, vary: 'accept-encoding', ...(gzip && {'content-encoding': 'gzip'})});
    response.end(gzip ? body.gzipped : body.plain);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
