import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {press} from '../shared/commands.js';
import {bundledDataset, filterFactors, NO_FILTER} from '../../src/data/index.js';
import '../../src/elements/actor-filter/actor-filter.js';
import '../../src/elements/factor-table/factor-table.js';
import '../../src/elements/factor-landscape/factor-landscape.js';
import type {ActorFilter} from '../../src/elements/actor-filter/actor-filter.component.js';
import type {FactorTable} from '../../src/elements/factor-table/factor-table.component.js';
import {freshGroup, rowIds} from '../shared/elements.js';

const button = (filter: ActorFilter, value: string) =>
  filter.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-value="${value}"]`)!;
const ids = (change: Partial<typeof NO_FILTER>) => filterFactors(bundledDataset, {...NO_FILTER, ...change}).map((f) => f.id);

/** Two CMS blocks: a filter in one, a table in another, no common parent but <body>. */
async function blocks(group: string) {
  const page = await fixture(html`<div>
    <section class="block-a"><div><actor-filter group=${group}></actor-filter></div></section>
    <section class="block-b"><article><factor-table group=${group}></factor-table></article></section>
  </div>`);
  const filter = page.querySelector('actor-filter')!;
  const table = page.querySelector('factor-table')!;
  await filter.updateComplete;
  await table.updateComplete;
  return {page, filter, table};
}

describe('<actor-filter> with a table elsewhere on the page', () => {
  it('filters a sibling table with no common parent and fires factor-filter-change', async () => {
    const {filter, table} = await blocks(freshGroup());
    const event = oneEvent(filter, 'factor-filter-change');
    button(filter, 'werkgever').click();
    const {detail} = await event;
    expect(detail.actors).to.deep.equal(['werkgever']);
    await table.updateComplete;
    expect(rowIds(table)).to.deep.equal(ids({actors: ['werkgever']}));
    expect(button(filter, 'werkgever').getAttribute('aria-pressed')).to.equal('true');
    await expect(filter).to.be.accessible();
  });

  it('counts per actor under the other active filters', async () => {
    const group = freshGroup();
    const page = await fixture(html`<div><actor-filter group=${group}></actor-filter>
      <factor-table group=${group} kind="inhiberend" query="tijd"></factor-table></div>`);
    const filter = page.querySelector('actor-filter')!;
    await filter.updateComplete;
    for (const actor of ['werkgever', 'werknemer', 'omgeving', 'trainer'] as const) {
      const expected = ids({kind: 'inhiberend', query: 'tijd', actors: [actor]}).length;
      expect(button(filter, actor).textContent, actor).to.contain(`${expected} factor`);
    }
  });

  it('selects several actors, and "Alle" lifts the restriction', async () => {
    const {filter, table} = await blocks(freshGroup());
    button(filter, 'werkgever').click();
    button(filter, 'trainer').click();
    await table.updateComplete;
    expect(rowIds(table)).to.deep.equal(ids({actors: ['werkgever', 'trainer']}));
    filter.shadowRoot!.querySelector<HTMLButtonElement>('button[part="all"]')!.click();
    await table.updateComplete;
    expect(rowIds(table)).to.have.length(83);
  });

  it('works from the keyboard: Tab between buttons, Space toggles', async () => {
    const {filter, table} = await blocks(freshGroup());
    filter.shadowRoot!.querySelector<HTMLButtonElement>('button[part="all"]')!.focus();
    await press('Tab');
    expect(filter.shadowRoot!.activeElement).to.equal(button(filter, 'werkgever'));
    await press('Tab');
    await press('Space');
    await table.updateComplete;
    expect(rowIds(table)).to.deep.equal(ids({actors: ['werknemer']}));
  });

  it('hands the current state to a table added later', async () => {
    const {page, filter} = await blocks(freshGroup());
    button(filter, 'omgeving').click();
    const late = document.createElement('factor-table') as FactorTable;
    late.group = filter.group;
    page.append(late);
    await late.updateComplete;
    expect(rowIds(late)).to.deep.equal(ids({actors: ['omgeving']}));
  });

  it('keeps two groups independent', async () => {
    const a = await blocks(freshGroup());
    const b = await blocks(freshGroup());
    button(a.filter, 'trainer').click();
    await a.table.updateComplete;
    await b.table.updateComplete;
    expect(rowIds(a.table)).to.deep.equal(ids({actors: ['trainer']}));
    expect(rowIds(b.table)).to.have.length(83);
  });

  it('keeps a <factor-landscape> apart from the page-wide group', async () => {
    const page = await fixture(html`<div>
      <actor-filter></actor-filter>
      <factor-landscape><factor-table></factor-table></factor-landscape>
      <factor-table class="outside"></factor-table>
    </div>`);
    const filter = page.querySelector('actor-filter')!;
    const inside = page.querySelector<FactorTable>('factor-landscape factor-table')!;
    const outside = page.querySelector<FactorTable>('factor-table.outside')!;
    await filter.updateComplete;
    button(filter, 'trainer').click();
    await outside.updateComplete;
    await inside.updateComplete;
    expect(rowIds(outside)).to.deep.equal(ids({actors: ['trainer']}));
    expect(rowIds(inside)).to.have.length(83);
    button(filter, 'trainer').click(); // leave the page-wide group as found
  });

  it('offers the kind with with-kind, in English too', async () => {
    const group = freshGroup();
    const page = await fixture(html`<div lang="en"><actor-filter with-kind group=${group}></actor-filter>
      <factor-table group=${group}></factor-table></div>`);
    const filter = page.querySelector('actor-filter')!;
    const table = page.querySelector('factor-table')!;
    await filter.updateComplete;
    expect(filter.shadowRoot!.querySelector('legend')!.textContent).to.equal('Kind of factor');
    [...filter.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.startsWith('Inhibiting'))!.click();
    await table.updateComplete;
    expect(rowIds(table)).to.deep.equal(ids({kind: 'inhiberend'}));
    await expect(filter).to.be.accessible();
  });
});
