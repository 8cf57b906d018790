import {expect, fixture, html} from '@open-wc/testing';
import {bundledDataset, filterFactors, NO_FILTER} from '../../src/data/index.js';
import {filterFromUrl, urlWithFilter} from '../../src/state/url-sync.js';
import {INITIAL_FILTER_STATE} from '../../src/state/filter-state.js';
import '../../src/elements/actor-filter/actor-filter.js';
import '../../src/elements/factor-table/factor-table.js';
import {freshGroup, rowIds} from '../shared/elements.js';

describe('deep links (sync-url)', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('round-trips a filter through the URL', () => {
    const state = {...INITIAL_FILTER_STATE, kind: 'inhiberend' as const, actors: ['werkgever', 'omgeving'] as const,
      sources: ['scp-2019'], query: 'geen tijd', sort: {key: 'evidence' as const, direction: 'descending' as const}};
    const url = urlWithFilter('https://example.nl/pagina?utm=nieuwsbrief', '', state);
    expect(url).to.contain('utm=nieuwsbrief');
    expect(url).to.contain('actor=werkgever%2Comgeving');
    expect(filterFromUrl(new URL(url).search, '', bundledDataset)).to.deep.equal(
      {kind: 'inhiberend', actors: ['werkgever', 'omgeving'], sources: ['scp-2019'], query: 'geen tijd', sort: state.sort});
  });

  it('ignores garbage in the URL instead of failing', () => {
    const search = '?kind=alles&actor=baas,werkgever,<script>&source=nope&sort=random&query=' + 'x'.repeat(500);
    const state = filterFromUrl(search, '', bundledDataset);
    expect(state).to.deep.equal({actors: ['werkgever'], query: 'x'.repeat(200)});
  });

  it('restores the group from the page URL on load and writes changes back without new history entries', async () => {
    const group = freshGroup();
    history.replaceState(null, '', `?${group}.actor=trainer&${group}.kind=stimulerend&foo=bar`);
    const length = history.length;
    const page = await fixture(html`<div><actor-filter group=${group} sync-url></actor-filter>
      <factor-table group=${group}></factor-table></div>`);
    const filter = page.querySelector('actor-filter')!;
    const table = page.querySelector('factor-table')!;
    await table.updateComplete;
    expect(rowIds(table)).to.deep.equal(filterFactors(bundledDataset, {...NO_FILTER, kind: 'stimulerend', actors: ['trainer']}).map((f) => f.id));
    filter.shadowRoot!.querySelector<HTMLButtonElement>('button[data-value="werkgever"]')!.click();
    const params = new URLSearchParams(location.search);
    expect(params.get(`${group}.actor`)).to.equal('werkgever,trainer');
    expect(params.get('foo')).to.equal('bar');
    expect(history.length).to.equal(length);
  });
});
