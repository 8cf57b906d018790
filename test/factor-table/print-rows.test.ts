import {expect} from '@open-wc/testing';
import sinon from 'sinon';
import {apaOrder, bundledDataset, formatApaReference} from '../../src/data/index.js';
import {sourcesCitedBy} from '../../src/data/filter-summary.js';
import {withReferences} from '../../src/data/bundled-references.js';
import {flat, freshGroup, rowIds, shadow} from '../shared/elements.js';
import {printoutLoaded} from '../shared/print.js';
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

  // Firefox copies the page for paper before a microtask runs: what paper needs must be there when the
  // event's listeners return, without an await.
  it('adds, the moment printing starts, what it shows in a sentence, the date and address, and the references of its rows', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()} kind="inhiberend" actor="werkgever"></factor-table>`);
    await printoutLoaded();
    const root = shadow(table);
    expect(root.querySelector('[part="print-head"]'), 'nothing for paper before printing').to.equal(null);
    const clock = sinon.useFakeTimers({now: new Date(2026, 11, 7, 12), toFake: ['Date']});
    try {
      window.dispatchEvent(new Event('beforeprint'));
    } finally {
      clock.restore();
    }
    const head = root.querySelector('[part="print-head"]')!;
    expect(flat(head)).to.equal(`Belemmerende factoren voor werkgevers: 8 van de 83 factoren uit de psychologische landschapsanalyse. Afgedrukt op 7 december 2026 van ${location.href}`);
    expect(rowIds(table)).to.have.length(8);
    const cited = apaOrder(sourcesCitedBy(withReferences(bundledDataset), table.visibleFactors));
    expect(cited.map((source) => source.citation)).to.include.members(['ROA (2018)', 'SCP (2019)']);
    expect([...root.querySelectorAll('[part="print-references"] li')].map(flat)).to.deep.equal(cited.map((source) => formatApaReference(source).text));
    // Above the table and below it; on screen neither shows.
    const grid = root.querySelector('table')!;
    expect(head.compareDocumentPosition(grid) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(grid.compareDocumentPosition(root.querySelector('[part="print-references"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(getComputedStyle(head).display).to.equal('none');
    await expect(table).to.be.accessible();
  });

  it('gives the table a language to hyphenate by on paper only: the screen keeps the page\'s', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()}></factor-table>`);
    const grid = shadow(table).querySelector('table')!;
    expect(grid.hasAttribute('lang'), 'on screen').to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(grid.lang, 'on paper').to.equal('nl');
    window.dispatchEvent(new Event('afterprint'));
    await table.updateComplete;
    expect(grid.hasAttribute('lang'), 'on screen again').to.equal(false);
  });

  it('prints the moment\'s filter and date at every print', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()} lang="en"></factor-table>`);
    await printoutLoaded();
    window.dispatchEvent(new Event('beforeprint'));
    table.setAttribute('query', 'coaching');
    await table.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    const statement = shadow(table).querySelector('.print-statement')!;
    expect(flat(statement)).to.equal('Factors, search “coaching”: 2 of the 83 factors from the psychological landscape analysis.');
    expect(shadow(table).querySelectorAll('[part="print-references"] li')).to.have.length(
      sourcesCitedBy(bundledDataset, table.visibleFactors).length);
  });
});
