// Pages under the strictest Content-Security-Policy the library promises to work with, in the
// @web/test-runner dev server, with the browser's violation reports collected per test.
//
//   web-test-runner.config.js:  middleware: [strictCsp.middleware],  plugins: [..., strictCsp.plugin]
//
// A test loads any file of the repository under `/__strict/<token>/` (say in an iframe:
// `/__strict/${token}/dist/cdn/embed.html?kind=inhiberend`). It gets the same file, exactly as it is on
// disk, with the policy below; relative URLs in the page stay under the prefix, so its scripts, styles
// and chunks get the policy too. The browser reports every violation to `/__csp-report/<token>`, and
// `await executeServerCommand('csp-reports', {token})` (from @web/test-runner-commands) returns them.
// Use a fresh token per test (e.g. `crypto.randomUUID()`), so reports never mix.

/** The policy, reporting to the token's address. Tokens are letters, digits, `-` and `_`. */
export const strictPolicy = (token) => "default-src 'self'; script-src 'self'; style-src 'self'; " +
  `require-trusted-types-for 'script'; trusted-types lit-html; report-uri /__csp-report/${token}`;

const STRICT_PATH = /^\/__strict\/([\w-]+)(\/.*)$/;
const REPORT_PATH = /^\/__csp-report\/([\w-]+)$/;
/** What the dev server adds to every HTML page it serves (a module script for its web socket): not part of the file. */
const DEV_SERVER_INJECTION = /<!-- injected by web-dev-server -->\s*<script type="module" src="\/__web-dev-server__web-socket\.js"><\/script>/;

/** Report bodies by token, for the lifetime of the test run. */
const reports = new Map();

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** The report's own object: `{"csp-report": {…}}` from report-uri, or the raw text if it is no JSON. */
function parseReport(text) {
  try {
    const body = JSON.parse(text);
    return body?.['csp-report'] ?? body;
  } catch {
    return {unparsed: text};
  }
}

/** Koa middleware for the dev server: serves `/__strict/<token>/…` with the policy, stores reports. */
async function middleware(ctx, next) {
  const report = REPORT_PATH.exec(ctx.path);
  if (report && ctx.method === 'POST') {
    const [, token] = report;
    reports.set(token, [...(reports.get(token) ?? []), parseReport(await readBody(ctx.req))]);
    ctx.status = 204;
    return;
  }
  const strict = STRICT_PATH.exec(ctx.path);
  if (!strict) {
    await next();
    return;
  }
  const [, token, path] = strict;
  ctx.url = `${path}${ctx.search}`;
  await next();
  if (typeof ctx.body === 'string' && ctx.response.is('html')) ctx.body = ctx.body.replace(DEV_SERVER_INJECTION, '');
  ctx.set('Content-Security-Policy', strictPolicy(token));
}

/** The server command `csp-reports` ({token}): the reports of that token so far, oldest first. */
const plugin = {
  name: 'strict-csp',
  executeCommand({command, payload}) {
    if (command !== 'csp-reports') return undefined;
    if (typeof payload?.token !== 'string') throw new Error('csp-reports needs {token}');
    return reports.get(payload.token) ?? [];
  },
};

export const strictCsp = {middleware, plugin};
export {middleware as strictCspMiddleware, plugin as strictCspPlugin};
