import {expect} from '@open-wc/testing';
import {bundledDataset, filterFactors, NO_FILTER, type Dataset} from '../../src/data/index.js';
import type {FactorTable} from '../../src/elements/factor-table/factor-table.component.js';
import {freshGroup, rowIds, shadow} from '../shared/elements.js';
import {html, removeColumns, tableFixture, tableInColumn} from './helpers.js';

/** A big dataset made of the real rows, each copied under a new id. */
function bigDataset(size: number): Dataset {
  const factors = Array.from({length: size}, (_, i) => {
    const base = bundledDataset.factors[i % bundledDataset.factors.length];
    return {...base, id: `${base.id}-${i}`};
  });
  return {...bundledDataset, factors};
}

describe('<factor-table> on narrow screens', () => {
  after(removeColumns);

  it('turns rows into cards at 320 px without horizontal scrolling, and keeps table roles', async () => {
    const table = await tableInColumn(320);
    const row = shadow(table).querySelector('tbody tr')!;
    expect(getComputedStyle(row).display).to.equal('block');
    expect(table.scrollWidth).to.be.at.most(320);
    expect(row.getAttribute('role')).to.equal('row');
    expect(shadow(table).querySelector('table')!.getAttribute('role')).to.equal('table');
    await expect(table).to.be.accessible();
  });

  it('stays a table on a wide screen', async () => {
    const table = await tableInColumn(1000);
    expect(getComputedStyle(shadow(table).querySelector('tbody tr')!).display).to.equal('table-row');
  });
});

describe('<factor-table> with 10,000 rows', () => {
  it('renders the first rows, counts all of them, filters and shows more on request', async () => {
    const data = bigDataset(10_000);
    const table = await tableFixture(html`<factor-table group=${freshGroup()} .data=${data}></factor-table>`);
    await table.updateComplete;
    expect(shadow(table).querySelector('.count')!.textContent).to.equal('10.000 van 10.000 factoren');
    const firstBatch = rowIds(table).length;
    expect(firstBatch).to.be.greaterThan(0).and.lessThan(10_000);
    expect(table.visibleFactors).to.have.length(10_000);

    table.query = 'schaamte';
    await table.updateComplete;
    const expected = filterFactors(data, {...NO_FILTER, query: 'schaamte'});
    expect(table.visibleFactors.map((f) => f.id)).to.deep.equal(expected.map((f) => f.id));
    expect(shadow(table).querySelector('.count')!.textContent).to.equal(`${expected.length.toLocaleString('nl-NL')} van 10.000 factoren`);

    table.query = '';
    await table.updateComplete;
    shadow(table).querySelector<HTMLButtonElement>('.more')!.click();
    await table.updateComplete;
    expect(rowIds(table).length).to.be.greaterThan(firstBatch);
  });
});

/**
 * The words of the factor, how and source cells that the layout splits over two lines between two
 * letters (a split after a hyphen or slash is where Dutch breaks anyway: "HRM-|instrumenten").
 */
function wordsSplitMidWord(table: FactorTable): string[] {
  const split: string[] = [];
  for (const cell of shadow(table).querySelectorAll('tbody .col-factor, tbody .col-how, tbody .col-source')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const word of node.data.matchAll(/[^\s/‐–-]+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) split.push(word[0]);
      }
    }
  }
  return split;
}

describe('<factor-table> words in a CMS column', () => {
  after(removeColumns);

  // Before the column floors: 50 words split at 860 px, 26 at 1100 and 11 at 1300. After: 17, 3 and 0
  // (fonts of the test machine; where the browser hyphenates Dutch, such a split gets its hyphen). With
  // the Wie column's fixed 7.25em below 69em, WebKit splits 8 at 1100 px (Chromium and Firefox fewer).
  for (const [width, most] of [[860, 25], [1100, 8], [1300, 2]] as const) {
    it(`keeps words whole but for at most ${most} long compounds in a ${width} px column, without sideways scrolling`, async () => {
      const table = await tableInColumn(width);
      const wrap = shadow(table).querySelector('.table-wrap')!;
      expect(getComputedStyle(shadow(table).querySelector('tbody tr')!).display).to.equal('table-row');
      expect(wrap.scrollWidth, 'no sideways scrolling').to.be.at.most(wrap.clientWidth);
      const split = wordsSplitMidWord(table);
      expect(split.length, split.join(', ')).to.be.at.most(most);
      await expect(table).to.be.accessible();
    });
  }
});
