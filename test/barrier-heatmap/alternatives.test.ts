import {expect, fixture, html} from '@open-wc/testing';
import {NO_FILTER, actorSourceMatrix, bundledDataset, filterFactors} from '../../src/data/index.js';
import {heatmapSummary} from '../../src/i18n/heatmap-summary.js';
import '../../src/elements/barrier-heatmap/barrier-heatmap.js';
import type {BarrierHeatmap} from '../../src/elements/barrier-heatmap/barrier-heatmap.component.js';
import {freshGroup, shadow} from '../shared/elements.js';

const matrix = actorSourceMatrix(bundledDataset, filterFactors(bundledDataset, {...NO_FILTER, kind: 'inhiberend'}));
const textOf = (el: Element) => el.textContent!.trim();

async function heatmapFixture(transposed = false, lang = 'nl'): Promise<BarrierHeatmap> {
  const el = await fixture<BarrierHeatmap>(html`<barrier-heatmap ?transposed=${transposed} lang=${lang} group=${freshGroup()}></barrier-heatmap>`);
  await el.updateComplete;
  return el;
}
async function showTable(el: BarrierHeatmap): Promise<HTMLButtonElement> {
  const toggle = shadow(el).querySelector<HTMLButtonElement>('[part="toggle"]')!;
  toggle.click();
  await el.updateComplete;
  return toggle;
}

describe('<barrier-heatmap> text alternatives', () => {
  it('shows the same numbers as a real table, with a caption and scoped headers', async () => {
    const el = await heatmapFixture();
    const toggle = await showTable(el);
    expect(textOf(toggle)).to.equal('Toon als tabel');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const root = shadow(el);
    expect(root.querySelector('[role="grid"]')).to.equal(null);
    const table = root.querySelector('table')!;
    expect(textOf(table.querySelector('caption')!)).to.equal('Belemmeringen per actor en bron');
    const heads = [...table.querySelectorAll('thead th')];
    expect(heads.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect(heads.slice(1).map(textOf)).to.deep.equal(matrix.columns.map((c) => c.label));
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((tr) => tr.querySelector('th[scope="row"]')!.textContent)).to.deep.equal(['Werknemer', 'Omgeving', 'Werkgever', 'Trainer']);
    rows.forEach((tr, r) => expect([...tr.querySelectorAll('td')].map(textOf)).to.deep.equal(matrix.cells[r].map((cell) => String(cell.count))));
    expect(el.showTable).to.equal(true);
    expect(el.hasAttribute('show-table')).to.equal(true);
    await expect(el).to.be.accessible();

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(root.querySelector('table')).to.equal(null);
    expect(root.querySelector('[role="grid"]')).not.to.equal(null);
  });

  it('transposes the table as well', async () => {
    const el = await heatmapFixture(true);
    await showTable(el);
    const rows = [...shadow(el).querySelectorAll('tbody tr')];
    expect(rows.map((tr) => textOf(tr.querySelector('th')!))).to.deep.equal(matrix.columns.map((c) => c.label));
    rows.forEach((tr, c) => expect([...tr.querySelectorAll('td')].map(textOf)).to.deep.equal(matrix.cells.map((row) => String(row[c].count))));
    await expect(el).to.be.accessible();
  });

  it('writes a plain-language summary that names the largest cell', async () => {
    const el = await heatmapFixture();
    const summary = shadow(el).querySelector('[part="summary"]')!;
    const largest = matrix.cells.flat().find((cell) => cell.count === matrix.max)!;
    expect(textOf(summary)).to.equal(heatmapSummary(matrix, {kind: 'inhiberend', language: 'nl'}));
    expect(textOf(summary)).to.contain(`${largest.actor} bij ${largest.citation}: ${largest.count} belemmeringen`);
    // Read once, where it stands: not also as the grid's description.
    expect(shadow(el).querySelector('[role="grid"]')!.hasAttribute('aria-describedby')).to.equal(false);
    const english = await heatmapFixture(false, 'en');
    expect(textOf(shadow(english).querySelector('[part="summary"]')!)).to.contain('The largest cell is employee in Panteia (2019): 16 barriers.');
  });
});
