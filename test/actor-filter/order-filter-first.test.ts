// The filter's script runs at the top of the page, before the table even exists; the table's
// element and script come later (another CMS block).
import {expect} from '@open-wc/testing';
import {bundledDataset, filterFactors, NO_FILTER} from '../../src/data/index.js';

describe('definition order: filter defined and used first, table parsed and defined later', () => {
  it('gives the later table the state the filter already set', async () => {
    await import('../../src/elements/actor-filter/actor-filter.js');
    const filter = document.createElement('actor-filter');
    document.body.append(filter);
    await filter.updateComplete;
    filter.shadowRoot!.querySelector<HTMLButtonElement>('button[data-value="omgeving"]')!.click();

    const table = document.createElement('factor-table');
    document.body.append(table);
    await import('../../src/elements/factor-table/factor-table.js');
    await (table as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    const expected = filterFactors(bundledDataset, {...NO_FILTER, actors: ['omgeving']}).map((f) => f.id);
    expect([...table.shadowRoot!.querySelectorAll('tbody tr:not([hidden])')].map((tr) => tr.getAttribute('data-factor-id'))).to.deep.equal(expected);
  });
});
