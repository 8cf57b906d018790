// Holding back one file of a page until a test lets it through: to see a page as it is before a
// script or stylesheet has arrived (a slow network, made deterministic).
//
//   web-test-runner.config.js:  middleware: [heldRequests.middleware],  plugins: [..., heldRequests.plugin]
//
// `await executeServerCommand('hold', {token, file: 'scholingsfactoren.js'})`, then load the page under
// `/__held/<token>/…` (relative URLs stay under the prefix): every request under it is served as the
// file without the prefix, but those whose name is `file` (or one of `files`) wait until
// `executeServerCommand('release', {token})`. A hold nobody releases ends after a minute, so a failed test cannot hang the server.

const HELD_PATH = /^\/__held\/([\w-]+)(\/.*)$/;
const LONGEST_HOLD_MS = 60000;

/** Per token: the file name held back, and how to let it through. */
const holds = new Map();

async function middleware(ctx, next) {
  const held = HELD_PATH.exec(ctx.path);
  if (!held) {
    await next();
    return;
  }
  const [, token, path] = held;
  const hold = holds.get(token);
  if (hold && hold.files.includes(path.split('/').at(-1))) await hold.released;
  ctx.url = `${path}${ctx.search}`;
  await next();
}

const plugin = {
  name: 'held-requests',
  executeCommand({command, payload}) {
    if (command === 'hold') {
      const files = typeof payload?.file === 'string' ? [payload.file] : payload?.files;
      if (typeof payload?.token !== 'string' || !Array.isArray(files)) throw new Error('hold needs {token, file} or {token, files}');
      let release;
      const released = new Promise((resolve) => (release = resolve));
      const timer = setTimeout(release, LONGEST_HOLD_MS);
      holds.set(payload.token, {files, released, release: () => (clearTimeout(timer), release())});
      return true;
    }
    if (command === 'release') {
      holds.get(payload?.token)?.release();
      holds.delete(payload?.token);
      return true;
    }
    return undefined;
  },
};

export const heldRequests = {middleware, plugin};
