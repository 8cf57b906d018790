import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import {bundledDataset, filterFactors, NO_FILTER} from '../../src/data/index.js';
import {evidenceCount} from '../../src/data/sort.js';
import '../../src/index.js';
import type {ActorFilter} from '../../src/elements/actor-filter/actor-filter.component.js';
import type {FactorTable} from '../../src/elements/factor-table/factor-table.component.js';
import {waitFor} from '../shared/wait.js';

// Deep links (`sync-url`): what a newsletter link or the back button brings a reader to.

let counter = 0;
const freshGroup = () => `link-${Date.now()}-${counter++}`;
const rowIds = (table: Element) => [...table.shadowRoot!.querySelectorAll('tr[data-factor-id]:not([hidden])')].map((row) => row.getAttribute('data-factor-id'));
const idsOf = (change: Partial<typeof NO_FILTER>) => filterFactors(bundledDataset, {...NO_FILTER, ...change}).map((factor) => factor.id);
const press = (filter: ActorFilter, actor: string) => filter.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-value="${actor}"]`)!.click();
const params = () => new URLSearchParams(location.search);

describe('deep links', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('opens a link with ?sort= in that order, with aria-sort on the column', async () => {
    const group = freshGroup();
    history.replaceState(null, '', `?${group}.sort=-evidence`);
    const table = await fixture<FactorTable>(html`<factor-table group=${group} sync-url></factor-table>`);
    const header = table.shadowRoot!.querySelector('th.col-evidence')!;
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    const counts = table.visibleFactors.map((factor) => evidenceCount(bundledDataset, factor));
    expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
    expect(rowIds(table)[0]).to.equal(table.visibleFactors[0].id);
    await expect(table).to.be.accessible();
  });

  it('goes back to the filter of the previous history entry with the back button, and forward again', async () => {
    const group = freshGroup();
    history.replaceState(null, '', `?${group}.actor=trainer`);
    const page = await fixture(html`<div><actor-filter group=${group} sync-url></actor-filter><factor-table group=${group}></factor-table></div>`);
    const [filter, table] = [page.querySelector<ActorFilter>('actor-filter')!, page.querySelector<FactorTable>('factor-table')!];
    expect(rowIds(table)).to.deep.equal(idsOf({actors: ['trainer']}));
    // The reader follows an in-page link (a new history entry), then chooses another actor.
    history.pushState(null, '', '#verder');
    press(filter, 'trainer');
    press(filter, 'werkgever');
    await table.updateComplete;
    expect(params().get(`${group}.actor`)).to.equal('werkgever');
    expect(rowIds(table)).to.deep.equal(idsOf({actors: ['werkgever']}));

    history.back();
    await waitFor(() => params().get(`${group}.actor`) === 'trainer' && rowIds(table).length === idsOf({actors: ['trainer']}).length,
      'back: the trainer rows again');
    expect(rowIds(table)).to.deep.equal(idsOf({actors: ['trainer']}));
    expect(filter.shadowRoot!.querySelector('button[data-value="trainer"]')!.getAttribute('aria-pressed')).to.equal('true');

    history.forward();
    await waitFor(() => rowIds(table).length === idsOf({actors: ['werkgever']}).length, 'forward: the employer rows again');
    expect(rowIds(table)).to.deep.equal(idsOf({actors: ['werkgever']}));
    await expect(page).to.be.accessible();
  });

  it('gives a <factor-landscape> parameters of its own, apart from the page-wide group', async () => {
    history.replaceState(null, '', '?actor=omgeving&vergelijk.kind=stimulerend');
    const page = await fixture(html`<div>
      <factor-table id="pagina" sync-url></factor-table>
      <factor-landscape id="vergelijk"><actor-filter sync-url></actor-filter><factor-table id="apart"></factor-table></factor-landscape>
    </div>`);
    const [pageTable, apart] = [page.querySelector<FactorTable>('#pagina')!, page.querySelector<FactorTable>('#apart')!];
    await apart.updateComplete;
    expect(rowIds(pageTable), 'the page-wide group').to.deep.equal(idsOf({actors: ['omgeving']}));
    expect(rowIds(apart), 'the landscape').to.deep.equal(idsOf({kind: 'stimulerend'}));

    press(page.querySelector<ActorFilter>('factor-landscape actor-filter')!, 'trainer');
    await apart.updateComplete;
    expect(params().get('vergelijk.actor')).to.equal('trainer');
    expect(params().get('actor'), 'the page-wide group keeps its parameter').to.equal('omgeving');
    expect(rowIds(pageTable)).to.deep.equal(idsOf({actors: ['omgeving']}));
    await expect(page).to.be.accessible();
  });

  it('names a landscape without an id after its place on the page', async () => {
    const page = await fixture(html`<div>
      <factor-landscape><factor-table></factor-table></factor-landscape>
      <factor-landscape><actor-filter sync-url></actor-filter></factor-landscape>
    </div>`);
    const second = page.querySelectorAll('factor-landscape')[1].querySelector<ActorFilter>('actor-filter')!;
    await second.updateComplete;
    press(second, 'werknemer');
    await second.updateComplete;
    const place = [...document.querySelectorAll('factor-landscape')].indexOf(page.querySelectorAll('factor-landscape')[1]) + 1;
    expect(params().get(`landschap-${place}.actor`)).to.equal('werknemer');
    await expect(page).to.be.accessible();
  });
});
