import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import '../../src/index.js';
import type {FactorTable} from '../../src/elements/factor-table/factor-table.component.js';
import {type} from '../shared/commands.js';
import {waitFor} from '../shared/wait.js';

// A group hears about its own changes only: a reader typing in one CMS block does not make the
// elements of another group on the page render again.

let counter = 0;
const freshGroup = () => `groepen-${Date.now()}-${counter++}`;
const rows = (table: Element) => table.shadowRoot!.querySelectorAll('tr[data-factor-id]:not([hidden])').length;

/** Counts the renders of an element from now on (its own render, called by Lit). */
function countRenders(element: HTMLElement): {readonly count: number} {
  const counted = {count: 0};
  const target = element as unknown as {render: () => unknown};
  const render = target.render;
  target.render = function () {
    counted.count += 1;
    return render.call(this);
  };
  return counted;
}

describe('groups', () => {
  it('typing in the search of group a renders nothing of group b', async () => {
    const [a, b] = [freshGroup(), freshGroup()];
    const page = await fixture(html`<div>
      <actor-filter group=${a}></actor-filter><factor-table group=${a} id="a"></factor-table>
      <factor-table group=${b} id="b"></factor-table><barrier-heatmap group=${b}></barrier-heatmap>
    </div>`);
    const [tableA, tableB] = [page.querySelector<FactorTable>('#a')!, page.querySelector<FactorTable>('#b')!];
    const heatmapB = page.querySelector('barrier-heatmap')!;
    await customElements.whenDefined('barrier-heatmap');
    await Promise.all([tableA.updateComplete, tableB.updateComplete, (heatmapB as any).updateComplete]);
    const [rendersA, rendersB, rendersHeatmap] = [countRenders(tableA), countRenders(tableB), countRenders(heatmapB)];

    tableA.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await type('scholing');
    await waitFor(() => rows(tableA) < 83, 'group a shows fewer rows');
    await tableA.updateComplete;

    expect(rendersA.count, 'group a renders').to.be.above(0);
    expect([rendersB.count, rendersHeatmap.count], 'renders in group b').to.deep.equal([0, 0]);
    expect(rows(tableB)).to.equal(83);
    await expect(page).to.be.accessible();
  });

  it('an element that moves to another group follows that group, and no longer the old one', async () => {
    const [a, b] = [freshGroup(), freshGroup()];
    const page = await fixture(html`<div>
      <factor-table group=${a} id="a" kind="inhiberend"></factor-table><factor-table group=${b} id="b"></factor-table>
      <factor-table group=${a} id="moving"></factor-table>
    </div>`);
    const moving = page.querySelector<FactorTable>('#moving')!;
    await moving.updateComplete;
    expect(rows(moving), 'in group a: the inhibiting factors').to.equal(52);
    moving.group = b;
    await moving.updateComplete;
    expect(rows(moving), 'in group b: all factors').to.equal(83);
    const renders = countRenders(moving);
    page.querySelector<FactorTable>('#a')!.setAttribute('kind', 'stimulerend');
    await page.querySelector<FactorTable>('#a')!.updateComplete;
    expect(renders.count, 'a change in group a').to.equal(0);
    page.querySelector<FactorTable>('#b')!.setAttribute('kind', 'stimulerend');
    await moving.updateComplete;
    expect(rows(moving), 'a change in group b').to.equal(31);
  });
});
