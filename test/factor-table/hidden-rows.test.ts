import {expect} from '@open-wc/testing';
import {bundledDataset, DOCUMENT_ORDER, matchingFactors, NO_FILTER, type FactorQuery} from '../../src/data/index.js';
import type {FactorTable} from '../../src/elements/factor-table/factor-table.component.js';
import {freshGroup, rowIds, shadow} from '../shared/elements.js';
import {html, removeColumns, sortButton, tableFixture, tableInColumn} from './helpers.js';

// The document's 83 factors all keep a row, and a filter hides the rows it leaves out (a keystroke
// then costs half: the rows that stay keep their text). A hidden row must be gone for every reader:
// not drawn, not counted or numbered for a screen reader, not in the card layout either, and not
// brought back by a page's rule for the `row` part.

const idsOf = (query: Partial<FactorQuery>) =>
  matchingFactors(bundledDataset, {...NO_FILTER, sort: DOCUMENT_ORDER, ...query}).map((factor) => factor.id);
const allRows = (table: FactorTable) => [...shadow(table).querySelectorAll<HTMLElement>('tbody tr')];
const drawnIds = (table: FactorTable) =>
  allRows(table).filter((row) => row.getBoundingClientRect().height > 0).map((row) => row.dataset['factorId']);

describe('<factor-table> rows a filter leaves out', () => {
  after(removeColumns);

  it('are not drawn, and the rows shown are counted and numbered for screen readers', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()}></factor-table>`);
    table.query = 'tijd';
    await table.updateComplete;
    const expected = idsOf({query: 'tijd'});
    expect(expected.length, 'a search that leaves rows out').to.be.within(2, 40);
    expect(drawnIds(table)).to.deep.equal(expected);
    expect(rowIds(table)).to.deep.equal(expected);
    const shown = allRows(table).filter((row) => !row.hidden);
    expect(shown.map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(expected.map((_, i) => String(i + 2)));
    expect(allRows(table).filter((row) => row.hidden && row.hasAttribute('aria-rowindex')), 'numbered hidden rows').to.deep.equal([]);
    expect(shadow(table).querySelector('table')!.getAttribute('aria-rowcount')).to.equal(String(expected.length + 1));
    await expect(table).to.be.accessible();

    table.query = '';
    await table.updateComplete;
    expect(drawnIds(table)).to.deep.equal(bundledDataset.factors.map((factor) => factor.id));
  });

  it('stay hidden when the table sorts, and the rows shown follow the new order', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()} kind="inhiberend"></factor-table>`);
    sortButton(table, 'factor').click();
    await table.updateComplete;
    const expected = idsOf({kind: 'inhiberend', sort: {key: 'factor', direction: 'ascending'}});
    expect(drawnIds(table)).to.deep.equal(expected);
    expect(shadow(table).querySelector('.count')!.textContent).to.equal(`${expected.length} van 83 factoren`);
    await expect(table).to.be.accessible();
  });

  it('stay hidden in the card layout at 320 px', async () => {
    const table = await tableInColumn(320, 'tijd');
    expect(getComputedStyle(allRows(table).find((row) => !row.hidden)!).display, 'a row shown is a card').to.equal('block');
    expect(drawnIds(table)).to.deep.equal(idsOf({query: 'tijd'}));
    await expect(table).to.be.accessible();
  });

  it('stay hidden when the page styles the row part, even with !important', async () => {
    const style = document.createElement('style');
    style.textContent = 'factor-table::part(row) { display: block !important; }';
    document.head.append(style);
    try {
      const table = await tableFixture(html`<factor-table group=${freshGroup()} query="tijd"></factor-table>`);
      expect(drawnIds(table)).to.deep.equal(idsOf({query: 'tijd'}));
      expect(getComputedStyle(allRows(table).find((row) => !row.hidden)!).display, 'the page rule applies to the rows shown').to.equal('block');
    } finally {
      style.remove();
    }
  });

  it('leave the reader\'s focus on the same factor when a filter set elsewhere hides other rows', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()}></factor-table>`);
    const stays = idsOf({kind: 'inhiberend'})[5]!;
    expect(idsOf({}).indexOf(stays), 'a row that moves up once rows above it are hidden').to.be.above(5);
    const button = shadow(table).querySelector<HTMLButtonElement>(`tr[data-factor-id="${stays}"] .source`)!;
    const citation = button.textContent;
    button.focus();
    // As a script of the page, or the browser's back button with sync-url, would set it.
    table.setAttribute('kind', 'inhiberend');
    await table.updateComplete;
    const focused = shadow(table).activeElement as HTMLElement | null;
    expect(focused?.closest('tr')?.dataset['factorId'], 'the row of the focused button').to.equal(stays);
    expect(focused?.textContent).to.equal(citation);
  });
});
