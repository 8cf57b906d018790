import {expect} from '@open-wc/testing';
import {bundledDataset, filterFactors, NO_FILTER, type Dataset} from '../../src/data/index.js';
import {fixture} from '@open-wc/testing';
import type {FactorTable} from '../../src/elements/factor-table/factor-table.component.js';
import {freshGroup, html, rowIds, shadow, tableFixture} from './helpers.js';

/** A table inside a column of the given width, as in a CMS page's sidebar. */
async function tableInColumn(width: number): Promise<FactorTable> {
  const column = document.createElement('div');
  column.style.width = `${width}px`;
  document.body.append(column);
  const table = await fixture<FactorTable>(html`<factor-table group=${freshGroup()}></factor-table>`, {parentNode: column});
  await table.updateComplete;
  return table;
}

/** A big dataset made of the real rows, each copied under a new id. */
function bigDataset(size: number): Dataset {
  const factors = Array.from({length: size}, (_, i) => {
    const base = bundledDataset.factors[i % bundledDataset.factors.length];
    return {...base, id: `${base.id}-${i}`};
  });
  return {...bundledDataset, factors};
}

describe('<factor-table> on narrow screens', () => {
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
