// The embed pages written at build time (embed/<kind>/<actor>.html, and embed.html for a reader without
// JavaScript): their elements are the library's own server rendering, in the page's HTML. A frame that may
// run no script (TinyMCE's sandbox="", JavaScript off) still shows the chosen rows; where scripts run, the
// page's script takes those rows over as they are.
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {bundledDataset, filterFactors, NO_FILTER} from '../../src/data/index.js';
import {CDN, axeViolations, closeFrames, freshToken, openFrame, renderedIds, requireBuild, violationsFor, whenLive} from './helpers.js';
import {waitFor} from '../shared/wait.js';

const employerBarriers = filterFactors(bundledDataset, {...NO_FILTER, kind: 'inhiberend', actors: ['werkgever']}).map((factor) => factor.id);
const allIds = bundledDataset.factors.map((factor) => factor.id);

/** The page's table, rendered from its HTML (a declarative shadow root), once its stylesheet has loaded. */
async function tableOf(frame: HTMLIFrameElement, readyState: DocumentReadyState = 'complete'): Promise<HTMLElement> {
  const doc = await waitFor(() => frame.contentDocument?.URL !== 'about:blank' && frame.contentDocument?.readyState === readyState && frame.contentDocument,
    `the page to be ${readyState}`);
  const table = await waitFor(() => doc.querySelector<HTMLElement>('factor-table'), 'the table in the page');
  expect(table.shadowRoot, 'the table\'s declarative shadow root').to.not.equal(null);
  await waitFor(() => table.shadowRoot!.querySelector('link')?.sheet, 'the table\'s stylesheet');
  return table;
}

describe('embed pages written at build time', function () {
  this.timeout(30000);
  before(requireBuild);
  afterEach(closeFrames);

  it('in a frame that runs no script (sandbox=""), shows exactly the chosen rows, laid out as a table', async () => {
    const frame = await openFrame(`${CDN}embed/inhiberend/werkgever.html`, {sandbox: 'allow-same-origin', width: 900});
    const table = await tableOf(frame);
    expect(frame.contentWindow!.customElements.get('factor-table'), 'no script ran').to.equal(undefined);
    expect(renderedIds(table)).to.deep.equal(employerBarriers);
    const root = table.shadowRoot!;
    expect(root.querySelector('[part="count"]')!.textContent).to.equal(`${employerBarriers.length} van ${allIds.length} factoren`);
    expect(getComputedStyle(root.querySelector('table')!).display, 'the element\'s own styles apply').to.equal('table');
    expect(getComputedStyle(root.querySelector('[part="search-box"]')!).display, 'no search box that cannot search').to.equal('none');
    expect(frame.contentDocument!.title).to.equal('Scholingsfactoren: tabel – belemmerende factoren voor werkgever');
  });

  it('before its script has arrived, shows the chosen rows, and they pass axe', async () => {
    const token = freshToken();
    await executeServerCommand('hold', {token, file: 'embed-app.js'});
    try {
      const frame = await openFrame(`/__held/${token}${CDN}embed/inhiberend/werkgever.html`, {width: 900, waitForLoad: false});
      const table = await tableOf(frame, 'interactive');
      expect(frame.contentWindow!.customElements.get('factor-table'), 'the script has not run').to.equal(undefined);
      expect(renderedIds(table)).to.deep.equal(employerBarriers);
      expect(await axeViolations(frame)).to.deep.equal([]);
    } finally {
      await executeServerCommand('release', {token});
    }
  });

  it('embed.html without script shows every factor and says that a choice in its address is not applied', async () => {
    const frame = await openFrame(`${CDN}embed.html?actor=werkgever&kind=inhiberend`, {sandbox: 'allow-same-origin', width: 900});
    const table = await tableOf(frame);
    expect(renderedIds(table)).to.deep.equal(allIds);
    const notice = frame.contentDocument!.querySelector<HTMLElement>('.sf-notice')!;
    expect(notice.getBoundingClientRect().height, 'the notice is shown').to.be.above(0);
    expect(notice.textContent).to.equal(`Zonder JavaScript toont deze pagina alle ${allIds.length} factoren: een keuze in het adres (zoals werkgever of belemmerend) is niet toegepast.`);
  });

  it('where scripts run, takes the written rows over as they are, under a strict CSP', async () => {
    const token = freshToken();
    const frame = await openFrame(`/__strict/${token}${CDN}embed/inhiberend/werkgever.html`, {width: 900});
    const doc = frame.contentDocument!;
    const table = await tableOf(frame);
    // The rows as the HTML brought them, wherever the script has got to by now.
    const rows = [...table.shadowRoot!.querySelectorAll('tr[data-factor-id]')];
    const [live] = await whenLive(frame);
    expect(live).to.equal(table);
    expect([...table.shadowRoot!.querySelectorAll('tr[data-factor-id]')], 'the same row elements').to.deep.equal(rows);
    expect(live!.visibleFactors!.map((factor) => factor.id)).to.deep.equal(employerBarriers);
    // It is the live table now: a search narrows the rows.
    const input = table.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = 'contract';
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    await waitFor(() => renderedIds(table).length < employerBarriers.length, 'the search to narrow the rows');
    expect(doc.documentElement.lang).to.equal('nl');
    expect(await violationsFor(token)).to.deep.equal([]);
  });

  it('a written page with a query: the query on top, the page\'s kind and actor where it does not name them', async () => {
    const other = await openFrame(`${CDN}embed/inhiberend/werkgever.html?kind=stimulerend`, {width: 900});
    const [table] = await whenLive(other);
    expect(renderedIds(table!)).to.deep.equal(filterFactors(bundledDataset, {...NO_FILTER, kind: 'stimulerend', actors: ['werkgever']}).map((factor) => factor.id));
    expect(other.contentDocument!.querySelectorAll('factor-table'), 'only the table asked for').to.have.length(1);
    const english = await openFrame(`${CDN}embed/inhiberend/werkgever.html?lang=en`, {width: 900});
    const [englishTable] = await whenLive(english);
    expect(renderedIds(englishTable!)).to.deep.equal(employerBarriers);
    expect(english.contentDocument!.documentElement.lang).to.equal('en');
    expect(englishTable!.shadowRoot!.querySelector('[part="count"]')!.textContent).to.equal(`${employerBarriers.length} of ${allIds.length} factors`);
  });
});
