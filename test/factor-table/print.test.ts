// @engines chromium: print media can only be emulated through the DevTools protocol (print-rows.test.ts runs everywhere)
import {expect} from '@open-wc/testing';
import {emulateMedia} from '../shared/commands.js';
import {bundledDataset} from '../../src/data/index.js';
import {freshGroup, rowIds, shadow} from '../shared/elements.js';
import {printoutLoaded} from '../shared/print.js';
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

  it('prints the sentence, date and references instead of the toolbar, and a table, not cards, also from a narrow column', async () => {
    const table = await tableFixture(html`<div style="width: 320px"><factor-table group=${freshGroup()} kind="inhiberend" actor="werkgever"></factor-table></div>`);
    await printoutLoaded();
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({media: 'print'});
    const root = shadow(table);
    expect(shown(root.querySelector('[part="print-head"]')!), 'the sentence, date and address').to.equal(true);
    expect(shown(root.querySelector('[part="print-references"]')!), 'the references').to.equal(true);
    expect(shown(root.querySelector('.toolbar')!), 'the toolbar, with its short statement and chips').to.equal(false);
    expect(getComputedStyle(root.querySelector('tbody tr:not([hidden])')!).display, 'a row, not a card').to.equal('table-row');
    expect(getComputedStyle(root.querySelector('tbody tr:not([hidden]) .col-how')!).display).to.equal('table-cell');
    expect(getComputedStyle(root.querySelector('tbody tr:not([hidden]) .col-how')!, '::before').content, 'no column names in the cells').to.equal('none');
    // Chromium repeats no header on the next page that holds a button.
    expect(getComputedStyle(root.querySelector('.sort')!).display).to.equal('contents');
    // The kind as a word in the text colour, not white on a coloured badge.
    const badge = root.querySelector('.badge')!;
    expect(getComputedStyle(badge).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(badge).color).to.equal(getComputedStyle(root.querySelector('tbody th')!).color);
    expect(getComputedStyle(root.querySelector('tbody tr:not([hidden])')!).breakInside).to.equal('avoid');
    expect(root.querySelector('table')!.lang, 'the language a browser hyphenates by').to.equal('nl');
    await expect(table).to.be.accessible();
  });

  it('gives "how" and "factor" the room at the width of an A4 page, and lets a row taller than a third of a page break', async () => {
    const tall = {...bundledDataset.factors[0]!, id: 'lang', how: 'een heel lange uitleg '.repeat(60).trim()};
    const data = {...bundledDataset, factors: [tall, ...bundledDataset.factors.slice(1)]};
    // 718 px: A4's 210 mm less 1 cm margins on each side, at 96 px to the inch.
    const table = await tableFixture(html`<div style="width: 718px"><factor-table group=${freshGroup()} .data=${data}></factor-table></div>`);
    await printoutLoaded();
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({media: 'print'});
    const root = shadow(table);
    const width = (column: string) => root.querySelector(`thead .col-${column}`)!.getBoundingClientRect().width;
    for (const narrow of ['kind', 'actor', 'source', 'evidence']) {
      expect(width('how'), `how against ${narrow}`).to.be.above(width(narrow));
      expect(width('factor'), `factor against ${narrow}`).to.be.above(width(narrow));
    }
    expect(width('how')).to.be.above(width('factor'));
    expect(getComputedStyle(root.querySelector('tr[data-factor-id="lang"]')!).breakInside).to.equal('auto');
    expect(getComputedStyle(root.querySelector(`tr[data-factor-id="${bundledDataset.factors[1]!.id}"]`)!).breakInside).to.equal('avoid');
  });
});
