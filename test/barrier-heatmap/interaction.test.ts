import {expect, fixture, html} from '@open-wc/testing';
import {press} from '../shared/commands.js';
import type {TemplateResult} from 'lit';
import {NO_FILTER, actorSourceMatrix, bundledDataset, filterFactors, type HeatmapCell} from '../../src/data/index.js';
import '../../src/elements/barrier-heatmap/barrier-heatmap.js';
import '../../src/elements/factor-table/factor-table.js';
import type {BarrierHeatmap} from '../../src/elements/barrier-heatmap/barrier-heatmap.component.js';
import type {FactorTable} from '../../src/elements/factor-table/factor-table.component.js';
import {freshGroup, settle, shadow} from '../shared/elements.js';

const matrix = actorSourceMatrix(bundledDataset, filterFactors(bundledDataset, {...NO_FILTER, kind: 'inhiberend'}));
const gridCell = (el: BarrierHeatmap, actor: string, source: string) =>
  shadow(el).querySelector<HTMLElement>(`[role="gridcell"][data-actor="${actor}"][data-source="${source}"]`)!;
const tabStops = (el: BarrierHeatmap) => [...shadow(el).querySelectorAll<HTMLElement>('[role="gridcell"][tabindex="0"]')];
const focused = (el: BarrierHeatmap) => shadow(el).activeElement as HTMLElement | null;
const at = (el: BarrierHeatmap) => {
  const cell = focused(el)!;
  return [cell.dataset.actor, cell.dataset.source];
};
const keyOf = (r: number, c: number) => [matrix.cells[r][c].actor, matrix.cells[r][c].sourceId];

async function linked(template: (group: string) => TemplateResult) {
  const root = await fixture(template(freshGroup()));
  const heatmap = root.querySelector('barrier-heatmap') as BarrierHeatmap;
  const table = root.querySelector('factor-table') as FactorTable;
  await heatmap.updateComplete;
  await table.updateComplete;
  return {heatmap, table};
}
/** Focuses a cell. A test page in a background tab gets no focus events, so send the one the element listens to. */
function focusCell(cell: HTMLElement) {
  cell.focus();
  if (!document.hasFocus()) cell.dispatchEvent(new FocusEvent('focusin', {bubbles: true, composed: true}));
}

describe('<barrier-heatmap> keyboard and choice', () => {
  it('is one tab stop, and arrows, Home/End and Ctrl+Home/End move the focus', async () => {
    const before = document.createElement('button');
    before.textContent = 'voor';
    const root = await fixture(html`<div></div>`);
    root.append(before);
    const heatmap = document.createElement('barrier-heatmap');
    heatmap.group = freshGroup();
    // Something to Tab to after the grid: a Tab out of the page's last stop takes the focus to the browser's
    // own toolbar, and Firefox leaves it there for the next test file's page, which then gets no clicks from Enter.
    const after = document.createElement('button');
    after.textContent = 'na';
    root.append(heatmap, after);
    await heatmap.updateComplete;
    expect(tabStops(heatmap)).to.have.length(1);
    before.focus();
    await press('Tab'); // the "toon als tabel" button
    await press('Tab'); // the grid
    expect(at(heatmap)).to.deep.equal(keyOf(0, 0));

    const last = matrix.columns.length - 1;
    for (const [key, expected] of [
      ['ArrowRight', keyOf(0, 1)], ['ArrowDown', keyOf(1, 1)], ['End', keyOf(1, last)], ['ArrowRight', keyOf(1, last)],
      ['Home', keyOf(1, 0)], ['ArrowLeft', keyOf(1, 0)], ['Control+End', keyOf(3, last)], ['ArrowDown', keyOf(3, last)],
      ['Control+Home', keyOf(0, 0)], ['ArrowUp', keyOf(0, 0)],
    ] as const) {
      await press(key);
      await heatmap.updateComplete;
      expect(at(heatmap), key).to.deep.equal(expected);
      expect(tabStops(heatmap), key).to.deep.equal([focused(heatmap)]);
    }
    await press('Tab');
    expect(focused(heatmap)).to.equal(null);
    expect(document.activeElement === after, 'Tab from the grid goes on to the next element of the page').to.equal(true);
  });

  it('shows the factors behind the focused or hovered cell, in a panel that is no live region', async () => {
    const root = await fixture(html`<barrier-heatmap group=${freshGroup()}></barrier-heatmap>`);
    const heatmap = root as BarrierHeatmap;
    await heatmap.updateComplete;
    const details = shadow(heatmap).querySelector('[part="details"]')!;
    // A cell's list is up to 1,400 characters: a screen reader hears it on request (test/a11y/announcements.test.ts).
    expect(details.closest('[aria-live], [role="status"], [role="log"], [role="alert"]')).to.equal(null);
    expect(details.textContent).to.contain('Wijs een vak aan');

    const [largest] = matrix.cells[0];
    focusCell(gridCell(heatmap, largest.actor, largest.sourceId));
    await heatmap.updateComplete;
    expect(details.textContent).to.contain('Werknemer bij Panteia (2019)');
    expect([...details.querySelectorAll('li')].map((li) => li.getAttribute('data-factor-id'))).to.deep.equal(largest.factorIds);

    const other = matrix.cells[1][0];
    gridCell(heatmap, other.actor, other.sourceId).dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
    await heatmap.updateComplete;
    expect([...details.querySelectorAll('li')].map((li) => li.getAttribute('data-factor-id'))).to.deep.equal(other.factorIds);
    shadow(heatmap).querySelector('[role="grid"]')!.dispatchEvent(new PointerEvent('pointerleave'));
    await heatmap.updateComplete;
    expect([...details.querySelectorAll('li')].map((li) => li.getAttribute('data-factor-id'))).to.deep.equal(largest.factorIds);
  });

  it('Enter filters a linked <factor-table> to exactly the factors of the cell; Enter again clears', async () => {
    const {heatmap, table} = await linked((group) => html`<div>
      <barrier-heatmap group=${group}></barrier-heatmap><factor-table group=${group}></factor-table></div>`);
    const events: string[] = [];
    heatmap.addEventListener('factor-filter-change', (event) => events.push(event.detail.actors.join()));
    // ROA (2018) stands for two publications: the filter must take both.
    const c = matrix.columns.findIndex((column) => column.label === 'ROA (2018)');
    const cell: HeatmapCell = matrix.cells[0][c];
    expect(cell.count).to.be.above(0);
    gridCell(heatmap, cell.actor, cell.sourceId).focus();
    await press('Enter');
    await settle(heatmap, table);
    expect(table.visibleFactors.map((f) => f.id)).to.deep.equal(cell.factorIds);
    const chosen = gridCell(heatmap, cell.actor, cell.sourceId);
    expect(chosen.getAttribute('aria-selected')).to.equal('true');
    expect(chosen.part.contains('selected')).to.equal(true);
    expect(shadow(heatmap).querySelectorAll('[aria-selected="true"]')).to.have.length(1);
    expect(shadow(heatmap).activeElement).to.equal(chosen);
    expect(events).to.deep.equal(['werknemer']);
    await expect(heatmap).to.be.accessible();

    await press('Enter');
    await settle(heatmap, table);
    expect(table.visibleFactors).to.have.length(bundledDataset.factors.length);
    expect(gridCell(heatmap, cell.actor, cell.sourceId).getAttribute('aria-selected')).to.equal('false');
  });

  it('Space and a click choose cells too, and another cell replaces the choice', async () => {
    const {heatmap, table} = await linked((group) => html`<div>
      <barrier-heatmap group=${group}></barrier-heatmap><factor-table group=${group}></factor-table></div>`);
    for (const cell of matrix.cells.flat().filter((x) => x.count > 0).slice(3, 12)) {
      gridCell(heatmap, cell.actor, cell.sourceId).click();
      await settle(heatmap, table);
      expect(table.visibleFactors.map((f) => f.id), `${cell.actor} × ${cell.citation}`).to.deep.equal(cell.factorIds);
    }
    const cell = matrix.cells[2][1];
    gridCell(heatmap, cell.actor, cell.sourceId).focus();
    await press(' ');
    await settle(heatmap, table);
    expect(table.visibleFactors.map((f) => f.id)).to.deep.equal(cell.factorIds);
    shadow(heatmap).querySelector<HTMLButtonElement>('[part="clear"]')!.click();
    await settle(heatmap, table);
    expect(table.visibleFactors).to.have.length(bundledDataset.factors.length);
    expect(shadow(heatmap).querySelector('[part="clear"]')).to.equal(null);
  });

  it("gives the group's kind back when the choice is cleared, and marks a cell chosen by attributes", async () => {
    const {heatmap, table} = await linked((group) => html`<div>
      <barrier-heatmap counts="stimulerend" group=${group}></barrier-heatmap>
      <factor-table actor="werknemer" source="tno-2011" group=${group}></factor-table></div>`);
    const tno = gridCell(heatmap, 'werknemer', 'tno-2011');
    expect(tno.getAttribute('aria-selected')).to.equal('true');
    const stimulating = actorSourceMatrix(bundledDataset, filterFactors(bundledDataset, {...NO_FILTER, kind: 'stimulerend'}));
    const cell = stimulating.cells[1][0];
    gridCell(heatmap, cell.actor, cell.sourceId).click();
    await settle(heatmap, table);
    expect(table.visibleFactors.map((f) => f.id)).to.deep.equal(cell.factorIds);
    gridCell(heatmap, cell.actor, cell.sourceId).click();
    await settle(heatmap, table);
    expect(table.visibleFactors).to.have.length(bundledDataset.factors.length);
  });
});
