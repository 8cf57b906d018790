// Checks the built Storybook as a designer uses it: URL args and controls change the primary stories,
// every toolbar theme renders, and the docs pages stay a few screens tall.
//   npm run build-storybook && node test/storybook/check-built.mjs [screenshot folder]
// With a folder, it also saves a screenshot of one page in each theme there.
import {readFileSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {findChrome, HOW_TO_GET_CHROME} from '../../scripts/find-chrome.js';
import {serve} from '../../scripts/serve.js';

// Like the browser tests: without Chromium a developer's `npm test` says so and goes on; CI fails.
const executablePath = findChrome();
if (!executablePath) {
  console.log(`The built Storybook was not checked. ${HOW_TO_GET_CHROME}`);
  process.exit(process.env.SF_REQUIRE_ENGINES === 'all' ? 1 : 0);
}

const screenshots = process.argv[2];
const dataset = JSON.parse(readFileSync('data/landscape.json', 'utf8'));
const themes = [...readFileSync('.storybook/themes.ts', 'utf8').matchAll(/^ {2}'?([\w-]+)'?: \{\s*title:/gm)].map(([, name]) => name);
const server = await serve({root: 'storybook-static'});
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({viewport: {width: 1400, height: 1000}});
// Generous: the preview parses some 2 MB of script, which takes its time on a busy machine; a wait that
// runs out still fails the check.
page.setDefaultTimeout(180000);
const problems = [];
page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) problems.push(message);
};

/** Opens a story in the Storybook UI (manager and preview) and returns the preview's frame once `tag` has rendered. */
async function openStory(id, {args, globals} = {}) {
  const query = [`path=/story/${id}`, args && `args=${args}`, globals && `globals=${globals}`].filter(Boolean).join('&');
  await page.goto(`${server.url}?${query}`);
  const frame = page.frameLocator('#storybook-preview-iframe');
  await frame.locator('#storybook-root :is(factor-table, actor-filter, source-citation, barrier-heatmap, factor-landscape)').first().waitFor({state: 'attached'});
  return rendered(page.frames().find((candidate) => candidate.url().includes('iframe.html')));
}

/**
 * Opens a story's preview alone (iframe.html, as the manager frames it), without the manager's 2 MB of
 * script: for a check of how the story looks, where the manager adds nothing (2–3 s less per story).
 */
async function openPreview(id, {globals} = {}) {
  await page.goto(`${server.url}iframe.html?id=${id}&viewMode=story${globals ? `&globals=${globals}` : ''}`);
  await page.locator('#storybook-root :is(factor-table, actor-filter, source-citation, barrier-heatmap, factor-landscape)').first().waitFor({state: 'attached'});
  return rendered(page.mainFrame());
}

/** The preview once every element on it has rendered (and fetched what it needs). */
async function rendered(preview) {
  await preview.waitForFunction(() => {
    const elements = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.includes('-') && el.shadowRoot);
    return elements.length > 0 && elements.every((el) => el.localName === 'factor-landscape' || el.shadowRoot.textContent.trim() !== '');
  });
  await preview.evaluate(async () => {
    for (const el of document.querySelectorAll('#storybook-root *')) if (el.updateComplete) await el.updateComplete;
  });
  return preview;
}

const rowsOf = (preview) => preview.evaluate(() =>
  [...document.querySelector('factor-table').shadowRoot.querySelectorAll('tr[data-factor-id]:not([hidden])')].map((row) => row.dataset.factorId));
const partText = (preview, tag, part) => preview.evaluate(([t, p]) =>
  [...document.querySelector(t).shadowRoot.querySelectorAll(`[part~="${p}"]`)].map((node) => node.textContent.replace(/\s+/g, ' ').trim()), [tag, part]);

// 1. URL args on the factor table's primary story change rows and headers.
{
  const preview = await openStory('elementen-factor-table--standaard', {args: 'kind:inhiberend;actor:werkgever;lang:en'});
  const expected = dataset.factors.filter((f) => f.kind === 'inhiberend' && f.actors.includes('werkgever')).map((f) => f.id);
  const rows = await rowsOf(preview);
  check(JSON.stringify(rows) === JSON.stringify(expected), `factor-table args kind:inhiberend;actor:werkgever;lang:en → ${rows.length} rows (expected ${expected.length} of ${dataset.factors.length})`);
  const headers = await partText(preview, 'factor-table', 'header');
  check(['Kind', 'Factor', 'How', 'Who', 'Source'].every((word, i) => headers[i]?.startsWith(word)), `factor-table headers in English: ${headers.join(' | ')}`);
}
// 2. A control changes the element at once: choose "stimulerend" in the Controls panel.
{
  const preview = await openStory('elementen-factor-table--standaard');
  const before = (await rowsOf(preview)).length;
  await page.locator('select[name="kind"], #control-kind').first().selectOption('stimulerend');
  await preview.waitForFunction((count) => document.querySelector('factor-table').shadowRoot.querySelectorAll('tr[data-factor-id]:not([hidden])').length !== count, before);
  const after = await rowsOf(preview);
  const expected = dataset.factors.filter((f) => f.kind === 'stimulerend').length;
  check(after.length === expected, `factor-table control kind=stimulerend: ${before} → ${after.length} rows (expected ${expected})`);
}
// 3. The citation story shows the card its `source` arg names.
{
  const preview = await openStory('elementen-source-citation--volledig', {args: 'source:tno-2011'});
  const heading = await partText(preview, 'source-citation', 'heading');
  check(heading.join() === 'TNO (2011)', `source-citation args source:tno-2011 → heading "${heading.join()}"`);
}
// 4. The other elements' primary stories follow their args too.
{
  const filter = await openStory('elementen-actor-filter--standaard', {args: 'lang:en;with-kind:!true;layout:vertical'});
  const legends = await partText(filter, 'actor-filter', 'legend');
  const layout = await filter.evaluate(() => document.querySelector('actor-filter').getAttribute('layout'));
  check(legends.join(' | ') === 'Kind of factor | Filter by who it concerns' && layout === 'vertical', `actor-filter args lang:en;with-kind;layout:vertical → ${legends.join(' | ')}, layout ${layout}`);
  const heatmap = await openStory('elementen-barrier-heatmap--standaard', {args: 'kind:stimulerend;transposed:!true;lang:en'});
  const title = await partText(heatmap, 'barrier-heatmap', 'title');
  const rowHeaders = await partText(heatmap, 'barrier-heatmap', 'row-header');
  const citations = new Set(dataset.sources.map((source) => source.citation));
  check(title.join() === 'Stimulating factors by actor and source' && rowHeaders.length > 0 && rowHeaders.every((h) => citations.has(h)),
    `barrier-heatmap args kind:stimulerend;transposed;lang:en → "${title.join()}", ${rowHeaders.length} source rows`);
  const landscape = await openStory('elementen-factor-landscape--twee-onafhankelijke-groepen');
  const tables = await landscape.evaluate(() => document.querySelectorAll('factor-landscape factor-table').length);
  check(tables === 2, `factor-landscape primary story shows its two groups (${tables} tables)`);
}
// 5. Docs pages: a few screens, not dozens.
// Each element's: custom-elements.json, which build-storybook writes first, names them.
const tags = JSON.parse(readFileSync('custom-elements.json', 'utf8')).modules
  .flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean);
for (const tag of tags) {
  await page.goto(`${server.url}iframe.html?viewMode=docs&id=elementen-${tag}--docs`);
  await page.locator('#storybook-docs h1').waitFor();
  await page.locator(`#storybook-docs ${tag}`).first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('#storybook-docs table').length > 0);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  check(height < 8000, `docs page of ${tag}: ${height} px tall`);
}
// 6. Every theme renders the filter and the table beside it, in its own look (its package's CSS is in the
//    build); one screenshot per theme.
if (screenshots) mkdirSync(screenshots, {recursive: true});
const looks = new Map();
for (const theme of themes) {
  // The table at full width, where it draws lines between its rows.
  const table = await openPreview('elementen-factor-table--standaard', {globals: `thema:${theme}`});
  const look = await table.evaluate(() => {
    const cell = document.querySelector('factor-table').shadowRoot.querySelector('[part~="cell"]');
    const style = getComputedStyle(cell);
    return [style.fontFamily, style.color, style.borderBlockEndColor].join(' / ');
  });
  const preview = await openPreview('elementen-actor-filter--filter-en-tabel-naast-elkaar', {globals: `thema:${theme}`});
  const shown = await preview.evaluate(() => document.querySelector('.sf-thema')?.dataset.thema);
  const same = [...looks].filter(([, other]) => other === look).map(([name]) => name);
  looks.set(theme, look);
  check(shown === theme && same.length === 0, `theme ${theme}: ${look}${same.length ? ` (the same as ${same.join(', ')})` : ''}`);
  if (screenshots) {
    const path = join(screenshots, `${theme}.png`);
    await page.screenshot({path});
    console.log(`     ${path}`);
  }
}

await browser.close();
await server.close();
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
