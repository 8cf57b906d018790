import {expect} from '@open-wc/testing';
import {type} from '../shared/commands.js';
import {html} from 'lit';
import {ACTORS, NO_FILTER, actorSourceMatrix, bundledDataset, filterFactors, sortFactors, type HeatmapCell} from '../../src/data/index.js';
import {dutchCollator} from '../../src/data/text.js';
import type {ActorFilter} from '../../src/elements/actor-filter/actor-filter.component.js';
import type {BarrierHeatmap} from '../../src/elements/barrier-heatmap/barrier-heatmap.component.js';
import type {FactorTable} from '../../src/elements/factor-table/factor-table.component.js';
import type {SourceCitation} from '../../src/elements/source-citation/source-citation.component.js';
import {press} from '../shared/commands.js';
import {expectAnnouncedAfterPause, freshGroup, mount, settle, shadow, unmountAll} from '../shared/elements.js';
import {fakeTimeouts, realTimeouts} from '../shared/clock.js';
import {waitFor} from '../shared/wait.js';
import {composedContains, deepActiveElement, describeElement, expectFocusVisible, startButton, tabUntil} from './helpers.js';

// A keyboard user's walk through each element: Tab, arrows, Enter, Space and Escape only, never a click.

const ids = (factors: readonly {id: string}[]) => factors.map((factor) => factor.id);
const isIn = (el: Element | null, selector: string, host: Element) =>
  el !== null && el.getRootNode() === host.shadowRoot && el.matches(selector);

describe('keyboard: <factor-table>', function () {
  this.timeout(30000);
  afterEach(unmountAll);
  afterEach(realTimeouts);

  it('search, sort with Enter on a header button, open a source with Enter, Escape back to where the reader was', async () => {
    const block = await mount(html`<factor-table group=${freshGroup()}></factor-table>`);
    const table = block.querySelector('factor-table') as FactorTable;
    startButton(block).focus();

    // The skip link is the first stop (test/a11y/tab-stops.test.ts), the search box the next, with a visible focus ring.
    const [skip, search] = await tabUntil((el) => isIn(el, 'input[type="search"]', table), {limit: 2});
    expect(skip.textContent).to.equal('Sla de tabel over');
    expect((search as HTMLInputElement).labels?.[0]?.textContent).to.equal('Zoek in de factoren');

    await type('motivatie');
    await settle(block);
    const expected = ids(filterFactors(bundledDataset, {...NO_FILTER, query: 'motivatie'}));
    expect(expected.length).to.be.above(0).and.below(bundledDataset.factors.length);
    expect(ids(table.visibleFactors)).to.deep.equal(expected);
    expect(ids([...shadow(table).querySelectorAll<HTMLElement>('tbody tr:not([hidden])')].map((row) => ({id: row.dataset.factorId!})))).to.deep.equal(expected);
    expect(shadow(table).querySelector('[part="count"]')!.textContent).to.equal(`${expected.length} van ${bundledDataset.factors.length} factoren`);
    // Typing never takes the focus out of the box.
    expect(deepActiveElement()).to.equal(search);

    // On to the sort button of the "Factor" column: past the CSV button, the search chip and the "kind" header.
    const factorHeader = shadow(table).querySelector('th.col-factor')!;
    const passed = await tabUntil((el) => el === factorHeader.querySelector('button'));
    expect(passed.map((el) => el.getAttribute('part'))).to.include.members(['csv', 'chip', 'sort-button']);
    expect(factorHeader.hasAttribute('aria-sort')).to.equal(false);

    // On a fake clock: the table speaks 600 ms after the change, and the test need not wait that long.
    const clock = fakeTimeouts();
    await press('Enter');
    await settle(block);
    expect(factorHeader.getAttribute('aria-sort')).to.equal('ascending');
    const names = table.visibleFactors.map((factor) => factor.factor);
    expect(names).to.deep.equal([...names].sort(dutchCollator.compare));
    expect(deepActiveElement(), 'focus stays on the header button').to.equal(factorHeader.querySelector('button'));
    expectFocusVisible(deepActiveElement(), 'after sorting:');
    await expectAnnouncedAfterPause(clock, table, 'Gesorteerd op factor, oplopend');
    realTimeouts();

    await press('Enter');
    await settle(block);
    expect(factorHeader.getAttribute('aria-sort')).to.equal('descending');
    expect(ids(table.visibleFactors)).to.deep.equal(
      ids(sortFactors(bundledDataset, filterFactors(bundledDataset, {...NO_FILTER, query: 'motivatie'}), {key: 'factor', direction: 'descending'})));

    // On to the first source button, in the first row of the new order.
    const [source] = (await tabUntil((el) => isIn(el, '[part="source-button"]', table))).slice(-1);
    expect(source.closest('tr')!.getAttribute('data-factor-id')).to.equal(table.visibleFactors[0].id);
    expect(source.getAttribute('aria-haspopup')).to.equal('dialog');

    await press('Enter');
    const dialog = () => shadow(table).querySelector('dialog');
    await waitFor(() => dialog()?.open, 'the source dialog to open');
    await settle(table);
    expect(composedContains(dialog()!, deepActiveElement()), `focus moved into the dialog, is on ${describeElement(deepActiveElement())}`).to.equal(true);
    expectFocusVisible(deepActiveElement(), 'in the dialog:');
    await expect(table).to.be.accessible();

    // The page behind a modal dialog is out of reach: Tab stays in the dialog (or leaves for the browser's own UI).
    for (let i = 0; i < 8; i++) {
      await press('Tab');
      const el = deepActiveElement();
      if (el === null) continue;
      expect(composedContains(dialog()!, el), `Tab ${i + 1} stays in the dialog, not on ${describeElement(el)}`).to.equal(true);
      expectFocusVisible(el, `Tab ${i + 1} in the dialog:`);
    }

    await press('Escape');
    await settle(block);
    expect(dialog()!.open).to.equal(false);
    expect(deepActiveElement(), 'focus is back on the source button').to.equal(source);
    expectFocusVisible(source, 'after Escape:');
  });

  it('a filter chip removed with Enter hands the focus on, never to the top of the page', async () => {
    const block = await mount(html`<factor-table group=${freshGroup()} actor="werkgever" kind="inhiberend" no-search></factor-table>`);
    const table = block.querySelector('factor-table') as FactorTable;
    startButton(block).focus();
    const [chip] = (await tabUntil((el) => isIn(el, '[part="chip"]', table))).slice(-1);
    const removed = chip.getAttribute('aria-label');
    const chipsBefore = shadow(table).querySelectorAll('[part="chip"]').length;
    await press('Enter');
    await settle(block);
    expect(shadow(table).querySelectorAll('[part="chip"]')).to.have.length(chipsBefore - 1);
    const now = deepActiveElement();
    expect(now, 'focus is still in the table').not.to.equal(null);
    expect(composedContains(table, now), `focus is in the table, on ${describeElement(now)}`).to.equal(true);
    expect(now!.getAttribute('aria-label'), 'the removed filter is gone').not.to.equal(removed);
    expectFocusVisible(now, 'after removing a chip:');

    // "Wis alle filters" with Space: the focus goes to the count, which says what the table shows now.
    await tabUntil((el) => isIn(el, '[part="clear"]', table));
    await press('Space');
    await settle(block);
    expect(table.visibleFactors).to.have.length(bundledDataset.factors.length);
    expect(composedContains(table, deepActiveElement()), `focus is in the table, on ${describeElement(deepActiveElement())}`).to.equal(true);
    expectFocusVisible(deepActiveElement(), 'after clearing the filters:');
  });
});

describe('keyboard: <actor-filter> with a table of its group', function () {
  this.timeout(20000);
  afterEach(unmountAll);

  it('Space toggles actors, the table follows, and the focus stays on the button', async () => {
    const block = await mount((() => {
      const group = freshGroup();
      return html`<actor-filter group=${group}></actor-filter><factor-table group=${group} no-search no-export></factor-table>`;
    })());
    const filter = block.querySelector('actor-filter') as ActorFilter;
    const table = block.querySelector('factor-table') as FactorTable;
    const button = (value: string) => shadow(filter).querySelector<HTMLButtonElement>(`button[data-value="${value}"]`)!;
    const all = shadow(filter).querySelector<HTMLButtonElement>('[part="all"]')!;
    startButton(block).focus();

    await tabUntil((el) => el === all, {limit: 1});
    expect(all.getAttribute('aria-pressed')).to.equal('true');
    await tabUntil((el) => el === button('werkgever'), {limit: 1});
    expect(button('werkgever').getAttribute('aria-pressed')).to.equal('false');
    const announced = Number(button('werkgever').querySelector('[part="count"]')!.textContent!.match(/\d+/)![0]);

    await press('Space');
    await settle(block);
    expect(button('werkgever').getAttribute('aria-pressed')).to.equal('true');
    expect(all.getAttribute('aria-pressed')).to.equal('false');
    expect(ids(table.visibleFactors)).to.deep.equal(ids(filterFactors(bundledDataset, {...NO_FILTER, actors: ['werkgever']})));
    expect(table.visibleFactors, 'the table shows as many factors as the button said').to.have.length(announced);
    expect(deepActiveElement()).to.equal(button('werkgever'));
    expectFocusVisible(button('werkgever'), 'after Space:');

    await tabUntil((el) => el === button('werknemer'), {limit: 1});
    await press('Space');
    await settle(block);
    expect(ids(table.visibleFactors)).to.deep.equal(ids(filterFactors(bundledDataset, {...NO_FILTER, actors: ['werkgever', 'werknemer']})));

    await tabUntil((el) => el === button('werkgever'), {limit: 1, backwards: true});
    await press('Space');
    await settle(block);
    expect(button('werkgever').getAttribute('aria-pressed')).to.equal('false');
    expect(ids(table.visibleFactors)).to.deep.equal(ids(filterFactors(bundledDataset, {...NO_FILTER, actors: ['werknemer']})));

    await tabUntil((el) => el === all, {limit: 1, backwards: true});
    await press('Enter');
    await settle(block);
    expect(table.visibleFactors).to.have.length(bundledDataset.factors.length);
    expect(ACTORS.map((actor) => button(actor).getAttribute('aria-pressed'))).to.deep.equal(ACTORS.map(() => 'false'));
    expect(deepActiveElement()).to.equal(all);
    await expect(block).to.be.accessible();
  });
});

describe('keyboard: <source-citation>', function () {
  this.timeout(20000);
  afterEach(unmountAll);

  it('reaches the copy and export buttons and "Toon de factoren uit deze bron"; Enter on it filters the table', async () => {
    const group = freshGroup();
    const block = await mount(html`<source-citation group=${group} source="tno-2011"></source-citation>
      <factor-table group=${group} no-search no-export></factor-table>`);
    const card = block.querySelector('source-citation') as SourceCitation;
    const table = block.querySelector('factor-table') as FactorTable;
    startButton(block).focus();

    const passed = await tabUntil((el) => isIn(el, '[part="show-factors"]', card));
    expect(passed.map((el) => el.getAttribute('class'))).to.deep.equal(['copy', 'ris', 'bibtex', 'show-factors']);
    const showFactors = passed.at(-1)!;

    await press('Enter');
    await settle(block);
    expect(ids(table.visibleFactors)).to.deep.equal(ids(filterFactors(bundledDataset, {...NO_FILTER, sources: ['tno-2011']})));
    expect(deepActiveElement()).to.equal(showFactors);
    const status = shadow(card).querySelector('[part="filter-status"]')!;
    await waitFor(() => status.textContent!.trim() !== '', 'the card to say what the choice did');
    expect(status.textContent).to.equal('Filter ingesteld op bron TNO (2011).');

    // Copy with Enter: a message says what happened, and the focus stays on the button.
    const copy = shadow(card).querySelector<HTMLButtonElement>('[part="copy"]')!;
    await tabUntil((el) => el === copy, {backwards: true});
    await press('Enter');
    const copyStatus = shadow(card).querySelector('[part="copy-status"]')!;
    await waitFor(() => copyStatus.textContent!.trim() !== '', 'the copy to be confirmed');
    expect(deepActiveElement()).to.equal(copy);
    await expect(card).to.be.accessible();
  });

  it('the compact card opens its findings with Enter; the reference list is reachable too', async () => {
    const block = await mount(html`<source-citation group=${freshGroup()} source="tno-2011" compact></source-citation>
      <source-citation group=${freshGroup()} all></source-citation>`);
    const [compact, list] = [...block.querySelectorAll('source-citation')];
    startButton(block).focus();

    const [summary] = await tabUntil((el) => isIn(el, 'summary', compact), {limit: 1});
    const details = summary.parentElement as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    await press('Enter');
    expect(details.open).to.equal(true);
    const inCompact = await tabUntil((el) => isIn(el, '.bibtex', compact));
    expect(inCompact.map((el) => el.getAttribute('class'))).to.deep.equal(['copy', 'ris', 'bibtex']);
    const inList = await tabUntil((el) => isIn(el, '.bibtex', list));
    expect(inList.map((el) => el.getAttribute('class'))).to.deep.equal(['copy', 'ris', 'bibtex']);
    await expect(block).to.be.accessible();
  });
});

describe('keyboard: <barrier-heatmap> with a table of its group', function () {
  this.timeout(30000);
  afterEach(unmountAll);

  const matrix = actorSourceMatrix(bundledDataset, filterFactors(bundledDataset, {...NO_FILTER, kind: 'inhiberend'}));
  const last = matrix.columns.length - 1;
  const key = (cell: HeatmapCell) => `${cell.actor}|${cell.sourceId}`;
  const at = (el: Element | null) => el ? `${el.getAttribute('data-actor')}|${el.getAttribute('data-source')}` : 'nothing';

  async function linked() {
    const group = freshGroup();
    const block = await mount(html`<barrier-heatmap group=${group}></barrier-heatmap><factor-table group=${group} no-export></factor-table>`);
    return {block, heatmap: block.querySelector('barrier-heatmap') as BarrierHeatmap, table: block.querySelector('factor-table') as FactorTable};
  }

  it('one tab stop; arrows, Home and End move a visible focus; Enter chooses a cell and the table shows its factors', async () => {
    const {block, heatmap, table} = await linked();
    startButton(block).focus();
    const passed = await tabUntil((el) => isIn(el, '[role="gridcell"]', heatmap));
    expect(passed.map((el) => el.getAttribute('part'))).to.deep.equal(['toggle', 'cell']);
    expect(at(deepActiveElement())).to.equal(key(matrix.cells[0][0]));

    for (const [pressed, cell] of [
      ['ArrowRight', matrix.cells[0][1]], ['ArrowDown', matrix.cells[1][1]], ['End', matrix.cells[1][last]],
      ['Home', matrix.cells[1][0]], ['Control+End', matrix.cells[3][last]], ['Control+Home', matrix.cells[0][0]],
      ['ArrowDown', matrix.cells[1][0]],
    ] as const) {
      await press(pressed);
      await settle(heatmap);
      const el = deepActiveElement();
      expect(at(el), pressed).to.equal(key(cell));
      expectFocusVisible(el, `after ${pressed}:`);
      expect(shadow(heatmap).querySelectorAll('[role="gridcell"][tabindex="0"]'), `${pressed}: one tab stop`).to.have.length(1);
      // The panel beside the grid lists the factors of the focused cell.
      const details = shadow(heatmap).querySelector('[part="details"]')!;
      expect([...details.querySelectorAll('li')].map((li) => li.getAttribute('data-factor-id')), pressed).to.deep.equal(cell.factorIds);
    }

    const chosen = matrix.cells[1][0];
    expect(chosen.count).to.be.above(0);
    await press('Enter');
    await settle(block);
    const cell = deepActiveElement()!;
    expect(at(cell)).to.equal(key(chosen));
    expect(cell.getAttribute('aria-selected')).to.equal('true');
    expect(ids(table.visibleFactors)).to.deep.equal(chosen.factorIds);
    expectFocusVisible(cell, 'after Enter:');
    await expect(heatmap).to.be.accessible();

    // The grid is one tab stop: the next Tab leaves it, for the table's skip link.
    await tabUntil((el) => isIn(el, 'a.skip', table), {limit: 1});
  });

  it('"Wis de keuze" with Enter clears the choice and keeps the focus in the heatmap', async () => {
    const {block, heatmap, table} = await linked();
    startButton(block).focus();
    await tabUntil((el) => isIn(el, '[role="gridcell"]', heatmap));
    await press('Enter');
    await settle(block);
    expect(ids(table.visibleFactors)).to.deep.equal(matrix.cells[0][0].factorIds);

    // Back with Shift+Tab to the button that appeared, and press it.
    await tabUntil((el) => isIn(el, '[part="clear"]', heatmap), {backwards: true, limit: 1});
    await press('Enter');
    await settle(block);
    expect(table.visibleFactors).to.have.length(bundledDataset.factors.length);
    expect(shadow(heatmap).querySelector('[aria-selected="true"]')).to.equal(null);
    // The button is gone; the focus must not fall back to the top of the page.
    const now = deepActiveElement();
    expect(composedContains(heatmap, now), `focus is in the heatmap, not on ${describeElement(now)}`).to.equal(true);
    expectFocusVisible(now, 'after clearing the choice:');
  });

  it('"Toon als tabel" with Space shows the numbers, keeps the focus, and the table can be scrolled from the keyboard', async () => {
    const {block, heatmap} = await linked();
    startButton(block).focus();
    const [toggle] = await tabUntil((el) => isIn(el, '[part="toggle"]', heatmap), {limit: 1});
    await press('Space');
    await settle(heatmap);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(heatmap).querySelector('[role="grid"]')).to.equal(null);
    expect(deepActiveElement()).to.equal(toggle);
    const [region] = await tabUntil((el) => isIn(el, '[part="scroller"]', heatmap), {limit: 1});
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.querySelector('table td')!.textContent).to.equal(String(matrix.cells[0][0].count));
    await expect(heatmap).to.be.accessible();
  });
});

describe('keyboard: <factor-landscape>', function () {
  this.timeout(20000);
  afterEach(unmountAll);

  it('adds no tab stop of its own, and keeps two groups apart for a keyboard user', async () => {
    const block = await mount(html`
      <factor-landscape><h3>Groep 1</h3><actor-filter compact></actor-filter><factor-table no-search no-export kind="stimulerend"></factor-table></factor-landscape>
      <factor-landscape><h3>Groep 2</h3><actor-filter compact></actor-filter><factor-table no-search no-export kind="inhiberend"></factor-table></factor-landscape>`);
    const [first, second] = [...block.querySelectorAll('factor-landscape')];
    const filterOf = (landscape: Element) => landscape.querySelector('actor-filter')!;
    const tableOf = (landscape: Element) => landscape.querySelector('factor-table') as FactorTable;
    const button = (landscape: Element, value: string) => shadow(filterOf(landscape)).querySelector(`button[data-value="${value}"]`)!;
    startButton(block).focus();

    const toFirst = await tabUntil((el) => el === button(first, 'werkgever'));
    expect(toFirst.every((el) => el.localName !== 'factor-landscape')).to.equal(true);
    await press('Space');
    await settle(block);
    expect(ids(tableOf(first).visibleFactors)).to.deep.equal(ids(filterFactors(bundledDataset, {...NO_FILTER, kind: 'stimulerend', actors: ['werkgever']})));
    expect(ids(tableOf(second).visibleFactors)).to.deep.equal(ids(filterFactors(bundledDataset, {...NO_FILTER, kind: 'inhiberend'})));

    // Through the first table, on to the second group's filter.
    const toSecond = await tabUntil((el) => el === button(second, 'trainer'), {limit: 200});
    expect(toSecond.every((el) => el.localName !== 'factor-landscape')).to.equal(true);
    await press('Space');
    await settle(block);
    expect(ids(tableOf(second).visibleFactors)).to.deep.equal(ids(filterFactors(bundledDataset, {...NO_FILTER, kind: 'inhiberend', actors: ['trainer']})));
    expect(ids(tableOf(first).visibleFactors)).to.deep.equal(ids(filterFactors(bundledDataset, {...NO_FILTER, kind: 'stimulerend', actors: ['werkgever']})));
    expect(button(first, 'werkgever').getAttribute('aria-pressed')).to.equal('true');
    expect(button(first, 'trainer').getAttribute('aria-pressed')).to.equal('false');
    await expect(block).to.be.accessible();
  });
});
