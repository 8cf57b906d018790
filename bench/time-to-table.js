// "Time to table": what a reader of a CMS page on a phone waits for, from navigation start until the
// first painted frame that shows all 83 rows (bench/time-to-table-probe.js), for our CMS snippet and
// for each peer on the same page. Chromium emulates a mid-range phone over CDP: CPU 4× slower, 150 ms
// per request, 1.6 Mbit/s both ways; every response is gzipped (bench/gzip-server.js), and checked to
// be; each run has a fresh browser context (cold cache).
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {withPage} from './browser.js';
import {gridjsOptions, peerRowsOf, simpleDatatablesOptions} from './peers.js';
import {probeTimeToTable} from './time-to-table-probe.js';

/** Lighthouse's mobile screen (a Moto G Power): 412×823 CSS px at 1.75 device pixels per px. */
export const PHONE = {viewport: {width: 412, height: 823}, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true};
export const CPU_SLOWDOWN = 4;
/** 150 ms from request to response headers; 1.6 Mbit/s = 200,000 bytes/s down and up. */
const NETWORK = {offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 200_000};

/** Rows as JSON inside a page: `<` escaped, so no cell can end the script element. */
const inlineJson = (value) => JSON.stringify(value).replaceAll('<', '\\u003c');

/**
 * Each contender's lines in the page body, as its own documentation has a page load it. The peers get
 * their rows inline: the six columns ready to show, as JSON in the page (no extra request, nothing to
 * compute), and their own library files (the minified UMD script their README links, and their
 * stylesheet); ours is the README's snippet, whose rows come with the code.
 */
const SNIPPETS = {
  ours: {
    rows: 'bundled in the script',
    html: () => '<link rel="stylesheet" href="/dist/cdn/scholingsfactoren.css">\n' +
      '<script type="module" src="/dist/cdn/scholingsfactoren.js"></script>\n\n<factor-table></factor-table>',
  },
  // The builder's iframe snippet for every factor, with embed.js (the frame takes its page's height):
  // the page written for that choice, whose rows are in its HTML.
  'ours-iframe': {
    rows: 'in the HTML of the framed page',
    frame: '/dist/cdn/embed/alle/alle.html',
    html: () => '<iframe src="/dist/cdn/embed/alle/alle.html" title="Scholingsfactoren: tabel" width="100%" height="900" loading="lazy" ' +
      'frameborder="0"></iframe>\n<script src="/dist/cdn/embed.js" async></script>',
  },
  // A developer's page with the table rendered on the server (scholingsfactoren/ssr, styles inline), and
  // their app's script: Lit's hydration support and the table's module, bundled (bench/time-to-table/hydrate.js).
  'ours-ssr': {
    rows: 'in the page\'s HTML (server-rendered)',
    html: (rows, rendered) => `${rendered}\n<script type="module" src="/bench/time-to-table/hydrate.js"></script>`,
  },
  'simple-datatables': {
    rows: 'inline JSON in the page',
    html: (rows) => '<link rel="stylesheet" href="/node_modules/simple-datatables/dist/style.css">\n' +
      '<script src="/node_modules/simple-datatables/dist/umd/simple-datatables.js"></script>\n' +
      `<div id="factoren"></div>\n<script type="application/json" id="factoren-rijen">${inlineJson(rows)}</script>\n` +
      `<script>\nnew simpleDatatables.DataTable('#factoren', (${simpleDatatablesOptions})(JSON.parse(document.getElementById('factoren-rijen').textContent)));\n</script>`,
  },
  gridjs: {
    rows: 'inline JSON in the page',
    html: (rows) => '<link rel="stylesheet" href="/node_modules/gridjs/dist/theme/mermaid.min.css">\n' +
      '<script src="/node_modules/gridjs/dist/gridjs.umd.js"></script>\n' +
      `<div id="factoren"></div>\n<script type="application/json" id="factoren-rijen">${inlineJson(rows)}</script>\n` +
      `<script>\nnew gridjs.Grid((${gridjsOptions})(JSON.parse(document.getElementById('factoren-rijen').textContent), false)).render(document.getElementById('factoren'));\n</script>`,
  },
};
export const TIME_TO_TABLE_CONTENDERS = Object.keys(SNIPPETS);
export const rowsShippedAs = (name) => SNIPPETS[name].rows;

/**
 * The pages, by path: `/bench/time-to-table/<contender>.html`. The server-rendered table comes from this
 * working tree's build (dist/ssr.js), also when the bench compares another build.
 */
export async function timeToTablePages(root) {
  const template = readFileSync(join(root, 'bench/time-to-table.html'), 'utf8');
  const rows = peerRowsOf(JSON.parse(readFileSync(join(root, 'data/landscape.json'), 'utf8')));
  const {renderElement} = await import(pathToFileURL(join(process.cwd(), 'dist/ssr.js')).href);
  const rendered = await renderElement('factor-table');
  // The app script of the server-rendered page, bundled and minified as an app's build would do it.
  const {outputFiles: [hydrate]} = await build({stdin: {resolveDir: process.cwd(), contents:
    "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport './dist/elements/factor-table/factor-table.js';"},
  bundle: true, format: 'esm', minify: true, write: false, conditions: ['production'], logLevel: 'error'});
  const pages = new Map(Object.entries(SNIPPETS).map(([name, {html}]) =>
    [pagePath(name), template.replace('<!-- snippet -->', html(rows, rendered))]));
  pages.set('/bench/time-to-table/hydrate.js', hydrate.text);
  // A framed page gets the probe as its first script: Playwright runs init scripts in a frame's first,
  // empty document, whose window the frame's page then takes over, and not again for that page.
  for (const {frame} of Object.values(SNIPPETS).filter(({frame}) => frame)) {
    // A build from before the written embed pages (--compare) has no such page: that case is not its.
    if (!existsSync(join(root, frame))) continue;
    const page = readFileSync(join(root, frame), 'utf8');
    pages.set(frame, page.replace('<head>', `<head>\n<script>(${probeTimeToTable})(83);</script>`));
  }
  return pages;
}
/** Whether the contender's table is in an iframe of the page. */
export const inFrame = (name) => Boolean(SNIPPETS[name].frame);
export const pagePath = (name) => `/bench/time-to-table/${name}.html`;

const TEXT = /^(text\/|application\/(json|javascript))/;
const header = (headers, name) => Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];

/**
 * One run: the page at `url` on a fresh emulated phone. Returns the probe's times (ms from navigation
 * start) and the requests sent until the table was painted: url, ms from the page's request until
 * sent and until loaded, bytes on the wire, and `depth`, the place in the chain of requests that
 * waited for one another (the page is 1; a script it names 2; a chunk that script imports 3).
 */
export function measureTimeToTable(browser, url, what, {frame = false} = {}) {
  return withPage(browser, what, async (page, context) => {
    await context.addInitScript(probeTimeToTable, 83);
    const cdp = await context.newCDPSession(page);
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', ({requestId, request, initiator, timestamp}) =>
      requests.set(requestId, {url: request.url, initiator, sent: timestamp}));
    cdp.on('Network.responseReceived', ({requestId, response}) =>
      Object.assign(requests.get(requestId) ?? {}, {status: response.status, type: response.mimeType, encoding: header(response.headers, 'content-encoding')}));
    cdp.on('Network.loadingFinished', ({requestId, timestamp, encodedDataLength}) =>
      Object.assign(requests.get(requestId) ?? {}, {loaded: timestamp, bytes: encodedDataLength}));
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: CPU_SLOWDOWN});
    await page.goto(url, {waitUntil: 'commit'});
    const times = frame ? await timesInFrame(page) : await page.evaluate(() => window.timeToTable);
    if (times.error) throw new Error(`${what}: ${times.error}`);
    await cdp.detach();
    return {...times, requests: chainOf([...requests.values()], times.painted, what)};
  }, {context: PHONE});
}

/** The probe's times in the page's one iframe, counted from the page's navigation start as the page's own are. */
async function timesInFrame(page) {
  const child = page.frames()[1] ?? (await page.waitForEvent('frameattached'));
  // The frame's own page, not the empty document a frame has before it navigates.
  await child.waitForFunction(() => location.protocol.startsWith('http') && 'timeToTable' in window, null, {polling: 10, timeout: 120_000});
  const [times, pageOrigin] = await Promise.all([child.evaluate(() => window.timeToTable), page.evaluate(() => performance.timeOrigin)]);
  if (times.error) return times;
  const shift = times.timeOrigin - pageOrigin;
  return {painted: times.painted + shift, inDom: times.inDom + shift};
}

/** The requests sent until `painted` (ms after the page's own request), each with its place in the chain. */
function chainOf(requests, painted, what) {
  const [document] = requests;
  const start = document.sent;
  const byUrl = new Map(requests.map((request) => [request.url, request]));
  const depthOf = (request, seen = new Set()) => {
    const parent = byUrl.get(request.initiator.url ?? request.initiator.stack?.callFrames?.[0]?.url);
    if (!parent || parent === request || seen.has(parent)) return 1;
    seen.add(request);
    return 1 + depthOf(parent, seen);
  };
  // Not data: URLs (a peer's stylesheet has an icon inline): nothing goes over the network for them.
  const sentInTime = requests.filter((request) => !request.url.startsWith('data:') && (request.sent - start) * 1000 <= painted);
  return sentInTime.map((request) => {
    if (request.status === 200 && TEXT.test(request.type) && request.encoding !== 'gzip') {
      throw new Error(`${what}: ${request.url} came without gzip (content-encoding: ${request.encoding ?? 'none'})`);
    }
    return {url: new URL(request.url).pathname, depth: depthOf(request), sent: (request.sent - start) * 1000,
      loaded: request.loaded && (request.loaded - start) * 1000, bytes: request.bytes ?? 0, encoding: request.encoding ?? null};
  });
}
