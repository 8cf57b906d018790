// @engines chromium: layout-shift entries (the Layout Instability API) exist only in Chromium
// The README's and Storybook's layouts, and the four elements in every order, with the stylesheet line:
// nothing a reader sees moves while the elements arrive (CLS 0), on a laptop and on a phone. The
// elements' chunks are held back by the test server until the page has run the script line, as on a
// slow network: the table, which needs no chunk, is ready first, and would be pushed down by an element
// above it that arrives later (0.84 for a card above a table, before the elements waited for each other).
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {waitFor} from '../shared/wait.js';
import {allUpdated, openPage, pageProblems, type Page} from './page.js';
import {expectNoProblems} from '../shared/elements.js';

const frames = (win: Window, count: number) => new Promise<void>((resolve) => {
  const next = (left: number) => (left === 0 ? resolve() : win.requestAnimationFrame(() => next(left - 1)));
  next(count);
});

let tokens = 0;

/** The chunks of the CDN build (everything the entry loads later), from rollup's own graph. */
async function chunkFiles(): Promise<string[]> {
  const graph = await (await fetch('/dist/cdn-chunks.json')).json() as Record<string, unknown>;
  return Object.keys(graph).filter((name) => name !== 'scholingsfactoren.js');
}

/**
 * Opens test/pages/fixtures/layout.html with the elements of `order`, lets it paint, adds the script line,
 * lets the entry run and paint while the chunks are held back, then lets them through. The sum of the
 * layout shifts from the first paint until every element has rendered.
 */
async function layoutShift(order: readonly string[], size: {width: number; height: number}, {stylesheet = true} = {}): Promise<{shift: number; page: Page}> {
  const token = `layout-${Date.now()}-${tokens++}`;
  await executeServerCommand('hold', {token, files: await chunkFiles()});
  const page = await openPage(`layout.html?order=${order.join(',')}${stylesheet ? '' : '&without=stylesheet'}`, {...size, held: token});
  try {
    const {window: win, document: doc} = page;
    let shift = 0;
    new win.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shift += (entry as PerformanceEntry & {value: number}).value;
    }).observe({type: 'layout-shift', buffered: true});
    await frames(win, 2);
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = `/__held/${token}/__page/dist/cdn/scholingsfactoren.js`;
    const ran = new Promise((resolve) => script.addEventListener('load', resolve, {once: true}));
    doc.head.append(script);
    await ran;
    // What the entry draws by itself is painted before the chunks arrive.
    await frames(win, 3);
    await executeServerCommand('release', {token});
    await allUpdated(page);
    await waitFor(() => [...doc.querySelectorAll('factor-table')].every((table) => table.shadowRoot?.querySelector('tbody tr')),
      'the rows of every table');
    await frames(win, 3);
    expectNoProblems(pageProblems(page), 'the page');
    return {shift, page};
  } catch (error) {
    page.close();
    throw error;
  }
}

const permutations = <T>(items: readonly T[]): T[][] => items.length <= 1 ? [[...items]]
  : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

const LAPTOP = {width: 1280, height: 900};
const PHONE = {width: 390, height: 844};

describe('layout shift of every layout, with the stylesheet line', function () {
  this.timeout(120000);

  for (const order of permutations(['filter', 'table', 'heatmap', 'card'])) {
    it(`the four elements as ${order.join(', ')}: CLS 0 on a laptop`, async () => {
      const {shift, page} = await layoutShift(order, LAPTOP);
      page.close();
      expect(shift).to.equal(0);
    });
  }

  const layouts: [string, string[], {width: number; height: number}][] = [
    ['the CMS page (filter, table) on a phone', ['filter', 'table'], PHONE],
    ['the CMS page with a heatmap and a card on a phone', ['filter', 'table', 'heatmap', 'card'], PHONE],
    ['a card above the table on a phone', ['card', 'table'], PHONE],
    ['a heatmap above the table on a phone', ['heatmap', 'table'], PHONE],
    ['the README\'s filter with kinds above a table of employers', ['filter-with-kind', 'table-werkgever', 'table'], LAPTOP],
    ['a heatmap alone', ['heatmap'], LAPTOP],
    ['a filter alone', ['filter'], LAPTOP],
    ['a heatmap alone on a phone', ['heatmap'], PHONE],
    ['a filter alone on a phone', ['filter'], PHONE],
    ['a card alone', ['card'], LAPTOP],
    ['a card alone on a phone', ['card'], PHONE],
    ['the reference list', ['bibliography'], LAPTOP],
  ];
  for (const [name, order, size] of layouts) {
    it(`${name}: CLS 0`, async () => {
      const {shift, page} = await layoutShift(order, size);
      page.close();
      expect(shift).to.equal(0);
    });
  }

  it('the measurement sees shifts: a card above the table without the stylesheet line (the control)', async () => {
    const {shift, page} = await layoutShift(['card', 'table'], LAPTOP, {stylesheet: false});
    page.close();
    expect(shift).to.be.above(0.01);
  });
});
