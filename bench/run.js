// npm run bench: render, filter and sort timings of <factor-table> in headless Chromium, as medians.
// Not part of npm test: timings belong in a report, not in a pass/fail test.
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {findChrome, HOW_TO_GET_CHROME} from '../scripts/find-chrome.js';
import {startStaticServer} from '../scripts/static-server.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const root = process.cwd();
if (!existsSync(join(root, 'dist/cdn/scholingsfactoren.js'))) {
  console.error('Run `npm run build` first: the benchmark measures the CDN bundle users get.');
  process.exit(1);
}
const chrome = findChrome();
if (!chrome) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}

const server = await startStaticServer({root, index: '/bench/page.html'});
const base = server.url;

const browser = await chromium.launch({executablePath: chrome, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = [];
try {
  for (const size of [83, 10_000]) {
    const samples = {firstRender: [], filter: [], sort: [], layoutShift: []};
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({viewport: {width: 1280, height: 900}});
      await page.goto(base);
      await page.waitForFunction(() => typeof window.measureTable === 'function');
      const sample = await page.evaluate((n) => window.measureTable(n), size);
      for (const key of Object.keys(samples)) samples[key].push(sample[key]);
      await page.close();
    }
    results.push({rows: size, ...Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]))});
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`<factor-table>, medians of ${RUNS} runs (ms; layout shift as CLS score)`);
console.table(results.map((r) => ({
  rows: r.rows, 'first render': r.firstRender.toFixed(1), 'filter (search)': r.filter.toFixed(1),
  'sort (factor)': r.sort.toFixed(1), 'layout shift': r.layoutShift.toFixed(4),
})));
