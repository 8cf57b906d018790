import {expect} from '@open-wc/testing';
import '../../src/elements/factor-table/factor-table.js';
import type {FactorTable} from '../../src/elements/factor-table/factor-table.component.js';
import {bundledDataset} from '../../src/data/index.js';
import {setViewport} from '../shared/commands.js';
import {freshGroup, rowIds} from '../shared/elements.js';

// The table's first frame shows the rows that fill a screen, and the rest follow in the next frame
// (laying out all 83 before the first paint took twice as long). The reader must not see that: the
// first frame already reaches below the screen, so nothing in view moves when the rest arrive, and a
// script that awaits updateComplete gets every row.

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

// The tall screen needs more rows than the first few the table starts with: it takes more before it paints.
for (const [name, viewport] of [['laptop', {width: 1280, height: 900}], ['phone', {width: 390, height: 844}],
  ['tall screen', {width: 1280, height: 1800}]] as const) {
  describe(`<factor-table>, its first frame on a ${name} (${viewport.width}×${viewport.height})`, function () {
    this.timeout(30000);
    let page: HTMLElement;
    before(() => setViewport(viewport));
    after(() => setViewport({width: 800, height: 600}));
    beforeEach(() => {
      page = document.createElement('main');
      document.body.append(page);
    });
    afterEach(() => page.remove());

    // Also with a filter from the start: the rows it hides come in the second frame, hidden, and must
    // not take the place of rows the reader sees in the first.
    for (const kind of [undefined, 'inhiberend']) it(`fills the screen${kind ? ` with kind="${kind}"` : ''}, and the rest of the rows come without moving what is in view`, async () => {
      const table = document.createElement('factor-table') as FactorTable;
      table.group = freshGroup();
      if (kind) table.setAttribute('kind', kind);
      const expected = kind ? bundledDataset.factors.filter((factor) => factor.kind === kind).length : 83;
      const after = document.createElement('p');
      after.textContent = 'Tekst na de tabel';
      page.append(table, after);

      await nextFrame();
      const firstFrame = rowIds(table).length;
      expect(firstFrame, 'rows in the first frame').to.be.above(0);
      expect(table.shadowRoot!.querySelector('.more'), 'no "show more" button: the rest come by themselves').to.equal(null);
      expect(table.getBoundingClientRect().bottom, 'the first frame reaches below the screen').to.be.above(innerHeight);
      const firstRow = () => table.shadowRoot!.querySelector<HTMLElement>('tbody tr:not([hidden])')!;
      const firstRowTop = firstRow().getBoundingClientRect().top;
      const firstRowId = firstRow().dataset['factorId'];

      await table.updateComplete;
      expect(rowIds(table), 'every row once updateComplete resolves').to.have.length(expected);
      expect(firstRow().getBoundingClientRect().top, 'the first row stays put').to.equal(firstRowTop);
      expect(firstRow().dataset['factorId'], 'the first row is the same factor').to.equal(firstRowId);
      expect(after.getBoundingClientRect().top, 'the text after the table stays out of view').to.be.above(innerHeight);
      await expect(table).to.be.accessible();
    });
  });
}

describe('<factor-table>, its first frame where it cannot fill the screen', function () {
  this.timeout(30000);
  let page: HTMLElement;
  beforeEach(() => {
    page = document.createElement('main');
    document.body.append(page);
  });
  afterEach(() => page.remove());

  // The first frame takes rows while the table ends on the screen. A table that is not displayed, or that
  // a page's CSS gives a fixed height, always ends there: it must stop at the last row, not keep rendering.
  for (const [what, place] of [
    ['in a hidden block', (table: HTMLElement) => {
      const block = document.createElement('div');
      block.hidden = true;
      block.append(table);
      return block;
    }],
    ['with a fixed height from the page', (table: HTMLElement) => {
      table.style.cssText = 'display: block; height: 10em; overflow: auto';
      return table;
    }],
  ] as const) it(`renders every row, ${what}`, async () => {
    const table = document.createElement('factor-table') as FactorTable;
    table.group = freshGroup();
    page.append(place(table));
    await nextFrame();
    await table.updateComplete;
    expect(rowIds(table), 'every row once updateComplete resolves').to.have.length(83);
    table.closest('[hidden]')?.removeAttribute('hidden');
    await expect(table).to.be.accessible();
  });
});
