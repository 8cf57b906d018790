// Holding back one file of a page until a test lets it through: to see a page as it is before a
// script or stylesheet has arrived (a slow network, made deterministic).
//
//   web-test-runner.config.js:  middleware: [heldRequests.middleware],  plugins: [..., heldRequests.plugin]
//
// `await executeServerCommand('hold', {token, file: 'scholingsfactoren.js'})`, then load the page under
// `/__held/<token>/…` (relative URLs stay under the prefix): every request under it is served as the
// file without the prefix, but those whose name is `file` (a name, or a list of names; or `files`) wait
// until `executeServerCommand('release', {token})`. A page that asks for files at absolute paths
// (Next.js's `/_next/…`) has them held too: its requests name it as their Referer. A hold nobody
// releases ends after a minute, so a failed test cannot hang the server. With `refuse: true` those files
// are never served: they fail at once (503), as a file does that a network or a filter blocks.

const HELD_PATH = /^\/__held\/([\w-]+)(\/.*)$/;
const LONGEST_HOLD_MS = 60000;

/** Per token: the file names held back, and how to let it through. */
const holds = new Map();

/** The token of a held page's own request for a file at an absolute path, from its Referer. */
function refererToken(ctx) {
  const referer = ctx.get('Referer');
  if (!referer) return undefined;
  try {
    return HELD_PATH.exec(new URL(referer).pathname)?.[1];
  } catch {
    return undefined;
  }
}

async function middleware(ctx, next) {
  const held = HELD_PATH.exec(ctx.path);
  const token = held ? held[1] : refererToken(ctx);
  const path = held ? held[2] : ctx.path;
  const hold = token === undefined ? undefined : holds.get(token);
  if (hold && hold.files.includes(path.split('/').at(-1))) {
    if (hold.refuse) {
      ctx.status = 503;
      ctx.body = 'refused by the test (test/server/held-requests.js)';
      return;
    }
    await hold.released;
  }
  if (held) ctx.url = `${path}${ctx.search}`;
  await next();
}

const plugin = {
  name: 'held-requests',
  executeCommand({command, payload}) {
    if (command === 'hold') {
      const files = [payload?.file ?? payload?.files].flat();
      if (typeof payload?.token !== 'string' || files.length === 0 || files.some((file) => typeof file !== 'string')) throw new Error('hold needs {token, file} or {token, files}');
      let release;
      const released = new Promise((resolve) => (release = resolve));
      const timer = setTimeout(release, LONGEST_HOLD_MS);
      holds.set(payload.token, {files, refuse: payload.refuse === true, released, release: () => (clearTimeout(timer), release())});
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
