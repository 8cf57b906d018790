// @engines chromium: forced colours can only be emulated through the DevTools protocol; WebKit has no forced-colours mode at all
import {expect} from '@open-wc/testing';
import {emulateMedia} from '../shared/commands.js';
import {html} from 'lit';
import {NO_FILTER, actorSourceMatrix, bundledDataset, filterFactors} from '../../src/data/index.js';
import {common} from '../../src/i18n/common.js';
import type {BarrierHeatmap} from '../../src/elements/barrier-heatmap/barrier-heatmap.component.js';
import {press} from '../shared/commands.js';
import {freshGroup, mount, settle, unmountAll, cellNumber} from '../shared/elements.js';
import {deepActiveElement, describeElement, startButton, tabUntil} from './helpers.js';

// Windows High Contrast / forced colours (WCAG 1.4.1, 1.4.11, 2.4.7): the user's few system colours replace
// ours, and box-shadows and background colours are gone. What must be left: focus rings (outlines),
// cell borders, counts as text, and chosen or pressed states shown by a mark, a line or a frame.
//
// Forced colours are emulated for real through the DevTools protocol (`emulateMedia` of
// test/shared/commands.ts): the browser swaps in its system colours, as on Windows.

/** Renders a template (forced colours are on for the whole suite) and waits until it settles. */
async function forced(template: ReturnType<typeof html>): Promise<HTMLElement> {
  const block = await mount(template);
  await settle(block);
  return block;
}

/** The focus ring that forced colours keep: an outline, at least 2 px, not transparent. */
function expectOutlineRing(el: Element | null, when: string) {
  expect(el, when).not.to.equal(null);
  const style = getComputedStyle(el!);
  const ring = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
  expect(style.outlineStyle, `${when}: ${describeElement(el)} has an outline (${ring})`).not.to.equal('none');
  expect(parseFloat(style.outlineWidth), `${when}: ${describeElement(el)} outline width`).to.be.at.least(2);
  expect(style.outlineColor, `${when}: ${describeElement(el)} outline colour`).not.to.equal('rgba(0, 0, 0, 0)');
}

const pseudo = (el: Element, which: '::before' | '::after') => getComputedStyle(el, which);

describe('forced colours', function () {
  this.timeout(30000);
  before(() => emulateMedia({forcedColors: 'active'}));
  after(() => emulateMedia({forcedColors: 'none'}));
  afterEach(unmountAll);

  it('the forced-colours rules are in effect, so the checks below test something', async () => {
    const block = await forced(html`<barrier-heatmap group=${freshGroup()}></barrier-heatmap>`);
    const cell = block.querySelector('barrier-heatmap')!.shadowRoot!.querySelector('[role="gridcell"]')!;
    // Without forced colours a cell's border has the background's colour; with them, the text colour.
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(getComputedStyle(cell).borderTopColor).to.equal(resolveSystemColor('CanvasText'));
  });

  it('every element keeps a visible focus ring (an outline, not a shadow) from the keyboard', async () => {
    const group = freshGroup();
    const block = await forced(html`
      <actor-filter group=${group}></actor-filter>
      <factor-table group=${group} kind="inhiberend"></factor-table>
      <source-citation group=${group} source="tno-2011"></source-citation>
      <source-citation group=${freshGroup()} source="sanders-2013" compact></source-citation>
      <barrier-heatmap group=${group}></barrier-heatmap>`);
    startButton(block).focus();
    // Every stop until the heatmap's grid: filter buttons, search, chips, sort buttons, source buttons, card buttons, cells.
    const seen = new Set<string>();
    let steps = 0;
    for (; steps < 400; steps++) {
      await press('Tab');
      const el = deepActiveElement();
      if (!el) break;
      const kind = `${(el.getRootNode() as ShadowRoot).host?.localName} ${el.localName}.${el.getAttribute('part') ?? el.getAttribute('class') ?? ''}`;
      if (!seen.has(kind)) expectOutlineRing(el, `Tab ${steps + 1}`);
      seen.add(kind);
      if (el.getAttribute('role') === 'gridcell') break;
    }
    expect([...seen]).to.include.members([
      'actor-filter button.all', 'actor-filter button.option', 'factor-table a.skip', 'factor-table input.search', 'factor-table button.chip',
      'factor-table button.sort-button', 'factor-table button.source-button', 'source-citation button.copy',
      'source-citation button.show-factors', 'source-citation summary.', 'barrier-heatmap button.toggle',
      'barrier-heatmap div.cell']);
    await press('ArrowRight');
    await settle(block);
    expectOutlineRing(deepActiveElement(), 'after ArrowRight in the grid');
    await expect(block).to.be.accessible();
  });

  it('heatmap cells stay apart by their borders and say their count in text; the legend has numbers', async () => {
    const block = await forced(html`<barrier-heatmap group=${freshGroup()}></barrier-heatmap>`);
    const heatmap = block.querySelector('barrier-heatmap') as BarrierHeatmap;
    const matrix = actorSourceMatrix(bundledDataset, filterFactors(bundledDataset, {...NO_FILTER, kind: 'inhiberend'}));
    const cells = [...heatmap.shadowRoot!.querySelectorAll<HTMLElement>('[role="gridcell"]')];
    expect(cells).to.have.length(matrix.rows.length * matrix.columns.length);
    for (const cell of cells) {
      const style = getComputedStyle(cell);
      const expected = matrix.cells.flat().find((c) => c.actor === cell.dataset.actor && c.sourceId === cell.dataset.source)!;
      expect(cellNumber(cell), describeElement(cell)).to.equal(String(expected.count));
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        expect(style.getPropertyValue(`border-${side.toLowerCase()}-style`), `${describeElement(cell)} ${side} border`).to.equal('solid');
        expect(parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`))).to.be.at.least(1);
      }
      // The line is drawn in the system's text colour, so it shows on the system's background.
      expect(style.borderTopColor, describeElement(cell)).to.equal(resolveSystemColor('CanvasText'));
    }
    const steps = [...heatmap.shadowRoot!.querySelectorAll('.legend-step')];
    expect(steps.length).to.be.above(1);
    for (const step of steps) expect(step.textContent!.trim(), 'a legend step names its numbers').to.match(/^\d+(–\d+)?$/);
    await expect(heatmap).to.be.accessible();
  });

  it('the chosen cell is marked by a frame, an underline and weight, not by colour', async () => {
    // The biggest cell, chosen by attributes as an editor would.
    const [cell] = actorSourceMatrix(bundledDataset, filterFactors(bundledDataset, {...NO_FILTER, kind: 'inhiberend'})).cells[0];
    const block = await forced(html`<barrier-heatmap group=${freshGroup()} actor=${cell.actor} source=${cell.sourceId}></barrier-heatmap>`);
    const root = block.querySelector('barrier-heatmap')!.shadowRoot!;
    const chosen = root.querySelector('[role="gridcell"][aria-selected="true"]')!;
    const other = root.querySelector('[role="gridcell"][aria-selected="false"]')!;
    expect(chosen).to.exist;
    expect(pseudo(chosen, '::after').content, 'a frame is drawn').not.to.equal('none');
    expect(pseudo(chosen, '::after').borderTopStyle).to.equal('double');
    expect(pseudo(other, '::after').content).to.equal('none');
    expect(getComputedStyle(chosen).textDecorationLine).to.contain('underline');
    expect(getComputedStyle(other).textDecorationLine).not.to.contain('underline');
    expect(Number(getComputedStyle(chosen).fontWeight)).to.be.above(Number(getComputedStyle(other).fontWeight));
  });

  it('pressed buttons carry a check mark or a thicker line; the sorted column an arrow and an underline', async () => {
    const group = freshGroup();
    const block = await forced(html`<actor-filter group=${group} with-kind></actor-filter>
      <factor-table group=${group} no-search no-export></factor-table>
      <barrier-heatmap group=${freshGroup()}></barrier-heatmap>`);
    const filter = block.querySelector('actor-filter')!.shadowRoot!;
    const table = block.querySelector('factor-table')!;
    const heatmap = block.querySelector('barrier-heatmap')!.shadowRoot!;

    // Press "Werkgever" and sort by factor from the keyboard.
    startButton(block).focus();
    await tabUntil((el) => el?.getAttribute('data-value') === 'werkgever', {limit: 10});
    await press('Space');
    await tabUntil((el) => el?.closest('th')?.classList.contains('col-factor') ?? false, {limit: 20});
    await press('Enter');
    await tabUntil((el) => el?.getAttribute('part') === 'toggle', {limit: 200});
    await press('Enter');
    await settle(block);

    const pressed = filter.querySelector('button[data-value="werkgever"]')!;
    const notPressed = filter.querySelector('button[data-value="trainer"]')!;
    expect(pressed.getAttribute('aria-pressed')).to.equal('true');
    // The mark is drawn, with an empty alternative text: aria-pressed says it to a screen reader.
    expect(pseudo(pressed, '::before').content).to.equal('"✓" / ""');
    expect(pseudo(notPressed, '::before').content).to.equal('none');

    const sorted = table.shadowRoot!.querySelector('th.col-factor')!;
    const unsorted = table.shadowRoot!.querySelector('th.col-how')!;
    expect(sorted.getAttribute('aria-sort')).to.equal('ascending');
    expect(sorted.querySelector('.arrow')!.textContent).to.equal('▲');
    expect(unsorted.querySelector('.arrow')!.textContent).to.equal('↕');
    expect(getComputedStyle(sorted.querySelector('button')!).textDecorationLine).to.contain('underline');

    const toggle = heatmap.querySelector('[part="toggle"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(pseudo(toggle, '::before').content).to.contain('✓');
    // Every kind badge says its kind in words.
    const badges = [...table.shadowRoot!.querySelectorAll('[part="kind"]')].map((badge) => badge.textContent!.trim());
    expect([...new Set(badges)].sort()).to.deep.equal(Object.values(common.nl.kinds).sort());
    await expect(block).to.be.accessible();
  });

});

/** The colour a system colour keyword computes to in this browser. */
function resolveSystemColor(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}
