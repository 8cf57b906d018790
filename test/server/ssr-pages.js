// Server-rendered pages for the hydration tests, in the @web/test-runner dev server:
//
//   /__ssr/<tag>?<attribute>=<value>…   a page with one element rendered by `scholingsfactoren/ssr`
//                                       (dist/ssr.js, so run `npm run build` first) and no script of the
//                                       library: a test adds the one it checks (npm hydrate, CDN bundle) or
//                                       none, as a reader without JavaScript sees it.
//
// Each page is rendered in a Node process of its own: the server rendering's DOM shim stays out of the
// test server, and a new build is used without a restart.
import {execFile} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {npmImportMap} from './pages.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SSR = /^\/__ssr\/([a-z-]+)$/;

const RENDER = `
import {renderElement} from './dist/ssr.js';
const [tag, attributes] = JSON.parse(process.argv[1]);
process.stdout.write(await renderElement(tag, {attributes}));`;

/** The page around the element: the recorder of problems and the import map of the npm build. */
const page = (element) => `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Server-rendered</title>
<script src="/__page/test/pages/fixtures/recorder.js"></script>
<script type="importmap">${JSON.stringify(npmImportMap())}</script>
</head>
<body>
<main>
<h1>Scholingsfactoren</h1>
${element}
<p id="after">Wat onder het element staat.</p>
</main>
</body>
</html>
`;

/** Koa middleware. */
export async function ssrPagesMiddleware(ctx, next) {
  const match = SSR.exec(ctx.path);
  if (!match) {
    await next();
    return;
  }
  const attributes = Object.fromEntries(new URLSearchParams(ctx.querystring));
  const {stdout} = await run(process.execPath, ['--input-type=module', '-e', RENDER, JSON.stringify([match[1], attributes])],
    {cwd: ROOT, maxBuffer: 1 << 24});
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = page(stdout);
}
