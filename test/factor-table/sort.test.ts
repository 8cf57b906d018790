import {expect} from '@open-wc/testing';
import {waitFor} from '../shared/wait.js';
import {press} from '../shared/commands.js';
import {bundledDataset} from '../../src/data/index.js';
import {dutchCollator} from '../../src/data/text.js';
import {fakeTimeouts, realTimeouts} from '../shared/clock.js';
import {expectAnnouncedAfterPause, freshGroup, rowIds, shadow} from '../shared/elements.js';
import {headerOf, html, sortButton, tableFixture} from './helpers.js';

const factorNames = (ids: (string | null)[]) => ids.map((id) => bundledDataset.factors.find((f) => f.id === id)!.factor);

describe('<factor-table> sorting', () => {
  afterEach(realTimeouts);

  it('sorts by factor with Dutch collation on click, marks aria-sort and announces the order', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()}></factor-table>`);
    const clock = fakeTimeouts();
    sortButton(table, 'factor').click();
    await table.updateComplete;
    const names = factorNames(rowIds(table));
    expect(names).to.deep.equal([...names].sort(dutchCollator.compare));
    expect(headerOf(table, 'factor').getAttribute('aria-sort')).to.equal('ascending');
    expect(headerOf(table, 'how').hasAttribute('aria-sort')).to.equal(false);
    await expectAnnouncedAfterPause(clock, table, 'Gesorteerd op factor, oplopend');
    realTimeouts();
    await expect(table).to.be.accessible();
  });

  it('goes ascending, descending, then back to the document order', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()}></factor-table>`);
    const documentOrder = bundledDataset.factors.map((f) => f.id);
    sortButton(table, 'evidence').click();
    await table.updateComplete;
    sortButton(table, 'evidence').click();
    await table.updateComplete;
    expect(headerOf(table, 'evidence').getAttribute('aria-sort')).to.equal('descending');
    expect(rowIds(table)[0]).to.equal('gebrek-aan-zelfvertrouwen');
    sortButton(table, 'evidence').click();
    await table.updateComplete;
    expect(rowIds(table)).to.deep.equal(documentOrder);
    expect(headerOf(table, 'evidence').hasAttribute('aria-sort')).to.equal(false);
  });

  it('sorts from the keyboard: Tab to a header button and press Enter', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()} no-search no-export></factor-table>`);
    sortButton(table, 'kind').focus();
    await press('Tab');
    expect(shadow(table).activeElement).to.equal(sortButton(table, 'factor'));
    await press('Enter');
    await waitFor(() => headerOf(table, 'factor').getAttribute('aria-sort') === 'ascending', 'Enter sorts ascending');
    await press('Space');
    await waitFor(() => headerOf(table, 'factor').getAttribute('aria-sort') === 'descending', 'Space sorts descending');
  });

  it('keeps document order among equals (stable) when sorting by kind', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()}></factor-table>`);
    sortButton(table, 'kind').click();
    sortButton(table, 'kind').click();
    await table.updateComplete;
    const ids = rowIds(table);
    const inhibiting = bundledDataset.factors.filter((f) => f.kind === 'inhiberend').map((f) => f.id);
    expect(ids.slice(0, inhibiting.length)).to.deep.equal(inhibiting);
  });
});
