// "Time to table": what a reader of a CMS page on a phone waits for, from navigation start until the
// first painted frame that shows all 83 rows (bench/time-to-table-probe.js), for our CMS snippet and
// for each peer on the same page. Chromium emulates a mid-range phone over CDP: CPU 4× slower, 150 ms
// per request, 1.6 Mbit/s both ways; every response is gzipped (bench/gzip-server.js), and checked to
// be; each run has a fresh browser context (cold cache).
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {withPage} from './browser.js';
import {gridjsOptions, peerRowsOf, simpleDatatablesOptions} from './peers.js';
import {probeTimeToTable} from './time-to-table-probe.js';

/** Lighthouse's mobile screen (a Moto G Power): 412×823 CSS px at 1.75 device pixels per px. */
const PHONE = {viewport: {width: 412, height: 823}, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true};
const CPU_SLOWDOWN = 4;
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

/** The pages, by path: `/bench/time-to-table/<contender>.html`. */
export function timeToTablePages(root) {
  const template = readFileSync(join(root, 'bench/time-to-table.html'), 'utf8');
  const rows = peerRowsOf(JSON.parse(readFileSync(join(root, 'data/landscape.json'), 'utf8')));
  return new Map(Object.entries(SNIPPETS).map(([name, {html}]) =>
    [pagePath(name), template.replace('<!-- snippet -->', html(rows))]));
}
export const pagePath = (name) => `/bench/time-to-table/${name}.html`;

const TEXT = /^(text\/|application\/(json|javascript))/;
const header = (headers, name) => Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];

/**
 * One run: the page at `url` on a fresh emulated phone. Returns the probe's times (ms from navigation
 * start) and the requests sent until the table was painted: url, ms from the page's request until
 * sent and until loaded, bytes on the wire, and `depth`, the place in the chain of requests that
 * waited for one another (the page is 1; a script it names 2; a chunk that script imports 3).
 */
export function measureTimeToTable(browser, url, what) {
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
    const times = await page.evaluate(() => window.timeToTable);
    await cdp.detach();
    return {...times, requests: chainOf([...requests.values()], times.painted, what)};
  }, {context: PHONE});
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
