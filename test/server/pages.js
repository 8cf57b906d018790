// The page tests' server side, in the @web/test-runner dev server (web-test-runner.config.js):
//
//   /__page/<path>                 a file of the repository exactly as it is on disk, without the dev
//                                  server's module transforms, so a page resolves its own imports (an
//                                  import map) as a CMS page would. An HTML page that says
//                                  `<!-- import map -->` gets one for the npm build there.
//   /__copy/<name>/dist/cdn/<file> the CDN bundle at a second address: two CMS blocks that paste the
//                                  script line from two hosts or paths. Copy "andere-versie" is the same
//                                  build with another version number.
//   /_next/<file>                  the Next.js example's static export (examples/next/out) asks for its
//                                  scripts at the site's root, as a Next.js site does.
// An example app's page (/__page/examples/…) gets test/pages/fixtures/recorder.js as its first script,
// which the page tests read; the apps themselves know nothing of the tests.
import {existsSync, readFileSync} from 'node:fs';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE = /^\/__page(\/.+)$/;
const COPY = /^\/__copy\/([\w-]+)(\/dist\/cdn\/[^/]+)$/;
const NEXT_EXPORT = /^\/_next\/.+$/;
/** The version the "andere-versie" copy claims to be. */
export const OTHER_VERSION = '9.9.9';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8',
};

/** A file under the repository, never outside it, or undefined. */
function read(path) {
  const file = join(ROOT, normalize(path).replace(/^(\.\.[/\\])+/, ''));
  return file.startsWith(ROOT) && existsSync(file) ? readFileSync(file) : undefined;
}

/** The bare specifiers of dist/ (the npm build) and of their dependencies, as a browser page maps them. */
const NPM_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context', '@lit-labs/ssr-client',
  'd3-scale', 'd3-array', 'd3-format', 'd3-interpolate', 'd3-time', 'd3-time-format', 'd3-color', 'internmap'];

/** A package's browser entry from its `exports` (production, not development), else `module` or `main`. */
function browserEntry(manifest) {
  const pick = (target) => {
    if (typeof target === 'string') return target;
    if (!target || typeof target !== 'object') return undefined;
    for (const condition of ['browser', 'import', 'module', 'default']) {
      const found = pick(target[condition]);
      if (found) return found;
    }
    return undefined;
  };
  const exported = manifest.exports;
  return pick(typeof exported === 'object' && '.' in exported ? exported['.'] : exported) ?? manifest.module ?? manifest.main;
}

/** An import map that lets a plain page load the npm build (dist/index.js) and its bare imports from node_modules. */
export function npmImportMap() {
  const imports = {'scholingsfactoren': '/__page/dist/index.js', 'scholingsfactoren/hydrate': '/__page/dist/hydrate.js'};
  for (const name of NPM_PACKAGES) {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
    const entry = `node_modules/${name}/${browserEntry(manifest).replace(/^\.\//, '')}`;
    if (!existsSync(join(ROOT, entry))) throw new Error(`import map: ${entry} does not exist`);
    imports[name] = `/__page/${entry}`;
    imports[`${name}/`] = `/__page/node_modules/${name}/`;
  }
  return {imports};
}

/** Koa middleware for the dev server. */
export async function pagesMiddleware(ctx, next) {
  const page = PAGE.exec(ctx.path);
  const copy = COPY.exec(ctx.path);
  const nextExport = NEXT_EXPORT.exec(ctx.path);
  if (!page && !copy && !nextExport) {
    await next();
    return;
  }
  const path = page ? page[1] : copy ? copy[2] : `/examples/next/out${nextExport[0]}`;
  const body = read(path);
  if (!body) {
    ctx.status = 404;
    return;
  }
  let text = body.toString('utf8');
  if (page && path.endsWith('.html') && text.includes('<!-- import map -->')) {
    text = text.replace('<!-- import map -->', `<script type="importmap">${JSON.stringify(npmImportMap())}</script>`);
  }
  if (page && path.startsWith('/examples/') && path.endsWith('.html')) {
    text = text.replace('<head>', '<head><script src="/__page/test/pages/fixtures/recorder.js"></script>');
  }
  if (copy?.[1] === 'andere-versie') {
    const {version} = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    text = text.replaceAll(JSON.stringify(version), JSON.stringify(OTHER_VERSION));
  }
  ctx.type = TYPES[extname(path)] ?? 'application/octet-stream';
  ctx.body = text;
}
