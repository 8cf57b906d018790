/**
 * Pages as a CMS serves them, opened in a frame of the test page: the built library (dist/), the
 * page's own script lines, and with `strict` the strictest Content-Security-Policy the library promises
 * to work with (test/server/strict-csp.js). The same in every engine. Run `npm run build` first.
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {settle} from '../shared/elements.js';
import {waitFor} from '../shared/wait.js';

/** What test/pages/fixtures/recorder.js saw go wrong on the page. */
export interface Problems {
  readonly errors: string[];
  readonly consoleErrors: string[];
  readonly warnings: string[];
  readonly violations: {directive: string; blocked: string; sample: string}[];
  readonly failedLoads: string[];
}

export interface Page {
  readonly frame: HTMLIFrameElement;
  readonly window: Window & typeof globalThis & {__problems: Problems};
  readonly document: Document;
  readonly problems: Problems;
  /** The reports sent for this page so far (strict pages), without waiting for a canary. */
  reportsSoFar(): Promise<Record<string, unknown>[]>;
  /**
   * The violation reports the browser sent to the server for a strict page. Reports travel on their
   * own, so first a canary page under the same policy breaks it on purpose: once the canary's report
   * is in, the page's would have been too.
   */
  reports(): Promise<Record<string, unknown>[]>;
  close(): void;
}

let counter = 0;

/**
 * Opens `path` (under test/pages/fixtures/, any path from the repository root when it starts with `/`,
 * or a page the test server makes when it starts with `/__`, e.g. `/__ssr/…`) in a frame `width` px
 * wide, and resolves when it has loaded; with `parsed`, as soon as its HTML is parsed: for a page whose
 * scripts a test holds back, whose load event waits for them. With `held`, a token of
 * test/server/held-requests.js, the page and what it loads go through its hold.
 */
export async function openPage(path: string, {strict = false, width = 1280, height = 900, held = '', parsed = false} = {}): Promise<Page> {
  const file = path.startsWith('/__') ? path : path.startsWith('/') ? `/__page${path}` : `/__page/test/pages/fixtures/${path}`;
  const token = `pagina-${Date.now()}-${counter++}`;
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.width = String(width);
  frame.height = String(height);
  frame.src = `${strict ? `/__strict/${token}` : ''}${held ? `/__held/${held}` : ''}${file}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  if (parsed) {
    await waitFor(() => frame.contentDocument?.URL !== 'about:blank' && frame.contentDocument?.readyState !== 'loading',
      `the HTML of ${path} to be parsed`, {timeout: 10000});
  } else {
    await loaded;
  }
  const win = frame.contentWindow as Page['window'];
  if (!win.__problems) throw new Error(`${path} has no recorder.js as its first script`);
  return {
    frame,
    window: win,
    document: frame.contentDocument!,
    problems: win.__problems,
    reportsSoFar: () => (strict ? reportsOf(token) : Promise.resolve([])),
    reports: () => (strict ? reportsAfterCanary(token) : Promise.resolve([])),
    close: () => frame.remove(),
  };
}

const reportsOf = (token: string) => executeServerCommand('csp-reports', {token}) as Promise<Record<string, unknown>[]>;
const fromCanary = (report: Record<string, unknown>) => String(report['document-uri'] ?? report['documentURL'] ?? '').includes('/csp-canary.html');

async function reportsAfterCanary(token: string): Promise<Record<string, unknown>[]> {
  const canary = document.createElement('iframe');
  canary.title = 'kanarie';
  canary.src = `/__strict/${token}/__page/test/pages/fixtures/csp-canary.html`;
  document.body.append(canary);
  try {
    let reports: Record<string, unknown>[] = [];
    await waitFor(async () => (reports = await reportsOf(token)).some(fromCanary),
      'the canary page\'s violation report: without it, "no reports" would prove nothing', {timeout: 40000}); // WebKit sends late when busy
    return reports.filter((report) => !fromCanary(report));
  } finally {
    canary.remove();
  }
}

/** Waits until every element of the library on the page is defined and rendered (datasets and chunks included). */
export const allUpdated = (page: Page): Promise<void> => settle(page.document);

/** The rows a `<factor-table>` shows. */
export const rowsOf = (table: Element | null) => [...table?.shadowRoot?.querySelectorAll('tr[data-factor-id]:not([hidden])') ?? []];

/** Waits until the table shows `count` rows, and returns them. */
export async function waitForRows(table: Element | null, count: number | {below: number}): Promise<Element[]> {
  await waitFor(() => {
    const shown = rowsOf(table).length;
    return typeof count === 'number' ? shown === count : shown > 0 && shown < count.below;
  }, `the table shows ${JSON.stringify(count)} rows (it shows ${rowsOf(table).length})`, {timeout: 10000});
  return rowsOf(table);
}

/** The library's own warnings on the page. */
export const ourWarnings = (problems: Problems) => problems.warnings.filter((text) => text.includes('scholingsfactoren'));

/** The page's errors, console errors and files that did not load, one line each. */
export function pageProblems(page: Page): string[] {
  const {errors, consoleErrors, failedLoads} = page.problems;
  return [...errors.map((text) => `error: ${text}`), ...consoleErrors.map((text) => `console error: ${text}`),
    ...failedLoads.map((url) => `did not load: ${url}`)];
}

type Axe = {run: (context: Element, options: object) => Promise<{violations: {id: string; help: string; nodes: {target: string[]}[]}[]}>};

/**
 * Runs axe (WCAG 2.1 AA and best practices, as `to.be.accessible()` does) inside the page's own
 * document, with its own axe-core: a same-origin script, which a strict CSP allows. On a strict page,
 * call it after the violation checks: axe writes markup of its own, which Trusted Types refuse.
 */
export async function expectAccessible(page: Page, context: Element = page.document.body): Promise<void> {
  const win = page.window as unknown as {axe?: Axe};
  if (!win.axe) {
    const script = page.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, {once: true});
      script.addEventListener('error', reject, {once: true});
    });
    page.document.head.append(script);
    await loaded;
  }
  const {violations} = await win.axe!.run(context, {});
  expect(violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`),
    'axe in the page').to.deep.equal([]);
}
