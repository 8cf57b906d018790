/**
 * Server rendering (scholingsfactoren/ssr) and hydration, as a reader gets them: the element's rows,
 * counts and texts are in the page's HTML before any script (what a reader without JavaScript keeps),
 * and the browser's script then takes that markup over as it is: the same row elements, nothing moves,
 * and the element works as one rendered in the browser.
 */
import {expect} from '@open-wc/testing';
import {expectAccessible, openPage, pageProblems, type Page} from '../pages/page.js';
import {expectNoProblems} from '../shared/elements.js';
import {waitFor} from '../shared/wait.js';

type Rendered = HTMLElement & {updateComplete: Promise<boolean>; visibleFactors?: readonly unknown[]};

/** Where each element of the page's HTML is, and which element it is, to compare after hydration. */
function snapshot(page: Page, host: Element) {
  const nodes = [...host.shadowRoot!.querySelectorAll('*'), page.document.getElementById('after')!];
  return nodes.map((node) => ({node, rect: JSON.stringify(node.getBoundingClientRect())}));
}

/**
 * Loads the npm build with Lit's hydration support into the page, as `import 'scholingsfactoren/hydrate'`
 * does, and checks that the element took the server's markup over as it is: the same elements, none moved.
 */
async function hydrateInPlace(page: Page, host: Rendered): Promise<void> {
  const before = snapshot(page, host);
  const script = page.document.createElement('script');
  script.type = 'module';
  script.src = '/__page/dist/hydrate.js';
  page.document.head.append(script);
  await waitFor(() => page.window.customElements.get(host.localName), `<${host.localName}> to be defined`, {timeout: 10000});
  for (let round = 0; round < 3; round++) await host.updateComplete;
  const after = snapshot(page, host);
  expect(after.length, 'no element added or removed').to.equal(before.length);
  after.forEach(({node, rect}, i) => {
    expect(node, `element ${i} is the server's`).to.equal(before[i]!.node);
    expect(rect, `element ${i} did not move`).to.equal(before[i]!.rect);
  });
}

const pages: Page[] = [];

async function serverRendered(address: string): Promise<{page: Page; host: Rendered}> {
  const page = await openPage(address);
  pages.push(page);
  const host = page.document.querySelector('main > :not(h1, p)') as Rendered;
  expect(host.shadowRoot, 'a declarative shadow root from the HTML').to.not.equal(null);
  return {page, host};
}

const rowsOf = (host: Element) => [...host.shadowRoot!.querySelectorAll('tr[data-factor-id]')];
const visibleRowsOf = (host: Element) => rowsOf(host).filter((row) => !(row as HTMLElement).hidden);

describe('server rendering and hydration', function () {
  this.timeout(30000);
  afterEach(() => pages.splice(0).forEach((page) => page.close()));

  it('<factor-table kind="inhiberend" actor="werkgever">: the 8 rows, count and caption are in the HTML, and hydration keeps every row element in place', async () => {
    const {page, host} = await serverRendered('/__ssr/factor-table?kind=inhiberend&actor=werkgever');
    // Before any script: what a reader without JavaScript sees.
    expect(page.window.customElements.get('factor-table')).to.equal(undefined);
    expect(rowsOf(host)).to.have.length(83);
    expect(visibleRowsOf(host)).to.have.length(8);
    expect(host.shadowRoot!.querySelector('[part="count"]')!.textContent).to.equal('8 van 83 factoren');
    expect(host.shadowRoot!.querySelector('caption')!.textContent).to.match(/^Factoren die scholing/);

    await hydrateInPlace(page, host);
    expect(host.visibleFactors).to.have.length(8);
    // The hydrated table works: a sort button sorts.
    const header = host.shadowRoot!.querySelector('th.col-factor')!;
    header.querySelector('button')!.click();
    await host.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    expectNoProblems(pageProblems(page), 'the page');
    await expectAccessible(page);
  });

  it('<factor-table lang="en">: English in the HTML, and after hydration the table goes on in English', async () => {
    const {page, host} = await serverRendered('/__ssr/factor-table?kind=inhiberend&lang=en');
    const count = () => host.shadowRoot!.querySelector('[part="count"]')!.textContent;
    expect(count()).to.equal('52 of 83 factors');
    // The English texts come in a chunk of their own in the browser. Hydration takes the server's text
    // over as it is, so only what the table says next shows which language it hydrated in.
    await hydrateInPlace(page, host);
    host.setAttribute('actor', 'werkgever');
    await host.updateComplete;
    expect(count()).to.equal('8 of 83 factors');
    expectNoProblems(pageProblems(page), 'the page');
    await expectAccessible(page);
  });

  for (const [tag, query, text] of [
    ['actor-filter', 'with-kind', 'Werkgever'],
    ['source-citation', 'source=tno-2011&heading-level=2', 'TNO (2011)'],
    // Our English translation comes in the English chunk in the browser: hydration waits for it.
    ['source-citation', 'source=tno-2011&heading-level=2&lang=en', 'Translated summary'],
    ['barrier-heatmap', '', 'Werkgever'],
  ] as const) {
    it(`<${tag}${query ? ` ${query}` : ''}>: its text is in the HTML, and hydration keeps every element in place`, async () => {
      const {page, host} = await serverRendered(`/__ssr/${tag}${query ? `?${query}` : ''}`);
      expect(page.window.customElements.get(tag)).to.equal(undefined);
      expect(host.shadowRoot!.textContent).to.contain(text);
      await hydrateInPlace(page, host);
      expectNoProblems(pageProblems(page), 'the page');
      await expectAccessible(page);
    });
  }
});
