import {expect} from '@open-wc/testing';
import {bundledDataset} from '../../src/data/index.js';
import {freshGroup, rowIds} from '../shared/elements.js';
import {html, tableFixture} from './helpers.js';

describe('<factor-table> before printing', function () {
  // axe over 400 rows takes a while in WebKit.
  this.timeout(60000);

  it('prints every matching row of a large dataset, not only the ones scrolled into view', async () => {
    const factors = Array.from({length: 400}, (_, i) => ({...bundledDataset.factors[i % bundledDataset.factors.length], id: `rij-${i}`}));
    const table = await tableFixture(html`<factor-table group=${freshGroup()} .data=${{...bundledDataset, factors}}></factor-table>`);
    expect(rowIds(table).length, 'on screen: the first rows').to.be.below(400);
    window.dispatchEvent(new Event('beforeprint'));
    await table.updateComplete;
    expect(rowIds(table)).to.have.length(400);
    await expect(table).to.be.accessible();
  });
});
