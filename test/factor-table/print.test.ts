// @engines chromium: print media can only be emulated through the DevTools protocol (print-rows.test.ts runs everywhere)
import {expect} from '@open-wc/testing';
import {emulateMedia} from '../shared/commands.js';
import {bundledDataset} from '../../src/data/index.js';
import {freshGroup, rowIds, shadow} from '../shared/elements.js';
import {html, tableFixture} from './helpers.js';

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
});
