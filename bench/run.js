// npm run bench: timings, layout shift and heap of our elements in headless Chromium, as medians of
// several runs, beside simple-datatables 10 and Grid.js 6 rendering the same rows; and "time to table"
// on an emulated phone for our CMS snippet and each peer. Not part of npm test: timings belong in a
// report, not in a pass/fail test. It measures dist/cdn: run `npm run build` first.
//
// Options (after `npm run bench --`):
//   --runs N        runs of every case; BENCH_RUNS=N does the same. Default: 9 for our tables, the peers'
//                   at 83 rows and the heatmap; 7 for time to table; 3 for the peers at 10,000 rows (a
//                   run of theirs takes longer than all our cases together, and their ratios lie far from
//                   the goal lines) and for layout shift (an area that moved, not a timing: it barely
//                   varies, and 14 pages a run add up)
//   --only A,B      only the cases named A or B, or whose name contains A or B: `--only heatmap`,
//                   `--only time-to-table`, `--only table:ours`, `--only :83` (the tables at 83 rows),
//                   `--only shift`; --list prints the names. Grid.js with all 10,000 rows runs only when
//                   named: `--only table:gridjs:10000`
//   --list          print the names of the cases that would run (all, or those of --only) and stop
//   --compare DIR   ours against another build, interleaved: DIR is that build's dist/cdn, e.g. a copy
//                   made before a change (`npm run build && cp -r dist/cdn /tmp/cdn-before`, change,
//                   `npm run build`, then `npm run bench -- --compare /tmp/cdn-before`). Runs our cases
//                   only (the peers do not change), each run on both builds in turn, the order swapped
//                   every run, and prints both medians with their interquartile range and whether they
//                   differ beyond it. Figures in bench/results/compare.json.
//
//   bench/measure.js        page side of the table and heatmap timings (bench/page.html)
//   bench/peers.js          simple-datatables and Grid.js, configured as close to ours as they go
//   bench/cls.js            layout shift while the elements upgrade, script loaded late (bench/cls.html)
//   bench/time-to-table.js  navigation start → first painted frame with all 83 rows, on an emulated phone
// Every run takes every case in turn, so a machine that slows down midway slows every case alike.
// The figures also go to bench/results/latest.json.
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {findChrome, HOW_TO_GET_CHROME} from '../scripts/find-chrome.js';
import {serve} from '../scripts/serve.js';
import {launchBrowser, withPage} from './browser.js';
import {startGzipServer} from './gzip-server.js';
import {parseOptions} from './options.js';
import {summary} from './stats.js';
import {CPU_SLOWDOWN, PHONE, inFrame, measureTimeToTable, pagePath, rowsShippedAs, TIME_TO_TABLE_CONTENDERS, timeToTablePages} from './time-to-table.js';

const options = parseOptions(process.argv.slice(2));
/** Runs of a case: --runs if given, else the case's own default (see the options above). */
const runsOr = (defaultRuns) => options.runs ?? defaultRuns;
const SIZES = [83, 10_000];
/** The table cases: `contender` is its name in bench/measure.js. Ours on the bundled dataset only has 83 rows. */
const TABLE_CONTENDERS = [
  {key: 'ours-bundled', contender: 'oursBundled', ours: true, sizes: [83]},
  {key: 'ours-data', contender: 'ours', ours: true, sizes: SIZES},
  {key: 'simple-datatables', contender: 'simpleDatatables', sizes: SIZES},
  {key: 'gridjs', contender: 'gridjs', paged: false, sizes: SIZES},
  {key: 'gridjs-paged', contender: 'gridjs', paged: true, sizes: SIZES},
];
/**
 * Grid.js 6 with search and pagination sometimes logs this while it renders (its issue #1458, open:
 * a race in its pipeline); the rows still come, so it does not stop the bench.
 */
const GRIDJS_KNOWN_ERROR = /^\[Grid\.js\] \[ERROR\]: TypeError: Cannot read properties of undefined \(reading 'length'\)$/;
/** Goals of issue 19: ours ÷ simple-datatables at most this, per case. */
const SDT_GOAL = {'render 83': 0.5, 'keystroke 83': 0.5, 'sort 83': 0.5, 'render 10000': 0.1, 'keystroke 10000': 0.15, 'sort 10000': 0.5};
/** Goal of issue 28: an input on the phone shows its result within this many ms (and no later than simple-datatables). */
const PHONE_GOAL_MS = 100;
/** Goals of issue 28: time to table of each of our pages ÷ simple-datatables' at most this. */
const TIME_TO_TABLE_GOALS = {'ours': 1.0, 'ours-iframe': 0.6, 'ours-ssr': 0.5};
/** The earlier goal: every case at most this share of Grid.js's time (or JS heap). */
const GRIDJS_GOAL = 0.5;
/** The pages of the layout-shift test: each element alone (so a shift is its own), then all together. */
const SHIFT_PAGES = {
  'factor-table': '<factor-table></factor-table>',
  'actor-filter': '<actor-filter></actor-filter>',
  'source-citation': '<source-citation source="de-greef-heimens-visser-2020"></source-citation>',
  'barrier-heatmap': '<barrier-heatmap></barrier-heatmap>',
};
SHIFT_PAGES['all four'] = Object.values(SHIFT_PAGES).join('\n');
/** Layout shift depends on the screen: a phone shows fewer lines, so the same move covers more of it. */
const LAPTOP = {width: 1280, height: 900};
const SHIFT_SCREENS = {laptop: LAPTOP, phone: {width: 390, height: 844}};
/** The snippet's optional stylesheet line (src/scholingsfactoren.css): a screen kept free for the table. */
const STYLESHEET_LINE = '<link rel="stylesheet" href="/dist/cdn/scholingsfactoren.css">';
for (const name of ['factor-table', 'all four']) SHIFT_PAGES[`${name}, stylesheet line`] = `${STYLESHEET_LINE}\n${SHIFT_PAGES[name]}`;

const root = process.cwd();
const shiftTemplate = readFileSync(join(root, 'bench/cls.html'), 'utf8');

/** How long the pointer rests on a column header before the click: a reader's aim, not a wait for us. */
const HOVER_MS = 150;

/** Bytes in use after two full garbage collections: V8's JS heap, and Blink's heap (the DOM). */
async function heap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const {usedSize, embedderHeapUsedSize = 0} = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return {js: usedSize, dom: embedderHeapUsedSize};
}

/** One contender at one size on a fresh page: render, heap, keystroke, sort. */
async function measureTable(page, base, {contender, paged}, size) {
  await page.goto(`${base}bench/page.html`);
  await page.waitForFunction(() => window.bench);
  await page.evaluate(([name, rows, paged]) => window.bench.prepare(name, rows, paged), [contender, size, paged]);
  const before = await heap(page); // the input data is built and held already: only the table's own memory counts
  const render = await page.evaluate(() => window.bench.render());
  await page.evaluate(() => window.bench.settle());
  const after = await heap(page);
  const filterByScript = contender.startsWith('ours') ? await page.evaluate(() => window.bench.filterByScript()) : null;
  await page.evaluate(() => window.bench.armKeystroke());
  await page.keyboard.type(await page.evaluate(() => window.bench.key));
  const keystroke = await page.evaluate(() => window.bench.keystroke());
  await page.evaluate(() => window.bench.clearSearch());
  const header = await page.evaluate(() => window.bench.armSort());
  await page.mouse.move(header.x, header.y);
  await sleep(HOVER_MS);
  await page.mouse.click(header.x, header.y);
  const sort = await page.evaluate(() => window.bench.sorted());
  return {
    render: render.painted, renderApi: render.api, filterByScript, keystroke, sort: sort.painted, sortApi: sort.api,
    heapJs: after.js - before.js, heapDom: after.dom - before.dom,
  };
}

/**
 * A table on an emulated phone (the time-to-table phone: CPU 4× slower, 412×823 at 1.75×), rendered
 * outside the timings: a search keystroke, a sort and a filter button, each from the input's timestamp
 * until the frame that shows the result.
 */
async function measurePhone(page, base, contender) {
  await page.goto(`${base}bench/page.html`);
  await page.waitForFunction(() => window.bench);
  await page.evaluate((name) => window.bench.prepare(name, 83, false, true), contender);
  await page.evaluate(() => window.bench.render());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: CPU_SLOWDOWN});
  await page.evaluate(() => window.bench.armKeystroke());
  await page.keyboard.type(await page.evaluate(() => window.bench.key));
  const keystroke = await page.evaluate(() => window.bench.keystroke());
  await page.evaluate(() => window.bench.clearSearch());
  const header = await page.evaluate(() => window.bench.armSort());
  await page.mouse.click(header.x, header.y);
  const sort = (await page.evaluate(() => window.bench.sorted())).painted;
  const button = await page.evaluate(() => window.bench.armFilter());
  await page.mouse.click(button.x, button.y);
  const filter = await page.evaluate(() => window.bench.filtered());
  await cdp.detach();
  return {keystroke, sort, filter};
}

async function measureShift(page, base, name) {
  const url = `${base}bench/cls/${encodeURIComponent(name)}.html`;
  await page.route(url, (route) => route.fulfill({contentType: 'text/html; charset=utf-8',
    body: shiftTemplate.replace('<!-- elements -->', SHIFT_PAGES[name])}));
  await page.goto(url);
  return page.evaluate(() => window.layoutShift);
}

/** Every case: `id` (what --only matches), whether it is ours (the only ones --compare runs), how many runs, and its measurement. */
const ALL_CASES = [];
for (const size of SIZES) {
  for (const table of TABLE_CONTENDERS.filter(({sizes}) => sizes.includes(size))) {
    ALL_CASES.push({id: `table:${table.key}:${size}`, ours: Boolean(table.ours), runs: runsOr(table.ours || size < 1000 ? 9 : 3),
      // A run of Grid.js with all 10,000 rows takes longer than the rest of the bench together, and no goal of
      // issue 19 is measured against it: it runs only when --only names it.
      onlyWhenNamed: table.key === 'gridjs' && size > 1000,
      measure: (browser, build, what) => withPage(browser, what, (page) => measureTable(page, build.base, table, size),
        {context: {viewport: LAPTOP}, allowConsoleError: table.contender === 'gridjs' ? GRIDJS_KNOWN_ERROR : undefined})});
  }
}
ALL_CASES.push({id: 'heatmap', ours: true, runs: runsOr(9),
  measure: (browser, build, what) => withPage(browser, what, async (page) => {
    await page.goto(`${build.base}bench/page.html`);
    await page.waitForFunction(() => window.bench);
    return page.evaluate(() => window.bench.heatmap());
  }, {context: {viewport: LAPTOP}})});
/** Per layout-shift case: which nodes moved (as Chrome attributes the shifts), over all runs. */
const shiftedNodes = {};
for (const [screen, viewport] of Object.entries(SHIFT_SCREENS)) {
  for (const name of Object.keys(SHIFT_PAGES)) {
    const id = `shift:${name}, ${screen}`;
    ALL_CASES.push({id, ours: true, runs: runsOr(3),
      measure: async (browser, build, what) => {
        const {cls, shifted} = await withPage(browser, what, (page) => measureShift(page, build.base, name), {context: {viewport}});
        (shiftedNodes[id] ??= new Set()).add(shifted.join(', '));
        return {cls};
      }});
  }
}
for (const [key, contender] of [['ours', 'oursBundled'], ['simple-datatables', 'simpleDatatables']]) {
  ALL_CASES.push({id: `phone:${key}`, ours: key === 'ours', runs: runsOr(9),
    measure: (browser, build, what) => withPage(browser, what, (page) => measurePhone(page, build.base, contender), {context: PHONE})});
}
/** Per build and time-to-table contender: the requests of its last run. */
const chains = {};
for (const name of TIME_TO_TABLE_CONTENDERS) {
  ALL_CASES.push({id: `time-to-table:${name}`, ours: name.startsWith('ours'), runs: runsOr(7), timeToTable: name,
    measure: async (browser, build, what) => {
      const {painted, inDom, requests} = await measureTimeToTable(browser, `${build.timeToTableBase}${pagePath(name).slice(1)}`, what,
        {frame: inFrame(name)});
      (chains[build.name] ??= {})[name] = requests;
      return {painted, inDom, requests: requests.length, roundTrips: Math.max(...requests.map(({depth}) => depth)),
        kB: requests.reduce((sum, {bytes}) => sum + bytes, 0) / 1000};
    }});
}
/** A name given to --only picks the case of that exact name, else every case whose name contains it (but one that runs only when named). */
const picks = (name, c) => (ALL_CASES.some(({id}) => id === name) ? c.id === name : !c.onlyWhenNamed && c.id.includes(name));
const cases = ALL_CASES.filter((c) => (!options.compare || c.ours) &&
  (options.only.length ? options.only.some((name) => picks(name, c)) : !c.onlyWhenNamed));
if (!cases.length) {
  console.error(`No case matches --only ${options.only.join(',')}${options.compare ? ' among ours' : ''}; --list prints them.`);
  process.exit(2);
}

if (options.list) {
  const skipped = ALL_CASES.filter((c) => c.onlyWhenNamed && !cases.includes(c)).map(({id}) => `${id}  (runs only when --only names it)\n`);
  const list = cases.map(({id, ours, runs}) => `${id}  (${runs} runs${ours ? '' : '; a peer: not in --compare'})\n`).join('') + skipped.join('');
  await new Promise((resolve) => process.stdout.write(list, resolve)); // all of it, before the exit
  process.exit(0);
}

if (!existsSync(join(root, 'dist/cdn/scholingsfactoren.js'))) {
  console.error('Run `npm run build` first: the benchmark measures the CDN bundle users get.');
  process.exit(1);
}
const chrome = findChrome();
if (!chrome) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}

/**
 * A copy of a CDN build to serve from: a `npm run build` elsewhere during the bench (it empties
 * dist/ and renames chunks) would otherwise leave pages with missing chunks, or two builds in one
 * report. Copied again until every chunk a file imports is in the copy.
 */
async function snapshotBuild(cdnDir) {
  const dir = mkdtempSync(join(tmpdir(), 'scholingsfactoren-bench-'));
  const cdn = join(dir, 'dist/cdn');
  for (let attempt = 1; ; attempt++) {
    rmSync(cdn, {recursive: true, force: true});
    try {
      cpSync(cdnDir, cdn, {recursive: true});
      const files = readdirSync(cdn).filter((file) => file.endsWith('.js'));
      const imported = files.flatMap((file) => [...readFileSync(join(cdn, file), 'utf8').matchAll(/["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]));
      if (files.includes('scholingsfactoren.js') && imported.every((file) => files.includes(file))) break;
    } catch {
      // dist/ was being rewritten: try again
    }
    if (attempt === 10) throw new Error(`${cdnDir} keeps changing or is incomplete: run \`npm run build\` and try again.`);
    await sleep(2000);
  }
  // The rest is read-only for the bench and served from the working tree.
  for (const path of ['bench', 'data', 'node_modules/gridjs', 'node_modules/simple-datatables']) {
    mkdirSync(dirname(join(dir, path)), {recursive: true});
    symlinkSync(join(root, path), join(dir, path));
  }
  return dir;
}

/** A build to measure: its snapshot, served twice, plainly for the in-page cases and gzipped for time to table. */
async function serveBuild(name, cdnDir) {
  const dir = await snapshotBuild(cdnDir);
  const plain = await serve({root: dir});
  const gzipped = await startGzipServer({root: dir, pages: await timeToTablePages(dir)});
  return {name, cdnDir, builtAt: statSync(join(cdnDir, 'scholingsfactoren.js')).mtime, base: plain.url, timeToTableBase: gzipped.url,
    close: async () => {
      await Promise.all([plain.close(), gzipped.close()]);
      rmSync(dir, {recursive: true, force: true});
    }};
}

const load = () => loadavg().map((value) => value.toFixed(1)).join(' ');
const loadAtStart = load();
const builds = [await serveBuild('current', join(root, 'dist/cdn'))];
if (options.compare) builds.push(await serveBuild('other', options.compare));
const browser = await launchBrowser(chrome);

// samples[build][case id][metric] = the values of all runs
const samples = Object.fromEntries(builds.map(({name}) => [name, {}]));
const add = (build, id, values) => {
  samples[build][id] ??= {};
  for (const [metric, value] of Object.entries(values)) if (value !== null) (samples[build][id][metric] ??= []).push(value);
};
const started = Date.now();
try {
  // A first load of each time-to-table page, not measured: the server compresses each file once, here.
  for (const c of cases.filter(({timeToTable}) => timeToTable)) {
    for (const build of builds) await c.measure(browser, build, `${c.id}, warm-up`);
  }
  const runs = Math.max(...cases.map((c) => c.runs));
  for (let run = 0; run < runs; run++) {
    // With two builds, each case runs on both in turn; who goes first alternates, so neither always follows the other.
    const order = run % 2 ? [...builds].reverse() : builds;
    for (const c of cases.filter(({runs}) => run < runs)) {
      for (const build of order) {
        const what = `run ${run + 1}/${c.runs}: ${c.id}${options.compare ? ` (${build.name} build)` : ''}`;
        process.stderr.write(what);
        const start = Date.now();
        add(build.name, c.id, await c.measure(browser, build, what));
        process.stderr.write(` (${((Date.now() - start) / 1000).toFixed(1)} s)\n`);
      }
    }
  }
} finally {
  await browser.close();
  for (const build of builds) await build.close();
}
const loadAtEnd = load();
const minutes = ((Date.now() - started) / 60_000).toFixed(1);

const summaries = Object.fromEntries(Object.entries(samples).map(([build, byCase]) => [build, Object.fromEntries(Object.entries(byCase).map(([id, metrics]) =>
  [id, Object.fromEntries(Object.entries(metrics).map(([metric, values]) => [metric, summary(values)]))]))]));
const ms = (value) => (value === undefined ? '—' : value.toFixed(1));
const kb = (bytes) => (bytes === undefined ? '—' : String(Math.round(bytes / 1024)));

/** How often the cases ran: "9 runs of table:ours-data:83, …, heatmap; 3 runs of shift:*, …", a family by its prefix where all of it ran alike. */
function runsLine() {
  const counts = [...new Set(cases.map(({runs}) => runs))].sort((a, b) => b - a);
  const family = (id) => id.split(':')[0];
  return counts.map((runs) => {
    const names = [];
    for (const c of cases.filter((c) => c.runs === runs)) {
      const kin = cases.filter((other) => family(other.id) === family(c.id));
      const name = kin.length > 1 && kin.every((other) => other.runs === runs) ? `${family(c.id)}:*` : c.id;
      if (!names.includes(name)) names.push(name);
    }
    return `${runs} runs of ${names.join(', ')}`;
  }).join('; ');
}
console.log(`\n${options.compare ? 'Interleaved comparison' : 'Medians'}: ${runsLine()}. Chromium headless, ${minutes} min.`);
for (const build of builds) console.log(`Build ${build.name}: ${build.cdnDir}, built ${build.builtAt.toISOString()}.`);
console.log(`Load average (1, 5, 15 min): ${loadAtStart} at the start, ${loadAtEnd} at the end (a busy machine makes every figure noisy).`);

/** A difference of medians under this share is no change, however tight the runs (a heap that differs by a KB). */
const NEGLIGIBLE = 0.02;

if (options.compare) reportComparison();
else reportRun();

function reportComparison() {
  const [current, other] = builds.map(({name}) => summaries[name]);
  const rows = [];
  for (const {id} of cases) {
    for (const [metric, now] of Object.entries(current[id] ?? {})) {
      const before = other[id]?.[metric];
      if (!before) continue;
      // Run by run, both builds were measured one after the other: a pair shares the machine's state.
      const pairs = samples.current[id][metric].map((value, run) => [value, samples.other[id][metric][run]]).filter(([, then]) => then !== undefined);
      const show = metric.startsWith('heap') ? kb : metric === 'cls' ? (value) => value.toFixed(4) : ms;
      const apart = Math.abs(now.median - before.median) > NEGLIGIBLE * before.median;
      const verdict = apart && now.low > before.high ? 'WORSE' : apart && now.high < before.low ? 'better' : 'within noise';
      rows.push({case: id, metric, current: show(now.median), 'current IQR': `${show(now.low)}–${show(now.high)}`,
        other: show(before.median), 'other IQR': `${show(before.low)}–${show(before.high)}`,
        'current ÷ other': before.median ? (now.median / before.median).toFixed(2) : '—',
        'higher in': `${pairs.filter(([value, then]) => value > then).length}/${pairs.length}`, verdict});
    }
  }
  console.log('\nCurrent build against the other, run by run in turn: medians and interquartile ranges (IQR: the middle half\n' +
    'of the runs). Times in ms, until painted unless named "Api" (until updateComplete) or "inDom" (time to table until\n' +
    'the rows are in the DOM); heap in KB; kB on the wire. Higher is worse for every metric. "higher in": in how many runs\n' +
    'the current build\'s figure was above the other\'s, measured just before or after it. "WORSE" or "better" when the\n' +
    `IQRs do not overlap and the medians differ by more than ${NEGLIGIBLE * 100} %, else "within noise". Among many metrics one may\n` +
    'miss by chance: measure that case again with --only and more --runs before reading it as a change.');
  console.table(rows);
  writeResults('compare.json', {compare: builds.map(({name, cdnDir, builtAt}) => ({name, cdnDir, builtAt}))});
}

function reportRun() {
  const m = Object.fromEntries(Object.entries(summaries.current).map(([id, metrics]) =>
    [id, Object.fromEntries(Object.entries(metrics).map(([metric, {median}]) => [metric, median]))]));
  const table = (key, size) => m[`table:${key}:${size}`];

  const ours = [['ours-bundled', 83, 'bundled'], ['ours-data', 83, '`data`'], ['ours-data', 10_000, '`data`']].filter(([key, size]) => table(key, size));
  if (ours.length) {
    console.log('\n<factor-table> (ms). "painted": until the frame that shows the result is rendered; "promise": until updateComplete.');
    console.table(ours.map(([key, size, rows]) => {
      const t = table(key, size);
      return {rows: size, dataset: rows, 'render, promise': ms(t.renderApi), 'render, painted': ms(t.render),
        'search by script, promise': ms(t.filterByScript), 'keystroke, painted': ms(t.keystroke),
        'sort, promise': ms(t.sortApi), 'sort, painted': ms(t.sort)};
    }));
  }

  /** ours ÷ peer, with ✓ or ✗ against `goal` where there is one. */
  const ratio = (value, peer, goal) => {
    if (value === undefined || peer === undefined) return '—';
    const r = value / peer;
    return `${r < 0.1 ? r.toFixed(3) : r.toFixed(2)}${goal === undefined ? '' : r <= goal ? ' ✓' : ' ✗'}`;
  };
  const comparisons = [];
  for (const [metric, label] of [['render', 'first render'], ['keystroke', 'search keystroke'], ['sort', 'sort by factor']]) {
    for (const size of SIZES) {
      const variants = metric === 'render' ? [['ours-bundled', ', bundled dataset'], ['ours-data', ', rows as `data`']].filter(([key]) => size === 83 || key === 'ours-data') : [['ours-data', '']];
      for (const [key, how] of variants) {
        comparisons.push({case: `${label}, ${size.toLocaleString('en')} rows${how}`, ours: table(key, size)?.[metric], goal: SDT_GOAL[`${metric} ${size}`],
          ...Object.fromEntries(['simple-datatables', 'gridjs', 'gridjs-paged'].map((peer) => [peer, table(peer, size)?.[metric]]))});
      }
    }
  }
  for (const [metric, label] of [['heapJs', 'JS heap after render'], ['heapDom', 'DOM heap after render']]) {
    for (const size of SIZES) {
      comparisons.push({case: `${label}, ${size.toLocaleString('en')} rows`, bytes: true, inGridjsGoal: metric === 'heapJs', ours: table('ours-data', size)?.[metric],
        ...Object.fromEntries(['simple-datatables', 'gridjs', 'gridjs-paged'].map((peer) => [peer, table(peer, size)?.[metric]]))});
    }
  }
  const shown = comparisons.filter((c) => c.ours !== undefined || c['simple-datatables'] !== undefined || c.gridjs !== undefined);
  if (shown.length) {
    console.log(`\nOurs against simple-datatables 10 and Grid.js 6 (search and sort on, paging off unless "pages of 50"), same page,\n` +
      `same method: ms, painted; heap in KB after render and GC, without the input data (held before and after).\n` +
      `✓/✗: the goal of issue 19 against simple-datatables (in brackets), and ours ≤ ${GRIDJS_GOAL} × Grid.js, the earlier goal.\n` +
      'Keystroke, sort and heap: ours with the rows as `data`, as the peers get theirs. The DOM heap is not in a goal: it is\n' +
      'mostly the boxes and glyphs of the laid-out text, which any table showing the same rows holds.');
    console.table(shown.map((c) => {
      const show = c.bytes ? kb : ms;
      const gridjsGoal = c.bytes && !c.inGridjsGoal ? undefined : GRIDJS_GOAL;
      return {case: c.case, ours: show(c.ours), 'simple-datatables': show(c['simple-datatables']),
        'ours/s-dt (goal)': `${ratio(c.ours, c['simple-datatables'], c.goal)}${c.goal === undefined ? '' : ` (≤ ${c.goal})`}`,
        'Grid.js': show(c.gridjs), 'ours/Grid.js': ratio(c.ours, c.gridjs, gridjsGoal),
        'Grid.js, pages of 50': show(c['gridjs-paged']), 'ours/Grid.js paged': ratio(c.ours, c['gridjs-paged'], gridjsGoal)};
    }));
  }

  const timeToTable = TIME_TO_TABLE_CONTENDERS.filter((name) => summaries.current[`time-to-table:${name}`]);
  if (timeToTable.length) {
    console.log(`\nTime to table: navigation start → first painted frame with all 83 rows, on an emulated phone (CPU 4× slower,\n` +
      '150 ms per request, 1.6 Mbit/s, 412×823 at 1.75×), gzip, cold cache; ms. "rows in DOM": when the last row was inserted.\n' +
      'Requests, kB (on the wire) and round trips (the longest chain of requests that wait for one another) until the table is painted.');
    console.table(timeToTable.map((name) => {
      const s = summaries.current[`time-to-table:${name}`];
      return {page: name, painted: ms(s.painted.median), IQR: `${ms(s.painted.low)}–${ms(s.painted.high)}`, 'rows in DOM': ms(s.inDom.median),
        requests: s.requests.median, 'round trips': s.roundTrips.median, kB: s.kB.median.toFixed(1), rows: rowsShippedAs(name)};
    }));
    const [sdtTtt, gridjsTtt] = ['simple-datatables', 'gridjs'].map((name) => m[`time-to-table:${name}`]?.painted);
    const oursPages = Object.keys(TIME_TO_TABLE_GOALS).filter((name) => m[`time-to-table:${name}`]);
    if (oursPages.length && (sdtTtt !== undefined || gridjsTtt !== undefined)) {
      console.log('Time to table of each of our pages against the peers\' (goal: ours ÷ simple-datatables at most, issue 28):');
      console.table(oursPages.map((name) => {
        const painted = m[`time-to-table:${name}`].painted;
        return {page: name, 'ours ÷ simple-datatables': ratio(painted, sdtTtt, TIME_TO_TABLE_GOALS[name]), goal: `≤ ${TIME_TO_TABLE_GOALS[name]}`,
          'ours ÷ Grid.js': ratio(painted, gridjsTtt)};
      }));
    }
    for (const name of oursPages.filter((name) => chains.current?.[name])) {
      console.log(`Request chain of ${name} (last run): ms from the page request until each request was sent and loaded.`);
      console.table(chains.current[name].map(({depth, url, sent, loaded, bytes, encoding}) =>
        ({'round trip': depth, url, sent: ms(sent), loaded: ms(loaded), bytes, encoding})));
    }
  }

  const phone = ['ours', 'simple-datatables'].filter((key) => m[`phone:${key}`]);
  if (phone.length) {
    console.log(`\nOn the emulated phone (CPU ${CPU_SLOWDOWN}× slower, 412×823): ms from the input until the frame that shows the result.\n` +
      'Goal (issue 28): each at most 100 ms and at most simple-datatables\'. The filter: ours an <actor-filter> button; simple-datatables\n' +
      'a button that searches its "Wie" column (multiSearch).');
    console.table(['keystroke', 'sort', 'filter'].map((action) => {
      const [ours, peer] = ['ours', 'simple-datatables'].map((key) => m[`phone:${key}`]?.[action]);
      const met = ours !== undefined && ours <= PHONE_GOAL_MS && (peer === undefined || ours <= peer);
      return {action, ours: ms(ours), 'simple-datatables': ms(peer), goal: `≤ ${PHONE_GOAL_MS} and ≤ s-dt ${ours === undefined ? '' : met ? '✓' : '✗'}`};
    }));
  }

  if (m.heatmap) {
    console.log('\n<barrier-heatmap>, bundled dataset (ms): added to the page until defined (lazy chunk), then until its first frame.');
    console.table([{'chunk load': ms(m.heatmap.chunk), 'render, painted': ms(m.heatmap.render), total: ms(m.heatmap.total)}]);
  }

  const shifts = Object.keys(m).filter((id) => id.startsWith('shift:'));
  if (shifts.length) {
    console.log(`\nLayout shift (CLS) while the elements upgrade; script added 300 ms after the first paint (bench/cls.js);\n` +
      `laptop ${LAPTOP.width}×${LAPTOP.height}, phone ${SHIFT_SCREENS.phone.width}×${SHIFT_SCREENS.phone.height}. "stylesheet line": with the snippet's optional <link> to dist/cdn/scholingsfactoren.css.`);
    console.table(shifts.map((id) => ({page: id.slice('shift:'.length), CLS: m[id].cls.toFixed(4),
      'what moved': [...shiftedNodes[id]].filter(Boolean).join(' | ') || '-'})));
  }

  const goals = [
    ...comparisons.filter((c) => c.goal !== undefined).map((c) => ({what: c.case, ours: c.ours, peer: c['simple-datatables'], goal: c.goal})),
    ...Object.entries(TIME_TO_TABLE_GOALS).map(([name, goal]) =>
      ({what: `time to table, ${name}`, ours: m[`time-to-table:${name}`]?.painted, peer: m['time-to-table:simple-datatables']?.painted, goal})),
  ].filter((g) => g.ours !== undefined && g.peer !== undefined);
  if (goals.length) {
    const met = goals.filter((g) => g.ours <= g.goal * g.peer);
    console.log(`\nGoals of issue 19 (ours ÷ simple-datatables): met in ${met.length} of ${goals.length} cases.`);
    for (const g of goals) console.log(`  ${met.includes(g) ? '✓' : '✗'} ${g.what}: ${(g.ours / g.peer).toFixed(3)} (goal ≤ ${g.goal})`);
  }
  const inGridjsGoal = comparisons.filter((c) => !c.bytes || c.inGridjsGoal);
  for (const [key, against] of [['gridjs', 'Grid.js with all rows'], ['gridjs-paged', 'Grid.js in pages of 50']]) {
    const measured = inGridjsGoal.filter((c) => c.ours !== undefined && c[key] !== undefined && c.case.includes('bundled') === false);
    if (!measured.length) continue;
    const met = measured.filter((c) => c.ours <= GRIDJS_GOAL * c[key]).map((c) => c.case);
    console.log(`\nEarlier goal ours ≤ ${GRIDJS_GOAL} × ${against}: met in ${met.length} of ${measured.length} cases` + (met.length ? `: ${met.join('; ')}` : '') + '.');
    const missed = measured.map((c) => c.case).filter((name) => !met.includes(name));
    if (missed.length) console.log(`  not met: ${missed.join('; ')}.`);
  }

  writeResults('latest.json', {medians: m});
}

function writeResults(file, extra) {
  mkdirSync(join(root, 'bench/results'), {recursive: true});
  writeFileSync(join(root, 'bench/results', file), `${JSON.stringify({
    date: new Date().toISOString(), runs: Object.fromEntries(cases.map(({id, runs}) => [id, runs])), only: options.only,
    load: {start: loadAtStart, end: loadAtEnd}, ...extra, summaries, samples, chains,
  }, null, 2)}\n`);
}
