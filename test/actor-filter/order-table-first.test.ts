// CMS pages parse elements and load scripts in any order. In this file the elements are in the page
// before any script defines them, and the table's module loads before the filter's.
import {expect} from '@open-wc/testing';
import {bundledDataset, filterFactors, NO_FILTER} from '../../src/data/index.js';
import {rowIds} from '../shared/elements.js';

describe('definition order: table defined first, elements parsed before any definition', () => {
  it('syncs filter and table once both are defined', async () => {
    const block = document.createElement('div');
    block.append(document.createElement('factor-table'));
    const other = document.createElement('aside');
    other.append(document.createElement('actor-filter'));
    document.body.append(block, other);

    await import('../../src/elements/factor-table/factor-table.js');
    const table = block.querySelector('factor-table')!;
    // The table has shown its rows before the filter's script arrives.
    await table.updateComplete;
    expect(rowIds(table), 'rows before the filter is defined').to.have.length(bundledDataset.factors.length);
    expect(customElements.get('actor-filter'), 'the filter is not defined yet').to.equal(undefined);
    await import('../../src/elements/actor-filter/actor-filter.js');
    const filter = other.querySelector('actor-filter')!;
    await filter.updateComplete;
    filter.shadowRoot!.querySelector<HTMLButtonElement>('button[data-value="trainer"]')!.click();
    await table.updateComplete;
    const expected = filterFactors(bundledDataset, {...NO_FILTER, actors: ['trainer']}).map((f) => f.id);
    expect(rowIds(table)).to.deep.equal(expected);
  });
});
