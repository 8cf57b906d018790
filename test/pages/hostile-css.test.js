// A CMS theme at its worst (fixtures/hostile.css): `* {… !important}`, `table, th, td {…}`,
// `button {all: unset}`, `:focus {outline: none !important}`, `[hidden] {display: block !important}`
// and inherited typography on the body. The same elements on the same page without the theme are
// the reference: what the reader sees and uses inside the elements must not change.
//
// What shadow DOM does and does not protect:
// - Selectors of the page never match inside a shadow root: the table, its cells and the buttons
//   keep their own display, borders, backgrounds and focus ring. Asserted exactly.
// - Inherited properties cross the shadow boundary. The elements set their own typography on :host
//   (src/elements/shared.styles.ts), so the body's font, colour, case, alignment and spacing stay out.
//   Asserted for every element in every shadow root.
// - A rule that matches the host element itself (`* {…}`) beats :host, and what it sets on the host
//   is inherited inside: here font-size 22px (every length inside is in em of it), line-height 3 and
//   letter-spacing 2px. That is by design, and it is how a reader's text-spacing override
//   (WCAG 1.4.12) reaches the elements; so lengths are compared relative to the font size (22px here,
//   the root's too), and line-height and letter-spacing are not compared. Instead: nothing overflows
//   or gets cut off. (A theme that shrinks only the root: test/hardening/small-root-font.test.ts.)
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ROWS, allUpdated, report, useSite, waitForRows} from './harness.js';

const site = useSite();
const FACTORS = 83;

/** Lengths in px become multiples of the root font size, so a 22px root compares equal to a 16px one. */
const RELATIVE = ['font-size', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'min-height', 'min-width',
  'border-top-left-radius', 'margin-top', 'margin-bottom', 'row-gap', 'column-gap', 'text-indent', 'word-spacing'];

/** What to compare, per part of an element: [name, host selector, selector inside its shadow root, properties]. */
const PARTS = [
  ['table', 'factor-table', 'table', ['display', 'border-collapse', 'border-top-style', 'border-top-width', 'background-color', 'table-layout']],
  ['caption', 'factor-table', 'caption', ['display', 'caption-side', 'text-align', 'font-size', 'font-weight']],
  ['header row', 'factor-table', 'thead tr', ['display']],
  ['column header', 'factor-table', 'thead th', ['display', 'border-top-style', 'border-bottom-style', 'border-bottom-width',
    'border-bottom-color', 'background-color', 'padding-top', 'white-space', 'text-align']],
  ['row', 'factor-table', 'tbody tr', ['display', 'background-color']],
  ['row header', 'factor-table', 'tbody th', ['display', 'border-top-style', 'border-bottom-style', 'border-bottom-width',
    'border-bottom-color', 'background-color', 'font-size', 'font-weight', 'padding-top', 'vertical-align', 'text-align']],
  ['cell', 'factor-table', 'tbody td', ['display', 'border-top-style', 'border-left-style', 'border-bottom-style', 'border-bottom-width',
    'border-bottom-color', 'background-color', 'font-size', 'padding-top', 'padding-left', 'vertical-align']],
  ['sort button', 'factor-table', 'button.sort', ['display', 'text-transform', 'font-family', 'font-size', 'font-weight',
    'border-top-style', 'background-color', 'color', 'padding-top', 'padding-left', 'cursor', 'min-height']],
  ['csv button', 'factor-table', 'button.csv', ['display', 'text-transform', 'font-family', 'font-size', 'border-top-style',
    'border-top-width', 'border-top-color', 'border-top-left-radius', 'background-color', 'color', 'padding-top', 'padding-left',
    'min-height', 'cursor', 'box-sizing']],
  ['source button', 'factor-table', 'button.source', ['display', 'text-transform', 'text-decoration-line', 'font-size', 'color',
    'border-top-style', 'background-color', 'cursor']],
  ['search box', 'factor-table', 'input[type=search]', ['display', 'box-sizing', 'font-family', 'font-size', 'border-top-style',
    'border-top-width', 'border-top-color', 'padding-top', 'padding-left', 'min-height', 'text-transform']],
  ['visually hidden text', 'factor-table', '.visually-hidden', ['position', 'width', 'height', 'overflow-x', 'clip-path']],
  ['actor button', 'actor-filter', 'button[data-value]', ['display', 'text-transform', 'font-family', 'font-size', 'border-top-style',
    'border-top-width', 'background-color', 'color', 'padding-top', 'padding-left', 'min-height', 'cursor']],
  ['pressed button', 'actor-filter', 'button[aria-pressed=true]', ['background-color', 'color']],
  ['options', 'actor-filter', '.options', ['display', 'list-style-type', 'padding-left', 'margin-top', 'column-gap']],
  ['heatmap cell', 'barrier-heatmap', '[role=gridcell]', ['display', 'background-color', 'color', 'min-width', 'font-size', 'cursor']],
  ['heatmap grid', 'barrier-heatmap', '[role=grid]', ['display']],
  ['citation card', 'source-citation', 'article', ['display', 'border-top-style', 'border-top-width', 'background-color', 'color',
    'font-family', 'padding-top', 'padding-left']],
  ['citation heading', 'source-citation', '.heading', ['display', 'font-size', 'font-weight', 'text-transform']],
  ['citation button', 'source-citation', 'button.copy', ['display', 'text-transform', 'font-size', 'border-top-style',
    'background-color', 'color', 'min-height', 'cursor']],
];

/** The elements' own typography: inherited from the body, it would show everywhere inside them. */
const OWN_TYPOGRAPHY = ['font-family', 'color', 'text-transform', 'text-align', 'font-style', 'font-weight', 'font-variant-caps',
  'word-spacing', 'text-indent', 'text-shadow', 'white-space'];

/** Further inherited properties a theme sets on the body, which the elements reset on :host. */
const OTHER_INHERITED = ['word-break', 'overflow-wrap', 'list-style-type', 'list-style-position', 'caption-side', 'border-spacing'];

function measure({parts, relative, inherited}) {
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const relativeTo = (value) => value.replace(/-?\d*\.?\d+px/g, (px) => `${Number((parseFloat(px) / root).toFixed(3))}rem`);
  const style = (element, properties) => Object.fromEntries(properties.map((property) => {
    const value = getComputedStyle(element).getPropertyValue(property);
    return [property, relative.includes(property) ? relativeTo(value) : value];
  }));
  const result = {parts: {}, inherited: {}, layout: {}};
  for (const [name, host, selector, properties] of parts) {
    const element = document.querySelector(host)?.shadowRoot?.querySelector(selector);
    result.parts[name] = element ? style(element, properties) : 'missing';
  }
  // Every element in every shadow root, by its path, for the inherited properties.
  const walk = (root, path) => {
    [...root.querySelectorAll('*')].forEach((element, index) => {
      const here = `${path}>${element.localName}[${index}]`;
      result.inherited[here] = style(element, inherited);
      if (element.shadowRoot) walk(element.shadowRoot, here);
    });
  };
  // (Not <factor-landscape>: it renders only a slot, and what it slots is the page's own.)
  const hosts = [...document.querySelectorAll('factor-table, actor-filter, barrier-heatmap, source-citation')];
  hosts.forEach((host, index) => walk(host.shadowRoot, `${host.localName}[${index}]`));
  // What the reader would see break: the page scrolling sideways, the search box sticking out, text cut off.
  const table = document.querySelector('factor-table').shadowRoot;
  const search = table.querySelector('.search');
  const input = table.querySelector('input[type=search]');
  const clipped = [...document.querySelectorAll('factor-table, actor-filter, barrier-heatmap, source-citation')]
    .flatMap((host) => [...host.shadowRoot.querySelectorAll('button, [role=gridcell], th, td')]
      .filter((element) => element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1)
      .map((element) => `${host.localName} ${element.localName}.${element.className}: ${element.textContent.trim().slice(0, 30)}`));
  result.layout = {
    pageScrollsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    searchBoxFits: input.getBoundingClientRect().right <= search.getBoundingClientRect().right + 0.5,
    tableFitsHost: table.querySelector('table').getBoundingClientRect().width <= document.querySelector('factor-table').getBoundingClientRect().width + 0.5,
    clipped,
  };
  return result;
}

async function openReady(path) {
  const opened = await site.open(path);
  const {page, guard} = opened;
  await guard(waitForRows(page, 'factor-table >> nth=0', FACTORS));
  await guard(page.locator('barrier-heatmap [role=gridcell]').first().waitFor());
  await guard(page.locator('source-citation .summary').first().waitFor());
  await guard(allUpdated(page));
  return opened;
}

test('a hostile CMS theme', {timeout: 90000}, async (t) => {
  const [plain, hostile] = await Promise.all([openReady('test/pages/fixtures/styled-plain.html'), openReady('test/pages/fixtures/styled-hostile.html')]);
  t.after(() => Promise.all([plain.close(), hostile.close()]));
  const args = {parts: PARTS, relative: RELATIVE, inherited: [...OWN_TYPOGRAPHY, ...OTHER_INHERITED]};
  const [before, after] = await Promise.all([plain.page.evaluate(measure, args), hostile.page.evaluate(measure, args)]);

  await t.test('the theme is really there', async () => {
    const body = await hostile.page.evaluate(() => [getComputedStyle(document.body).fontFamily, getComputedStyle(document.documentElement).fontSize]);
    assert.match(body[0], /Comic Sans/);
    assert.equal(body[1], '22px');
  });

  await t.test('tables, cells and buttons inside keep their own styles', () => {
    for (const [name] of PARTS) assert.deepEqual(after.parts[name], before.parts[name], name);
  });

  await t.test('the body\'s typography does not reach inside', () => {
    assert.deepEqual(Object.keys(after.inherited), Object.keys(before.inherited), 'the same elements render');
    for (const [path, values] of Object.entries(before.inherited)) {
      for (const property of OWN_TYPOGRAPHY) assert.equal(after.inherited[path][property], values[property], `${property} of ${path}`);
    }
  });

  await t.test('nor do the other inherited properties', () => {
    const leaks = new Set();
    for (const [path, values] of Object.entries(before.inherited)) {
      for (const property of OTHER_INHERITED) {
        if (after.inherited[path]?.[property] !== values[property]) leaks.add(`${property}: ${values[property]} -> ${after.inherited[path]?.[property]}`);
      }
    }
    assert.deepEqual([...leaks], []);
  });

  await t.test('nothing overflows or is cut off', () => {
    assert.deepEqual(before.layout, {pageScrollsSideways: false, searchBoxFits: true, tableFitsHost: true, clipped: []}, 'without the theme');
    assert.deepEqual(after.layout, before.layout);
  });

  await t.test('filtering, searching and the source dialog work the same', async () => {
    for (const {page} of [plain, hostile]) {
      await page.locator('actor-filter button[data-value=trainer]').click();
      assert.equal(await waitForRows(page, 'factor-table >> nth=0', 3), 3);
      // The other group, inside <factor-landscape>, is untouched.
      assert.equal(await page.locator('factor-landscape factor-table').locator(ROWS).count(), FACTORS);
      await page.locator('actor-filter button[part=all]').last().click();
      await waitForRows(page, 'factor-table >> nth=0', FACTORS);

      const search = page.locator('factor-table >> nth=0').locator('input[type=search]');
      await search.fill('tijd');
      await waitForRows(page, 'factor-table >> nth=0', {below: FACTORS});
    }
    const shown = (page) => page.locator('factor-table >> nth=0').locator(ROWS).evaluateAll((rows) => rows.map((row) => row.dataset.factorId));
    assert.deepEqual(await shown(hostile.page), await shown(plain.page));

    for (const {page} of [plain, hostile]) {
      const table = page.locator('factor-table >> nth=0');
      await table.locator('button.source').first().click();
      const dialog = table.locator('dialog');
      await dialog.locator('.dialog-close').waitFor();
      const state = await dialog.evaluate((d) => {
        const box = d.getBoundingClientRect();
        return {open: d.open, modal: d.matches(':modal'), inView: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
          display: getComputedStyle(d).display, position: getComputedStyle(d).position};
      });
      assert.deepEqual(state, {open: true, modal: true, inView: true, display: 'block', position: 'fixed'});
      await page.keyboard.press('Escape');
      await page.waitForFunction((el) => !el.shadowRoot.querySelector('dialog').open, await table.elementHandle());
    }
  });

  await t.test('an element the page hides with the hidden attribute stays hidden', async () => {
    // The theme says `[hidden] {display: block !important}`; a CMS tab or accordion hides our elements with `hidden`.
    for (const {page} of [plain, hostile]) {
      const shown = await page.evaluate(async () => {
        const hosts = [...document.querySelectorAll('factor-table, actor-filter, barrier-heatmap, source-citation, factor-landscape')];
        hosts.forEach((host) => (host.hidden = true));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const visible = hosts.filter((host) => host.checkVisibility()).map((host) => host.localName);
        hosts.forEach((host) => (host.hidden = false));
        return visible;
      });
      assert.deepEqual(shown, []);
    }
  });

  await t.test('a keyboard user still sees where focus is', async () => {
    const ring = async (page) => {
      const table = page.locator('factor-table >> nth=0');
      await table.locator('input[type=search]').fill('');
      await table.locator('input[type=search]').focus();
      await page.keyboard.press('Tab');
      return table.evaluate((host) => {
        const focused = host.shadowRoot.activeElement;
        const style = getComputedStyle(focused);
        return {element: `${focused.localName}.${focused.className}`, outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
          offset: style.outlineOffset, focusVisible: focused.matches(':focus-visible')};
      });
    };
    const expected = await ring(plain.page);
    assert.equal(expected.focusVisible, true);
    assert.match(expected.outline, /^solid [1-9]/, 'a visible ring without the theme');
    assert.deepEqual(await ring(hostile.page), expected);
  });

  await t.test('no errors', () => {
    for (const {problems} of [plain, hostile]) {
      assert.deepEqual([...problems.errors, ...problems.consoleErrors, ...problems.failedRequests], [], report(problems));
    }
  });
});
