import {expect} from '@open-wc/testing';
import {setViewport} from '../shared/commands.js';
import {html, type TemplateResult} from 'lit';
import {NO_FILTER, actorSourceMatrix, bundledDataset, filterFactors} from '../../src/data/index.js';
import type {BarrierHeatmap} from '../../src/elements/barrier-heatmap/barrier-heatmap.component.js';
import type {FactorTable} from '../../src/elements/factor-table/factor-table.component.js';
import {press} from '../shared/commands.js';
import {expectNoProblems, freshGroup, libraryElements, mount, settle, unmountAll} from '../shared/elements.js';
import {waitFor} from '../shared/wait.js';
import {deepActiveElement, describeElement, startButton, tabUntil} from './helpers.js';
import {expectCleanLayout, isShown, reflowProblems} from './layout.js';

// WCAG 1.4.10 Reflow (320 CSS px, no sideways scrolling but for two-dimensional content),
// 1.4.4 Resize text (200 %, nothing cut off or on top of something else) and
// 1.4.12 Text spacing (a reader's own line, letter, word and paragraph spacing loses nothing).

const [biggest] = actorSourceMatrix(bundledDataset, filterFactors(bundledDataset, {...NO_FILTER, kind: 'inhiberend'})).cells[0];

/** Each element in the states a reader meets: filters set, long labels, both heatmap views, English. */
const variants: [string, () => TemplateResult][] = [
  ['factor-table', () => html`<factor-table group=${freshGroup()}></factor-table>`],
  ['factor-table with filter chips', () => html`<factor-table group=${freshGroup()} kind="inhiberend" actor="werkgever werknemer" query="tijd"></factor-table>`],
  ['factor-table, English, no results', () => html`<factor-table group=${freshGroup()} lang="en" query="ruimtevaart"></factor-table>`],
  ['actor-filter with kind', () => html`<actor-filter group=${freshGroup()} with-kind></actor-filter>`],
  ['actor-filter vertical, compact', () => html`<actor-filter group=${freshGroup()} layout="vertical" compact></actor-filter>`],
  ['source-citation', () => html`<source-citation group=${freshGroup()} source="de-greef-heimens-visser-2020"></source-citation>`],
  ['source-citation for a label of two publications', () => html`<source-citation group=${freshGroup()} source="roa-2018-kwetsbare-positie"></source-citation>`],
  ['source-citation compact', () => html`<source-citation group=${freshGroup()} source="tno-2011" compact></source-citation>`],
  ['source-citation reference list', () => html`<source-citation group=${freshGroup()} all></source-citation>`],
  ['barrier-heatmap', () => html`<barrier-heatmap group=${freshGroup()}></barrier-heatmap>`],
  ['barrier-heatmap transposed', () => html`<barrier-heatmap group=${freshGroup()} transposed></barrier-heatmap>`],
  ['barrier-heatmap as a table', () => html`<barrier-heatmap group=${freshGroup()} show-table></barrier-heatmap>`],
  ['barrier-heatmap with a chosen cell', () => html`<barrier-heatmap group=${freshGroup()} actor=${biggest.actor} source=${biggest.sourceId}></barrier-heatmap>`],
  ['factor-landscape with filter and table', () => html`<factor-landscape><actor-filter with-kind></actor-filter><factor-table></factor-table></factor-landscape>`],
];

/** How many of the library's elements are shown: a test must not pass because an element hid itself. */
const shownElements = (block: HTMLElement) => libraryElements(block).filter(isShown).length;

describe('reflow at 320 CSS px (WCAG 1.4.10)', function () {
  this.timeout(30000);
  before(() => setViewport({width: 320, height: 640}));
  after(() => setViewport({width: 800, height: 600}));
  afterEach(unmountAll);

  for (const [name, template] of variants) {
    it(`${name}: no sideways scrolling, nothing sticks out or is cut off`, async () => {
      const block = await mount(template());
      expect(window.innerWidth).to.equal(320);
      expect(shownElements(block), 'the element is shown').to.be.above(0);
      expectCleanLayout(block);
    });
  }

  const columnNames = {nl: ['"Factor"', '"Hoe"', '"Wie"', '"Bron"', '"Studies"'], en: ['"Factor"', '"How"', '"Who"', '"Source"', '"Studies"']};
  for (const [language, names] of Object.entries(columnNames)) {
    it(`the table becomes cards that keep every column, with its name (${language})`, async () => {
      const block = await mount(html`<factor-table lang=${language} group=${freshGroup()}></factor-table>`);
      const table = block.querySelector('factor-table') as FactorTable;
      const row = table.shadowRoot!.querySelector('tbody tr')!;
      const cells = [...row.querySelectorAll<HTMLElement>('th, td')];
      expect(cells.every((cell) => isShown(cell))).to.equal(true);
      // Each cell but the kind badge is labelled with its column's name, as the header row is out of sight,
      // with an empty alternative text: a screen reader says the column's header already.
      expect(getComputedStyle(cells[0]!, '::before').content, 'the kind badge').to.equal('none');
      const labels = cells.filter((cell) => !cell.classList.contains('col-kind'))
        .map((cell) => getComputedStyle(cell, '::before').content);
      expect(labels).to.deep.equal(names.map((name) => `${name} / ""`));
      await expect(block).to.be.accessible();
    });
  }

  it('the source dialog fits the screen and its buttons can be reached', async () => {
    const block = await mount(html`<factor-table group=${freshGroup()} no-search no-export></factor-table>`);
    const table = block.querySelector('factor-table') as FactorTable;
    startButton(block).focus();
    await tabUntil((el) => el?.getAttribute('part') === 'source-button', {limit: 12});
    await press('Enter');
    await waitFor(() => table.shadowRoot!.querySelector('dialog')?.open, 'the source dialog to open');
    await settle(block);
    const dialog = table.shadowRoot!.querySelector('dialog')!;
    const rect = dialog.getBoundingClientRect();
    expect(rect.left).to.be.at.least(0);
    expect(rect.right).to.be.at.most(320);
    expect(dialog.scrollWidth, 'the dialog does not scroll sideways').to.be.at.most(dialog.clientWidth + 1);
    for (const card of libraryElements(dialog)) {
      expectNoProblems(reflowProblems(card.parentElement as HTMLElement).filter((p) => !p.startsWith('the page')), 'card in the dialog');
      for (const button of card.shadowRoot!.querySelectorAll('button')) {
        const r = button.getBoundingClientRect();
        expect(r.left >= rect.left && r.right <= rect.right, `${describeElement(button)} is inside the dialog`).to.equal(true);
      }
    }
    await expect(table).to.be.accessible();
    await press('Escape');
  });

  it('the heatmap scrolls its grid sideways by itself, and a cell reached with End is in view, not under the row headers', async () => {
    const block = await mount(html`<barrier-heatmap group=${freshGroup()}></barrier-heatmap>`);
    const heatmap = block.querySelector('barrier-heatmap') as BarrierHeatmap;
    const scroller = heatmap.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
    expect(scroller.scrollWidth, 'the grid is wider than the screen').to.be.above(scroller.clientWidth);
    startButton(block).focus();
    await tabUntil((el) => el?.getAttribute('role') === 'gridcell', {limit: 3});
    await press('End');
    await settle(heatmap);
    const cell = deepActiveElement()!;
    const header = cell.parentElement!.querySelector('[role="rowheader"]')!;
    const place = () => ({box: scroller.getBoundingClientRect(), r: cell.getBoundingClientRect(), header: header.getBoundingClientRect()});
    // Scrolling may be smooth, and on a busy machine WebKit's frames come far apart: wait until the cell
    // is where it belongs, or until the grid has stood still for a second short of it.
    let [left, movedAt] = [-1, performance.now()];
    await waitFor(() => {
      const {box, r, header: head} = place();
      if (scroller.scrollLeft !== left) [left, movedAt] = [scroller.scrollLeft, performance.now()];
      return left > 0 && ((r.right <= box.right + 1 && r.left >= head.right - 1) || performance.now() - movedAt >= 1000);
    }, 'the grid to scroll to the cell and stop', {timeout: 6000});
    const {box, r, header: head} = place();
    expect(r.right, 'the cell is not cut off at the right').to.be.at.most(box.right + 1);
    expect(r.left, 'the cell is not under the sticky row header').to.be.at.least(head.right - 1);
  });
});

describe('browser zoom between 100 % and 200 % (a 1280 px laptop at 133 % and 150 %)', function () {
  this.timeout(30000);
  after(() => setViewport({width: 800, height: 600}));
  afterEach(unmountAll);

  for (const width of [960, 853]) {
    for (const [name, template] of variants) {
      it(`${width} CSS px, ${name}: no sideways scrolling, nothing sticks out or is cut off`, async () => {
        await setViewport({width, height: 700});
        const block = await mount(template());
        expectCleanLayout(block);
      });
    }
  }
});

describe('text at 200 % in a 640 px column of a 1280 px window (WCAG 1.4.4)', function () {
  this.timeout(30000);
  before(async () => {
    await setViewport({width: 1280, height: 800});
    document.documentElement.style.fontSize = '200%';
  });
  after(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({width: 800, height: 600});
  });
  afterEach(unmountAll);

  it('the elements follow the reader\'s text size', async () => {
    const block = await mount(html`<factor-table group=${freshGroup()}></factor-table>`, 'width: 640px');
    const table = block.querySelector('factor-table')!;
    expect(getComputedStyle(table.shadowRoot!.querySelector('caption')!).fontSize).to.equal(`${1.125 * 32}px`);
    expect(getComputedStyle(table.shadowRoot!.querySelector('input')!).fontSize).to.equal('32px');
    await expect(block).to.be.accessible();
  });

  for (const [name, template] of variants) {
    it(`${name}: no sideways scrolling, and no control cut off or on top of another`, async () => {
      const block = await mount(template(), 'width: 640px');
      expect(shownElements(block), 'the element is shown').to.be.above(0);
      expectCleanLayout(block);
    });
  }
});

describe('a reader\'s own text spacing (WCAG 1.4.12)', function () {
  this.timeout(30000);
  let sheet: HTMLStyleElement;
  before(async () => {
    await setViewport({width: 800, height: 600});
    // What the common text-spacing bookmarklet sets on a page: it reaches the elements by inheritance.
    sheet = document.createElement('style');
    sheet.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
    document.head.append(sheet);
  });
  after(() => sheet.remove());
  afterEach(unmountAll);

  it('the spacing reaches the text inside the elements', async () => {
    const block = await mount(html`<actor-filter group=${freshGroup()}></actor-filter>`);
    const button = block.querySelector('actor-filter')!.shadowRoot!.querySelector('button')!;
    expect(parseFloat(getComputedStyle(button).letterSpacing)).to.be.closeTo(0.12 * parseFloat(getComputedStyle(button).fontSize), 0.1);
    await expect(block).to.be.accessible();
  });

  for (const [name, template] of variants) {
    it(`${name}: nothing cut off or on top of something else`, async () => {
      const block = await mount(template());
      expectCleanLayout(block);
    });
  }
});
