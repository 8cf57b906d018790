import {expect} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import {bundledDataset} from '../../src/data/index.js';
import {freshGroup, html, rowIds, shadow, tableFixture} from './helpers.js';

const shown = (el: Element) => getComputedStyle(el).display !== 'none';

describe('<factor-table> on paper', () => {
  afterEach(() => emulateMedia({media: 'screen'}));

  it('prints the rows without the controls that only work on screen', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()}></factor-table>`);
    const root = shadow(table);
    expect(shown(root.querySelector('.search')!), 'search box on screen').to.equal(true);
    await emulateMedia({media: 'print'});
    expect(shown(root.querySelector('.search')!), 'search box on paper').to.equal(false);
    expect(shown(root.querySelector('.csv')!), 'CSV button on paper').to.equal(false);
    expect(shown(root.querySelector('.sort .arrow')!), 'sort arrows on paper').to.equal(false);
    expect(shown(root.querySelector('.evidence-bar')!), 'evidence bars on paper').to.equal(false);
    // What is printed still says what it is: caption, count and every row with its number of studies.
    expect(shown(root.querySelector('caption')!)).to.equal(true);
    expect(shown(root.querySelector('.count')!)).to.equal(true);
    expect(rowIds(table)).to.have.length(bundledDataset.factors.length);
    expect(root.querySelector('tbody .evidence')!.textContent).to.match(/^\d/);
    await expect(table).to.be.accessible();
  });

  it('prints every matching row of a large dataset, not only the ones scrolled into view', async () => {
    const factors = Array.from({length: 400}, (_, i) => ({...bundledDataset.factors[i % bundledDataset.factors.length], id: `rij-${i}`}));
    const table = await tableFixture(html`<factor-table group=${freshGroup()} .data=${{...bundledDataset, factors}}></factor-table>`);
    expect(rowIds(table).length, 'on screen: the first rows').to.be.below(400);
    window.dispatchEvent(new Event('beforeprint'));
    await table.updateComplete;
    expect(rowIds(table)).to.have.length(400);
  });
});
