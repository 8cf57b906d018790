// Shared by the embed tests. The test page is the page around the frames; the frames load the BUILT
// files (dist/cdn/), as a CMS page would: `npm run build` first (npm test builds before the browser tests).
import {executeServerCommand} from '@web/test-runner-commands';
import {waitFor} from '../shared/wait.js';

export const CDN = '/dist/cdn/';

/** Fails the test file at once, with what to do, when the build is missing. */
export async function requireBuild(): Promise<void> {
  const response = await fetch(`${CDN}embed.html`, {method: 'HEAD'});
  if (!response.ok) {
    throw new Error('dist/cdn/embed.html is missing: run `npm run build` first (npm test builds before it runs the browser tests).');
  }
}

/** A token no other test uses: for `/__strict/<token>/` and `/__held/<token>/`. */
export const freshToken = () => `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

const frames: HTMLIFrameElement[] = [];

interface FrameOptions {
  width?: number;
  height?: number;
  sandbox?: string;
  /** Resolve when the frame's page has loaded (default), or at once: WebKit's load event waits for a held preload. */
  waitForLoad?: boolean;
}

/** An iframe of `src` at the end of the test page, `width` CSS px wide; resolves when it has loaded. */
export async function openFrame(src: string, {width = 800, height = 600, sandbox, waitForLoad = true}: FrameOptions = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.title = 'Ingesloten pagina';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = src;
  document.body.append(frame);
  frames.push(frame);
  if (waitForLoad) await loaded;
  return frame;
}

/** Removes the frames `openFrame` added; call in `afterEach`. */
export function closeFrames(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

export const documentOf = (frame: HTMLIFrameElement) => frame.contentDocument!;

type LibraryElement = HTMLElement & {updateComplete: Promise<unknown>; visibleFactors?: readonly {id: string}[]};

/**
 * Waits until the embed page in `frame` shows its live elements (those it rendered at build time, taken
 * over, or those made for its address) and they have rendered; returns them in page order.
 */
export async function whenLive(frame: HTMLIFrameElement): Promise<LibraryElement[]> {
  await waitFor(() => frame.contentDocument?.documentElement?.classList.contains('sf-live-ready'), `the live elements of ${frame.src}`);
  const main = frame.contentDocument!.getElementById('sf-embed')!;
  const elements = [...main.querySelectorAll(':is(.sf-rendered, .sf-live) > *')] as LibraryElement[];
  for (const element of elements) await element.updateComplete;
  return elements;
}

/** The factor ids of the rows a `<factor-table>` renders, in order. */
export const renderedIds = (table: Element) =>
  [...table.shadowRoot!.querySelectorAll<HTMLElement>('tr[data-factor-id]:not([hidden])')].map((row) => row.dataset['factorId']);

/** The violation reports the browser sent for a token so far. */
export const cspReports = (token: string) => executeServerCommand<Record<string, unknown>[], {token: string}>('csp-reports', {token});

/** Whether a report is about the canary page (below) rather than the page under test. */
const fromCanary = (report: Record<string, unknown>) => String(report['document-uri'] ?? report['documentURL'] ?? '').includes('/csp-canary.html');

/**
 * The violations reported for a token, after a canary: a page under the same token that breaks the policy
 * on purpose. Reports travel on their own; once the canary's has arrived, the page's would have too.
 */
export async function violationsFor(token: string): Promise<Record<string, unknown>[]> {
  const canary = await openFrame(`/__strict/${token}/test/embed/fixtures/csp-canary.html`, {width: 200, height: 100});
  const reports = await waitFor(async () => {
    const all = await cspReports(token);
    return all.some(fromCanary) && all;
  }, `the canary's violation report (token ${token}): without it, "no reports" would prove nothing`);
  canary.remove();
  return reports.filter((report) => !fromCanary(report));
}

/**
 * What axe finds wrong in a frame's page (same origin, scripts allowed): it runs in that page, as its own
 * script. An embed page lives inside someone else's page, under that page's headings: it has no `<h1>`
 * of its own, so axe's best practice "page-has-heading-one" is left out there.
 */
export async function axeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & {axe?: {run: (context: Document, options: object) => Promise<{violations: {id: string; nodes: {target: string[]}[]}[]}>}};
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    doc.head.append(script);
    await loaded;
  }
  const {violations} = await win.axe!.run(doc, {resultTypes: ['violations'], rules: {'page-has-heading-one': {enabled: false}}});
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
