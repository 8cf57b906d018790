import {expect} from '@open-wc/testing';
import {type} from '../shared/commands.js';
import {bundledDataset, filterFactors, NO_FILTER} from '../../src/data/index.js';
import {fakeTimeouts, realTimeouts} from '../shared/clock.js';
import {expectAnnouncedAfterPause, freshGroup, liveRegion, rowIds, shadow} from '../shared/elements.js';
import {waitFor} from '../shared/wait.js';
import {html, tableFixture} from './helpers.js';

const idsOf = (change: Partial<typeof NO_FILTER>) => filterFactors(bundledDataset, {...NO_FILTER, ...change}).map((f) => f.id);

describe('<factor-table> search and filters', () => {
  afterEach(realTimeouts);

  it('finds "oriëntatie" when the reader types "orientatie", and announces the count once typing stops', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()}></factor-table>`);
    const input = shadow(table).querySelector('input')!;
    input.focus();
    // A slow typist, 300 ms between keys: 2.7 s in all, but never a pause of 600 ms, so nothing is said yet.
    const clock = fakeTimeouts();
    const word = 'orientatie';
    for (let i = 1; i <= word.length; i++) {
      await type(word[i - 1]);
      await waitFor(() => input.value === word.slice(0, i), `"${word.slice(0, i)}" in the search box`);
      await table.updateComplete;
      if (i === word.length) break;
      clock.tick(300);
      await table.updateComplete;
      expect(liveRegion(table).textContent!.trim(), `the live region 300 ms after "${word.slice(0, i)}"`).to.equal('');
    }
    expect(rowIds(table)).to.deep.equal(['orientatie-op-loopbaanmogelijkheden']);
    await expectAnnouncedAfterPause(clock, table, '1 van 83 factoren');
    expect(shadow(table).querySelector('.count')!.textContent).to.equal('1 van 83 factoren');
  });

  it('applies kind, actor, source and query attributes, and shows them as chips', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()} kind="inhiberend" actor="werkgever omgeving"
      source="panteia-2019"></factor-table>`);
    const expected = idsOf({kind: 'inhiberend', actors: ['werkgever', 'omgeving'], sources: ['panteia-2019']});
    expect(expected.length).to.be.greaterThan(0);
    expect(rowIds(table)).to.deep.equal(expected);
    expect(table.visibleFactors.map((f) => f.id)).to.deep.equal(expected);
    const chips = [...shadow(table).querySelectorAll('.chip')].map((chip) => chip.getAttribute('aria-label'));
    expect(chips).to.deep.equal(['Verwijder filter: Belemmerend', 'Verwijder filter: Werkgever', 'Verwijder filter: Omgeving',
      'Verwijder filter: Panteia (2019)']);
    await expect(table).to.be.accessible();
  });

  it('follows attribute changes made later by a script', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()}></factor-table>`);
    table.setAttribute('query', 'TIJD');
    await table.updateComplete;
    expect(rowIds(table)).to.deep.equal(idsOf({query: 'tijd'}));
    table.removeAttribute('query');
    await table.updateComplete;
    expect(rowIds(table)).to.have.length(83);
  });

  it('removes one filter with its chip and all with "wis alle filters"', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()} kind="stimulerend" actor="trainer"></factor-table>`);
    expect(rowIds(table)).to.deep.equal(idsOf({kind: 'stimulerend', actors: ['trainer']}));
    shadow(table).querySelector<HTMLButtonElement>('.chip[aria-label="Verwijder filter: Trainer"]')!.click();
    await table.updateComplete;
    expect(rowIds(table)).to.deep.equal(idsOf({kind: 'stimulerend'}));
    expect(shadow(table).activeElement?.getAttribute('aria-label')).to.equal('Verwijder filter: Stimulerend');
    shadow(table).querySelector<HTMLButtonElement>('.chips .clear')!.click();
    await table.updateComplete;
    expect(rowIds(table)).to.have.length(83);
    expect(shadow(table).querySelector('.chip')).to.equal(null);
  });

  it('says so when nothing matches, and offers to clear the filters', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()} query="xyzzy-niets"></factor-table>`);
    const empty = shadow(table).querySelector('.empty')!;
    expect(empty.textContent).to.contain('Geen factoren gevonden met deze filters.');
    expect(rowIds(table)).to.deep.equal([]);
    await expect(table).to.be.accessible();
    empty.querySelector<HTMLButtonElement>('button')!.click();
    await table.updateComplete;
    expect(rowIds(table)).to.have.length(83);
  });

  it('hides the search box with no-search', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()} no-search></factor-table>`);
    expect(shadow(table).querySelector('input[type="search"]')).to.equal(null);
  });
});
