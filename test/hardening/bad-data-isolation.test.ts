// Hardening: a broken dataset stays where it was given. It reaches every element of its own group, never
// another group or another <factor-landscape>, and a good dataset given afterwards (or at once) takes over.
import {expect, fixtureSync, html} from '@open-wc/testing';
import type {FactorTable} from '../../src/elements/factor-table/factor-table.component.js';
import {flat, freshGroup, rowIds, shadow} from '../shared/elements.js';
import {
  ERROR_TITLE, FIXTURES, alertOf, alertOrNull, alertText, expectBundledTableWorks, expectNothingRan, expectRefused,
  mountBroken, smallDataset, type DataElement,
} from './helpers.js';
import {waitFor} from '../shared/wait.js';

const shown = (el: Element) => el.shadowRoot !== null && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('.status');

describe('<factor-landscape> around a broken dataset', () => {
  it('keeps the error inside: the page-wide group and a second landscape keep the bundled data', async () => {
    const page = fixtureSync(html`<div>
      <factor-landscape id="broken">
        <actor-filter src=${`${FIXTURES}/array.json`}></actor-filter>
        <factor-table></factor-table>
      </factor-landscape>
      <factor-landscape id="good"><factor-table></factor-table></factor-landscape>
      <factor-table id="page-wide"></factor-table>
    </div>`);
    const errors: Event[] = [];
    page.addEventListener('factor-error', (event) => errors.push(event));
    const filter = page.querySelector<DataElement>('#broken actor-filter')!;
    const inside = page.querySelector<FactorTable>('#broken factor-table')!;
    await waitFor(() => alertOrNull(filter) && alertOrNull(inside), 'the broken landscape to show its error', {timeout: 8000});
    // Both elements of the landscape's (default) group say what is wrong; the one with `src` reports it.
    for (const el of [filter, inside]) {
      expect(flat(alertOf(el))).to.contain(ERROR_TITLE).and.contain('verwacht een JSON-object met "factors" en "sources", maar kreeg een lijst');
      expect(shadow(el).querySelectorAll('[aria-pressed], tbody tr').length, 'data shown despite the error').to.equal(0);
    }
    expect(errors.length).to.be.at.least(1);
    expect((errors[0] as CustomEvent).detail.errors[0].message).to.contain('maar kreeg een lijst');
    // The same (default) group name outside the landscape, and in another landscape, is another group.
    for (const selector of ['#good factor-table', '#page-wide']) {
      const table = page.querySelector<FactorTable>(selector)!;
      await table.updateComplete;
      await expectBundledTableWorks(table);
    }
    expectNothingRan();
    await expect(page.querySelector('#broken')!).to.be.accessible();
  });
});

describe('a broken dataset in a group', () => {
  it('shows the error in every element of that group, wherever it sits on the page', async () => {
    const group = freshGroup();
    const page = fixtureSync(html`<div>
      <aside><actor-filter group=${group}></actor-filter></aside>
      <article><factor-table group=${group}></factor-table><barrier-heatmap group=${group}></barrier-heatmap>
        <source-citation group=${group} source="jansen-2020"></source-citation></article>
      <footer><factor-table group=${freshGroup('other')}></factor-table></footer>
    </div>`);
    const data = smallDataset();
    data.factors[1].sources = ['bron-x'];
    const filter = page.querySelector<DataElement>('actor-filter')!;
    filter.data = data;
    const members = [...page.querySelectorAll<DataElement>(`[group="${group}"]`)];
    await waitFor(() => members.every((el) => alertOrNull(el)), 'every element of the group to show the error', {timeout: 8000});
    for (const el of members) {
      expect(flat(alertOf(el)), el.localName).to.contain('factor 2 ("gebrek aan tijd"): bron-id "bron-x" in veld "sources" staat niet in de lijst "sources"');
    }
    await expectBundledTableWorks(page.querySelector<FactorTable>('footer factor-table')!);
    await expect(page.querySelector('article')!).to.be.accessible();
  });

  it('gives way to a good dataset given afterwards, through src or data', async () => {
    const broken = await mountBroken('factor-table', {src: `${FIXTURES}/bestaat-niet.json`});
    await expectRefused(broken, ['404']);
    broken.el.setAttribute('src', `${FIXTURES}/valid-small.json`);
    await waitFor(() => rowIds(broken.el).length === 3, 'the good file to replace the error', {timeout: 8000});
    expect(alertText(broken.el)).to.equal(null);
    expect(flat(shadow(broken.el).querySelector('.count')!)).to.equal('3 van 3 factoren');

    broken.el.data = {...smallDataset(), factors: 'kapot'};
    await waitFor(() => alertOrNull(broken.el), 'broken data to show an error', {timeout: 8000});
    expect(flat(alertOf(broken.el))).to.contain('dataset: veld "factors" moet een lijst zijn, maar is tekst');
    const good = smallDataset();
    good.factors.pop();
    broken.el.data = good;
    await waitFor(() => rowIds(broken.el).length === 2, 'good data to replace the error', {timeout: 8000});
    expect(alertText(broken.el)).to.equal(null);
  });

  it('can be loaded again from the same address after a network failure', async () => {
    // The first request fails as if the connection dropped; the file itself is fine.
    const real = window.fetch;
    let requests = 0;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      ++requests === 1 ? Promise.reject(new TypeError('Failed to fetch')) : real(input, init);
    try {
      const src = `${FIXTURES}/valid-small.json`;
      const broken = await mountBroken('factor-table', {src});
      await expectRefused(broken, ['kon niet worden opgehaald (netwerkfout']);
      // A script (or a CMS that renders the block again) asks for the same file once more.
      broken.el.removeAttribute('src');
      await broken.el.updateComplete;
      broken.el.setAttribute('src', src);
      await waitFor(() => rowIds(broken.el).length === 3, 'the table to show the rows of the file', {timeout: 5000});
      expect(alertText(broken.el)).to.equal(null);
    } finally {
      window.fetch = real;
    }
  });

  it('that is replaced at once by a good one never shows its error', async () => {
    const errors: Event[] = [];
    const page = fixtureSync(html`<div></div>`);
    page.addEventListener('factor-error', (event) => errors.push(event));
    const table = document.createElement('factor-table') as FactorTable;
    table.group = freshGroup();
    table.src = `${FIXTURES}/array.json`;
    page.append(table);
    // A script sets `data` on the element whose markup had a (broken) `src`: the newest dataset wins.
    table.data = smallDataset();
    await waitFor(() => shown(table), 'the table to show its rows', {timeout: 8000});
    // Give the refused file every chance to arrive late.
    const late = await fetch(`${FIXTURES}/array.json`);
    await late.text();
    await table.updateComplete;
    expect(rowIds(table)).to.deep.equal(['goede-coaching', 'gebrek-aan-tijd', 'hoge-kosten']);
    expect(alertText(table)).to.equal(null);
    expect(errors).to.deep.equal([]);
  });

  it('speaks the interface language around the Dutch details', async () => {
    const broken = await mountBroken('factor-table', {data: {...smallDataset(), title: ''}}, {lang: 'en'});
    const text = flat(alertOf(broken.el));
    expect(text).to.contain('The data cannot be shown');
    expect(text).to.contain('dataset: veld "title" is leeg');
    await expect(broken.el).to.be.accessible();
  });
});
