// Shared setup of the page tests: one static server over the repository, one Chromium, and a page
// that records everything a reader or a CMS administrator would see go wrong (page errors, console
// errors and warnings, Content-Security-Policy violations, failed requests).
//
// The page tests load the BUILT library (dist/, dist/cdn/), the way a CMS page does: run
// `npm run build` first.
import {after, before} from 'node:test';
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {findChrome, HOW_TO_GET_CHROME} from '../../scripts/find-chrome.js';
import {startStaticServer} from '../../scripts/static-server.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The strictest policy a page can set and still use the library: no inline script or style, no eval,
 * and exactly one Trusted Types policy, Lit's `lit-html`.
 */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Fixtures whose name starts with `csp-` are served with {@link STRICT_CSP}. */
const isStrictPage = (path) => /^\/test\/pages\/fixtures\/csp-[^/]*\.html$/.test(path);

/** Selectors into the elements' shadow roots (Playwright's CSS engine pierces open shadow roots). */
export const ROWS = 'tr[data-factor-id]';

// Recorded in the page before any of its own scripts run. Init scripts are injected by the DevTools
// protocol, outside the page's CSP; the CSP test checks that they still see every violation.
const RECORD_VIOLATIONS = () => {
  const seen = (window.__cspViolations = []);
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push({directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}`});
  }, true);
};

/**
 * Starts the server and the browser for one test file (before its tests, closed after them). The
 * fixtures name only `/dist/cdn/scholingsfactoren.js`, never a chunk: chunk names change with the build.
 */
export function useSite() {
  let server;
  let browser;
  const site = {
    get url() {
      return server.url;
    },
    /**
     * Opens a page of the site in a fresh browser context and records its problems.
     * @param {string} path e.g. `test/pages/fixtures/csp-all.html`
     * @param {object} [options]
     * @param {(context: import('playwright-core').BrowserContext) => Promise<void>} [options.route] extra request routing
     * @param {boolean} [options.importMap] put {@link npmImportMap} where the page says `<!-- import map -->`
     */
    async open(path, {route, importMap = false} = {}) {
      const context = await browser.newContext({locale: 'nl-NL', viewport: {width: 1280, height: 900}});
      if (importMap) {
        await context.route(new URL(path, server.url).href, async (request) => {
          const response = await request.fetch();
          const map = `<script type="importmap">${JSON.stringify(npmImportMap())}</script>`;
          await request.fulfill({response, body: (await response.text()).replace('<!-- import map -->', map)});
        });
      }
      await route?.(context);
      const page = await context.newPage();
      // Nothing here takes long: a wait that is not over in 10 s is a failure, not a slow machine.
      page.setDefaultTimeout(10000);
      const problems = {errors: [], consoleErrors: [], warnings: [], failedRequests: []};
      let fail;
      const broken = new Promise((_, reject) => (fail = reject));
      broken.catch(() => {});
      const failed = () => fail(new Error(`the page broke:\n${report(problems)}`));
      page.on('pageerror', (error) => {
        problems.errors.push(String(error?.stack ?? error));
        failed();
      });
      page.on('console', (message) => {
        // Headless Chromium asks for /favicon.ico, which no fixture has; a CMS page has one.
        if (message.location().url.endsWith('/favicon.ico')) return;
        if (message.type() === 'error') {
          problems.consoleErrors.push(message.text());
          failed();
        }
        if (message.type() === 'warning') problems.warnings.push(message.text());
      });
      page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`));
      page.on('response', (response) => {
        if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: ${response.status()}`);
      });
      await page.addInitScript(RECORD_VIOLATIONS);
      await page.goto(new URL(path, server.url).href);
      return {
        page,
        problems,
        /** Waits for `work`, but fails at once with the page's errors if the page reports one. */
        guard: (work) => Promise.race([work, broken]),
        /** CSP violations seen so far, after letting queued violation reports arrive. */
        violations: async () => {
          await settle(page);
          return page.evaluate(() => window.__cspViolations ?? null);
        },
        close: () => context.close(),
      };
    },
  };

  before(async () => {
    if (!existsSync(`${ROOT}dist/cdn/scholingsfactoren.js`) || !existsSync(`${ROOT}dist/index.js`)) {
      throw new Error('dist/ is missing: run `npm run build` before the page tests.');
    }
    const executablePath = findChrome();
    if (!executablePath || !existsSync(executablePath)) throw new Error(HOW_TO_GET_CHROME);
    server = await startStaticServer({
      root: ROOT,
      index: '/test/pages/fixtures/csp-all.html',
      headers: (path) => (isStrictPage(path) ? {'content-security-policy': STRICT_CSP} : undefined),
    });
    browser = await chromium.launch({executablePath, args: ['--no-sandbox', '--disable-gpu', '--lang=nl-NL']});
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  return site;
}

/** The bare specifiers of dist/ (the npm build) and of their dependencies, as a browser page maps them. */
const NPM_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context',
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

/**
 * An import map that lets a plain page load the npm build (dist/index.js) and its bare imports from
 * /node_modules/, the way a bundler-less site or a CDN like esm.sh would. Every mapped file exists.
 */
export function npmImportMap() {
  const imports = {scholingsfactoren: '/dist/index.js'};
  for (const name of NPM_PACKAGES) {
    const manifest = JSON.parse(readFileSync(`${ROOT}node_modules/${name}/package.json`, 'utf8'));
    const entry = `/node_modules/${name}/${browserEntry(manifest).replace(/^\.\//, '')}`;
    if (!existsSync(`${ROOT}${entry.slice(1)}`)) throw new Error(`import map: ${entry} does not exist`);
    imports[name] = entry;
    imports[`${name}/`] = `/node_modules/${name}/`;
  }
  return {imports};
}

/** Two animation frames and a task: work the page has queued (renders, violation reports) has happened. */
export function settle(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))));
}

/**
 * Waits until every element's `updateComplete` has resolved (datasets and chunks included), also in
 * shadow roots. Fails after 10 s, naming the elements that never got there (e.g. a chunk that did not load).
 */
export function allUpdated(page, selector = 'factor-table, actor-filter, source-citation, barrier-heatmap') {
  return page.evaluate(async (selector) => {
    const deep = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
    const pending = new Set(deep(document).filter((el) => el.matches(selector)));
    const done = Promise.all([...pending].map(async (el) => {
      await customElements.whenDefined(el.localName);
      await el.updateComplete;
      pending.delete(el);
    }));
    let timer;
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`not rendered: ${[...pending].map((el) => `<${el.localName}>${customElements.get(el.localName) ? '' : ' (not defined)'}`).join(', ')}`)), 10000);
    });
    try {
      await Promise.race([done, late]);
    } finally {
      clearTimeout(timer);
    }
  }, selector);
}

/**
 * Waits until the table (a selector for one `<factor-table>`) shows `expected` rows: a number,
 * or `{below: n}` for any count from 1 to n - 1. Returns the count.
 */
export async function waitForRows(page, table, expected) {
  const handle = await page.locator(table).elementHandle();
  await page.waitForFunction(([el, expected]) => {
    const count = el.shadowRoot?.querySelectorAll('tr[data-factor-id]').length ?? 0;
    return typeof expected === 'number' ? count === expected : count > 0 && count < expected.below;
  }, [handle, expected]);
  return handle.evaluate((el) => el.shadowRoot.querySelectorAll('tr[data-factor-id]').length);
}

/** A readable summary of what went wrong on a page, for assertion messages. */
export const report = (problems) => JSON.stringify(problems, null, 2);
