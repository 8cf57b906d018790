import {expect, fixture, html} from '@open-wc/testing';
import {NO_FILTER, actorSourceMatrix, apaOrder, bundledDataset, filterFactors, formatApaReference} from '../../src/data/index.js';
import {sourcesCitedBy} from '../../src/data/filter-summary.js';
import {withReferences} from '../../src/data/bundled-references.js';
import '../../src/elements/barrier-heatmap/barrier-heatmap.js';
import type {BarrierHeatmap} from '../../src/elements/barrier-heatmap/barrier-heatmap.component.js';
import {common} from '../../src/i18n/common.js';
import {flat, freshGroup, shadow} from '../shared/elements.js';
import {printoutLoaded} from '../shared/print.js';

describe('<barrier-heatmap> on paper', () => {
  // No await after the event: Firefox copies the page for paper before a microtask runs.
  it('adds, the moment printing starts, its counts as a table of numbers with a row per source, what it counts and the references', async () => {
    const el = await fixture<BarrierHeatmap>(html`<barrier-heatmap group=${freshGroup()} query="werk"></barrier-heatmap>`);
    await el.updateComplete;
    await printoutLoaded();
    const root = shadow(el);
    expect(flat(root.querySelector('[part="statement"]')!), 'on screen').to.equal('Belemmerende factoren · zoekterm “werk” · 14 van 83 factoren');
    expect(root.querySelector('[part="print-table"]')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));

    expect(flat(root.querySelector('.print-statement')!)).to.equal(
      'Belemmerende factoren, gezocht op “werk”: 14 van de 83 factoren uit de psychologische landschapsanalyse.');
    const counted = filterFactors(bundledDataset, {...NO_FILTER, kind: 'inhiberend', query: 'werk'});
    const matrix = actorSourceMatrix(bundledDataset, counted);
    const table = root.querySelector('[part="print-table"] table')!;
    expect([...table.querySelectorAll('thead th')].map(flat)).to.deep.equal(['Bron', ...matrix.rows.map((row) => common.nl.actors[row.key])]);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((row) => flat(row.querySelector('th')!))).to.deep.equal(matrix.columns.map((column) => column.label));
    rows.forEach((row, c) => expect([...row.querySelectorAll('td')].map(flat)).to.deep.equal(matrix.cells.map((cells) => String(cells[c]!.count))));
    expect([...root.querySelectorAll('[part="print-references"] li')].map(flat))
      .to.deep.equal(apaOrder(sourcesCitedBy(withReferences(bundledDataset), counted)).map((source) => formatApaReference(source).text));
    expect(getComputedStyle(root.querySelector('[part="print-table"]')!).display, 'not on screen').to.equal('none');
    await expect(el).to.be.accessible();
  });
});
