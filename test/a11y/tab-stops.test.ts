// A keyboard user gets past the table in at most three Tab presses: the skip link is the table's first
// stop, Enter moves the focus to "Einde van de tabel" after the rows, and the next Tab leaves the table.
// Without it, the table is a stop per control: counted here, so a change to it is seen.
import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {bundledDataset} from '../../src/data/index.js';
import {citationsOf} from '../../src/data/sources.js';
import {press, setViewport} from '../shared/commands.js';
import {mount, freshGroup, shadow, unmountAll} from '../shared/elements.js';
import {composedContains, deepActiveElement, describeElement, expectFocusVisible, startButton, tabUntil} from './helpers.js';

/** A source button per citation of each row. */
const sourceButtons = bundledDataset.factors.reduce((sum, factor) => sum + citationsOf(bundledDataset, factor).length, 0);

async function tableBetweenButtons() {
  const block = await mount(html`<factor-table group=${freshGroup()}></factor-table><button type="button" id="na">Na de tabel</button>`);
  const start = startButton(block, 'Voor de tabel');
  return {block, start, table: block.querySelector('factor-table')!, after: block.querySelector<HTMLButtonElement>('#na')!};
}

describe('tab stops of the table', function () {
  this.timeout(60000);
  afterEach(unmountAll);
  after(() => setViewport({width: 800, height: 600}));

  it('passes the whole table in two Tab presses and an Enter, with the focus in view all the way', async () => {
    await setViewport({width: 1280, height: 900});
    const {start, table, after} = await tableBetweenButtons();
    start.focus();
    let tabs = 0;
    const [skip] = await tabUntil((el) => el?.matches('a.skip') ?? false, {limit: 1});
    tabs++;
    expect(skip.textContent).to.equal('Sla de tabel over');
    expect(composedContains(table, skip)).to.equal(true);
    expect(skip.getBoundingClientRect().width, 'the skip link shows when it has the focus').to.be.above(10);
    await press('Enter');
    const end = deepActiveElement()!;
    expect(end.textContent, `the focus is on ${describeElement(end)}`).to.equal('Einde van de tabel');
    expectFocusVisible(end, 'after the skip link:');
    expect(end.getBoundingClientRect().top, 'the end of the table, below its rows').to.be.above(shadow(table).querySelector('tbody')!.getBoundingClientRect().bottom - 1);
    await tabUntil((el) => el === after, {limit: 1});
    tabs++;
    expect(tabs, 'Tab presses to get past the table').to.be.at.most(3);
    // "Einde van de tabel" is only the skip link's target, no stop of its own.
    await tabUntil((el) => el?.matches('[part="source-button"]') ?? false, {limit: 1, backwards: true});
  });

  for (const [layout, size, controls] of [
    ['a laptop', {width: 1280, height: 900}, ['search', 'csv', ...Array(6).fill('sort-button')]],
    ['a phone (one sort control)', {width: 390, height: 844}, ['search', 'csv', 'sort-select']],
  ] as const) {
    it(`without the skip link, on ${layout}: the skip link, the toolbar, the sorting and a stop per source button`, async () => {
      await setViewport(size);
      const {start, table, after} = await tableBetweenButtons();
      start.focus();
      const passed = await tabUntil((el) => el === after, {limit: 200});
      const inTable = passed.filter((el) => composedContains(table, el));
      expect(inTable.map((el) => el.matches('a.skip') ? 'skip' : el.getAttribute('part')))
        .to.deep.equal(['skip', ...controls, ...Array(sourceButtons).fill('source-button')]);
    });
  }
});
