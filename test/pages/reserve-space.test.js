// The CDN snippet's optional stylesheet line (dist/cdn/scholingsfactoren.css): until the script has run,
// a table with the whole dataset takes one screen, so the text after it starts out of view and nothing
// visible moves when the rows arrive. The same page without the line is the control: there it moves.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {ROOT, allUpdated, waitForRows, useSite} from './harness.js';

const FIXTURE = 'test/pages/fixtures/reserve-space.html';
const dataset = JSON.parse(readFileSync(`${ROOT}data/landscape.json`, 'utf8'));
const trainerRows = dataset.factors.filter((factor) => factor.actors.includes('trainer')).length;
const site = useSite();

/** Sums the layout shifts the page reports (none of them follow input here), from before its first paint. */
const RECORD_SHIFTS = () => {
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__layoutShift += entry.value;
  }).observe({type: 'layout-shift', buffered: true});
};

/** Opens the fixture (without the stylesheet line if asked), lets it paint, then adds the script line. */
async function openAndUpgrade(t, {withStylesheet}) {
  const route = withStylesheet ? undefined : (context) => context.route(new URL(FIXTURE, site.url).href, async (request) => {
    const response = await request.fetch();
    await request.fulfill({response, body: (await response.text()).replace(/<link rel="stylesheet"[^>]*>/, '')});
  });
  const {page, guard, close} = await site.open(FIXTURE, {route});
  t.after(close);
  await page.addInitScript(RECORD_SHIFTS);
  await page.reload();
  // Painted without our script, as a CMS page is before a slow script arrives.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const before = await page.evaluate(() => ({
    below: document.querySelector('#onder').getBoundingClientRect().top,
    screen: innerHeight,
    filteredReserve: getComputedStyle(document.querySelector('#trainer')).minHeight,
  }));
  await page.addScriptTag({type: 'module', url: '/dist/cdn/scholingsfactoren.js'});
  await guard(allUpdated(page));
  await guard(waitForRows(page, '#alles', dataset.factors.length));
  await guard(waitForRows(page, '#trainer', trainerRows));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))));
  const after = await page.evaluate(() => ({
    shift: window.__layoutShift,
    below: document.querySelector('#onder').getBoundingClientRect().top,
    tableReserve: getComputedStyle(document.querySelector('#alles')).minHeight,
  }));
  return {before, after};
}

test('with the stylesheet line, nothing visible moves while the table upgrades', {timeout: 60000}, async (t) => {
  const {before, after} = await openAndUpgrade(t, {withStylesheet: true});
  assert.ok(before.below >= before.screen, `before the script, the text after the table starts out of view (at ${before.below} px of ${before.screen})`);
  assert.equal(before.filteredReserve, '0px', 'a table filtered to a few rows reserves nothing: it may end up shorter than a screen');
  assert.ok(after.below > before.below, 'the 83 rows are taller than the screen that was reserved');
  assert.equal(after.tableReserve, '0px', 'once defined, the rule no longer applies');
  assert.equal(after.shift, 0, 'layout shift while upgrading');
});

test('without it (the control), the text after the table visibly moves', {timeout: 60000}, async (t) => {
  const {before, after} = await openAndUpgrade(t, {withStylesheet: false});
  assert.ok(before.below < before.screen, 'the text after the table was in view');
  assert.ok(after.shift > 0.01, `layout shift while upgrading: ${after.shift}`);
});
