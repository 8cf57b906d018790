import {expect, fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {NO_FILTER, actorSourceMatrix, bundledDataset, filterFactors, type Dataset, type Kind} from '../../src/data/index.js';
import '../../src/elements/barrier-heatmap/barrier-heatmap.js';
import '../../src/elements/factor-table/factor-table.js';
import type {BarrierHeatmap} from '../../src/elements/barrier-heatmap/barrier-heatmap.component.js';
import {contrastRatio} from '../../src/elements/barrier-heatmap/heatmap-geometry.js';
import {freshGroup, shadow, cellNumber} from '../shared/elements.js';

async function heatmapFixture(template: TemplateResult): Promise<BarrierHeatmap> {
  const root = await fixture(template);
  const heatmap = (root.localName === 'barrier-heatmap' ? root : root.querySelector('barrier-heatmap')) as BarrierHeatmap;
  await heatmap.updateComplete;
  return heatmap;
}
const matrixOf = (kind: Kind, query = '', dataset: Dataset = bundledDataset, order: 'total' | 'document' = 'total') =>
  actorSourceMatrix(dataset, filterFactors(dataset, {...NO_FILTER, kind, query}), order);
const gridCells = (el: BarrierHeatmap) => [...shadow(el).querySelectorAll<HTMLElement>('[role="gridcell"]')];
const textOf = (el: Element) => el.textContent!.trim();

/** Every cell of the matrix is drawn once, with its actor, its source id and its count as text. */
function expectCells(el: BarrierHeatmap, matrix: ReturnType<typeof matrixOf>) {
  const cells = gridCells(el);
  expect(cells).to.have.length(matrix.rows.length * matrix.columns.length);
  for (const cell of matrix.cells.flat()) {
    const drawn = cells.filter((c) => c.dataset.actor === cell.actor && c.dataset.source === cell.sourceId);
    expect(drawn, `${cell.actor} × ${cell.citation}`).to.have.length(1);
    expect(cellNumber(drawn[0]), `${cell.actor} × ${cell.citation}`).to.equal(String(cell.count));
  }
}

describe('<barrier-heatmap> rendering', () => {
  it('draws the inhibiting factors per actor × source with the counts of the data API', async () => {
    const el = await heatmapFixture(html`<barrier-heatmap group=${freshGroup()}></barrier-heatmap>`);
    const matrix = matrixOf('inhiberend');
    expectCells(el, matrix);
    const root = shadow(el);
    expect([...root.querySelectorAll('[role="rowheader"]')].map(textOf)).to.deep.equal(['Werknemer', 'Omgeving', 'Werkgever', 'Trainer']);
    expect([...root.querySelectorAll('.column-header')].map(textOf)).to.deep.equal(matrix.columns.map((c) => c.label));
    // The name is the cell's content (Orca reads content, not a label), out of sight beside the number.
    // With its headers "Werknemer" and "Panteia (2019)", which a screen reader reads on moving there.
    expect(textOf(root.querySelector('[role="gridcell"] .visually-hidden')!)).to.equal('16 belemmeringen');
    expect(root.querySelector('[role="gridcell"][aria-label]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('names each cell with singular and plural, and marks nothing chosen yet', async () => {
    const el = await heatmapFixture(html`<barrier-heatmap group=${freshGroup()}></barrier-heatmap>`);
    const nameOf = (cell: Element) => textOf(cell.querySelector('.visually-hidden')!);
    expect(nameOf(gridCells(el).find((c) => cellNumber(c) === '1')!)).to.equal('1 belemmering');
    expect(nameOf(gridCells(el).find((c) => cellNumber(c) === '0')!)).to.equal('0 belemmeringen');
    expect(gridCells(el).every((c) => c.getAttribute('aria-selected') === 'false')).to.equal(true);
  });

  it('colours cells by class from a sequential ramp, with readable counts, and has a legend', async () => {
    const el = await heatmapFixture(html`<barrier-heatmap group=${freshGroup()}></barrier-heatmap>`);
    const cells = gridCells(el);
    expect(cells.every((c) => !c.hasAttribute('style'))).to.equal(true);
    const largest = cells[0];
    expect(largest.classList.contains('step-6')).to.equal(true);
    const zero = cells.find((c) => cellNumber(c) === '0')!;
    expect(zero.classList.contains('step-0')).to.equal(true);
    for (const cell of [largest, zero, ...cells.slice(1, 6)]) {
      const style = getComputedStyle(cell);
      expect(contrastRatio(style.color, style.backgroundColor), textOf(cell)).to.be.at.least(4.5);
    }
    expect(getComputedStyle(largest).backgroundColor).not.to.equal(getComputedStyle(zero).backgroundColor);
    const legend = shadow(el).querySelector('[part="legend"]')!;
    expect(textOf(legend.querySelector('.legend-title')!)).to.equal('Aantal belemmeringen per vak');
    expect([...legend.querySelectorAll('li')].map(textOf)).to.deep.equal(['0', '1–2', '3–5', '6–7', '8–10', '11–13', '14–16']);
  });

  it('lets a theme replace the ramp with custom properties', async () => {
    const el = await heatmapFixture(html`<barrier-heatmap group=${freshGroup()}
      style="--sf-heatmap-6: rgb(128, 0, 0); --sf-heatmap-ink-6: rgb(255, 255, 0)"></barrier-heatmap>`);
    const style = getComputedStyle(gridCells(el)[0]);
    expect([style.backgroundColor, style.color]).to.deep.equal(['rgb(128, 0, 0)', 'rgb(255, 255, 0)']);
  });

  it('counts the stimulating factors with counts="stimulerend", without filtering the group', async () => {
    const group = freshGroup();
    const el = await heatmapFixture(html`<div><barrier-heatmap counts="stimulerend" group=${group}></barrier-heatmap>
      <factor-table group=${group}></factor-table></div>`);
    expectCells(el, matrixOf('stimulerend'));
    expect(textOf(gridCells(el)[0].querySelector('.visually-hidden')!)).to.equal('6 stimulerende factoren');
    expect(textOf(shadow(el).querySelector('.title')!)).to.equal('Stimulerende factoren per actor en bron');
    const table = el.parentElement!.querySelector('factor-table')!;
    await table.updateComplete;
    expect(table.visibleFactors).to.have.length(bundledDataset.factors.length);
    await expect(el).to.be.accessible();
  });

  it('still reads kind, the former name of counts, as what it counts; counts wins where both are set', async () => {
    const group = freshGroup();
    const el = await heatmapFixture(html`<div><barrier-heatmap kind="stimulerend" group=${group}></barrier-heatmap>
      <factor-table group=${group}></factor-table></div>`);
    expectCells(el, matrixOf('stimulerend'));
    const table = el.parentElement!.querySelector('factor-table')!;
    await table.updateComplete;
    expect(table.visibleFactors, 'kind on the heatmap filters no table').to.have.length(bundledDataset.factors.length);
    el.setAttribute('counts', 'inhiberend');
    await el.updateComplete;
    expectCells(el, matrixOf('inhiberend'));
    await expect(el).to.be.accessible();
  });

  it('swaps rows and columns with transposed', async () => {
    const el = await heatmapFixture(html`<barrier-heatmap transposed group=${freshGroup()}></barrier-heatmap>`);
    const matrix = matrixOf('inhiberend');
    expectCells(el, matrix);
    const root = shadow(el);
    expect([...root.querySelectorAll('[role="rowheader"]')].map(textOf)).to.deep.equal(matrix.columns.map((c) => c.label));
    expect([...root.querySelectorAll('.column-header')].map(textOf)).to.deep.equal(['Werknemer', 'Omgeving', 'Werkgever', 'Trainer']);
    const firstRow = root.querySelectorAll('[role="row"]')[1];
    expect([...firstRow.querySelectorAll('[role="gridcell"]')].map((c) => c.getAttribute('data-actor')))
      .to.deep.equal(['werknemer', 'omgeving', 'werkgever', 'trainer']);
    expect(textOf(root.querySelector('.corner')!)).to.equal('Bron');
    await expect(el).to.be.accessible();
  });

  it('keeps the document order with order="document"', async () => {
    const el = await heatmapFixture(html`<barrier-heatmap order="document" group=${freshGroup()}></barrier-heatmap>`);
    const matrix = matrixOf('inhiberend', '', bundledDataset, 'document');
    expect([...shadow(el).querySelectorAll('[role="rowheader"]')].map(textOf)).to.deep.equal(['Werkgever', 'Werknemer', 'Omgeving', 'Trainer']);
    expect([...shadow(el).querySelectorAll('.column-header')].map(textOf)).to.deep.equal(matrix.columns.map((c) => c.label));
    expectCells(el, matrix);
  });

  it("narrows the counts to the group's search", async () => {
    const group = freshGroup();
    const el = await heatmapFixture(html`<div><factor-table query="tijd" group=${group}></factor-table>
      <barrier-heatmap group=${group}></barrier-heatmap></div>`);
    expectCells(el, matrixOf('inhiberend', 'tijd'));
    const nothingFound = await heatmapFixture(html`<barrier-heatmap query="xyzzy" group=${freshGroup()}></barrier-heatmap>`);
    expect(textOf(shadow(nothingFound).querySelector('[part="empty"]')!)).to.equal('Geen belemmeringen gevonden met deze zoekterm.');
    expect(gridCells(nothingFound)).to.have.length(0);
    await expect(nothingFound).to.be.accessible();
  });

  it('speaks English and keeps the data Dutch', async () => {
    const el = await heatmapFixture(html`<barrier-heatmap lang="en" group=${freshGroup()}></barrier-heatmap>`);
    const root = shadow(el);
    expect(textOf(gridCells(el)[0].querySelector('.visually-hidden')!)).to.equal('16 barriers');
    expect(textOf(root.querySelector('.title')!)).to.equal('Barriers by actor and source');
    expect(textOf(root.querySelector('[part="toggle"]')!)).to.equal('Show as table');
    expect([...root.querySelectorAll('[role="rowheader"]')].map(textOf)[0]).to.equal('Employee');
    await expect(el).to.be.accessible();
  });

  it('draws a dataset given as the data property', async () => {
    const data: Dataset = {title: 'Klein', language: 'nl',
      sources: [
        {id: 'a', citation: 'A (2020)', authors: ['A'], year: 2020, title: 'A', summary: 'a', findings: []},
        {id: 'b', citation: 'B (2021)', authors: ['B'], year: 2021, title: 'B', summary: 'b', findings: []},
      ],
      factors: [
        {id: 'f1', kind: 'inhiberend', factor: 'weinig tijd', how: '', actors: ['werknemer', 'werkgever'], sources: ['a']},
        {id: 'f2', kind: 'inhiberend', factor: 'hoge kosten', how: 'cursusgeld', actors: ['werkgever'], sources: ['a', 'b']},
        {id: 'f3', kind: 'stimulerend', factor: 'goede coaching', how: '', actors: ['trainer'], sources: ['b']},
      ]};
    const el = await heatmapFixture(html`<barrier-heatmap .data=${data} group=${freshGroup()}></barrier-heatmap>`);
    expectCells(el, matrixOf('inhiberend', '', data));
    expect(gridCells(el)[0].dataset.actor).to.equal('werkgever');
    expect(gridCells(el)[0].dataset.source).to.equal('a');
    expect(textOf(gridCells(el)[0].querySelector('.visually-hidden')!)).to.equal('2 belemmeringen');
  });

  it('fits a 320px column: the grid scrolls inside its own box and the row headers stay put', async () => {
    const wrapper = await fixture(html`<div style="width: 320px"><barrier-heatmap group=${freshGroup()}></barrier-heatmap></div>`);
    const el = wrapper.querySelector('barrier-heatmap')!;
    await el.updateComplete;
    const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
    expect(el.getBoundingClientRect().width).to.equal(320);
    expect(scroller.scrollWidth).to.be.above(scroller.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    const header = shadow(el).querySelector<HTMLElement>('[role="rowheader"]')!;
    const before = header.getBoundingClientRect().left;
    scroller.scrollLeft = 200;
    expect(header.getBoundingClientRect().left).to.equal(before);
    await expect(el).to.be.accessible();
  });
});
