// The server-rendered example pages as their readers get them (built from the packed package by
// `npm run test:examples`): Next.js's /server page (a server component that awaits scholingsfactoren/ssr)
// and a page rendered in plain Node (examples/node-ssr). The table's rows and count are in the page's
// HTML, in a declarative shadow root, before any script runs; the page's script then takes that markup
// over as it is (the very row elements of the HTML), and the table works as one rendered in the browser.
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {NO_FILTER, bundledDataset, filterFactors, sortFactors, type Actor, type Factor} from '../../src/data/index.js';
import {freshToken} from '../embed/helpers.js';
import {expectAccessible, openPage, pageProblems, type Page} from '../pages/page.js';
import {expectNoProblems} from '../shared/elements.js';
import {waitFor} from '../shared/wait.js';

/** What both pages render: <factor-table kind="inhiberend" actor="werkgever">. */
const shown = (actors: Actor[]) => filterFactors(bundledDataset, {...NO_FILTER, kind: 'inhiberend', actors});
const ids = (factors: readonly Factor[]) => factors.map((factor) => factor.id);
const byFactor = (factors: readonly Factor[]) => ids(sortFactors(bundledDataset, factors, {key: 'factor', direction: 'ascending'}));
const EMPLOYER = ids(shown(['werkgever']));
const COUNT = `${EMPLOYER.length} van ${bundledDataset.factors.length} factoren`;

type Table = HTMLElement & {updateComplete: Promise<boolean>; visibleFactors?: readonly Factor[]};

const PAGES = [
  {
    name: 'Next.js: a server component in a static export (examples/next/app/server)',
    path: '/examples/next/out/server.html',
    // React marks the nodes it has hydrated: after that, any complaint of React's would have come.
    hydrated: (page: Page) => Object.keys(page.document.querySelector('main')!).some((key) => key.startsWith('__reactFiber$')),
  },
  {
    name: 'plain Node: render.js writes the page, client.js bundled by esbuild (examples/node-ssr)',
    path: '/examples/node-ssr/dist/index.html',
    hydrated: () => true,
  },
];

const rowsOf = (table: Element) => [...table.shadowRoot!.querySelectorAll<HTMLElement>('tr[data-factor-id]')];
const shownIdsOf = (table: Element) => rowsOf(table).filter((row) => !row.hidden).map((row) => row.dataset['factorId']);
const countOf = (table: Element) => table.shadowRoot!.querySelector('[part="count"]')?.textContent;

before(() => {
  // Else "8 of 83" would prove little: the filter must leave most rows out.
  expect(EMPLOYER.length).to.equal(8);
  expect(bundledDataset.factors.length).to.equal(83);
});

for (const {name, path, hydrated} of PAGES) {
  describe(`the server-rendered page of ${name}`, function () {
    this.timeout(40000);
    let html: string;
    before(async () => {
      const built = await fetch(`/__page${path}`);
      if (!built.ok) throw new Error(`${path} is missing: run \`npm run test:examples\` (npm test does) after \`npm run build\``);
      html = await built.text();
    });

    it('has the table\'s rows and count in its HTML, in a declarative shadow root', () => {
      // DOMParser runs no script and leaves a declarative shadow root as the <template> it is written as.
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      const tables = parsed.querySelectorAll('factor-table');
      expect(tables, 'one table in the page').to.have.length(1);
      const shadow = tables[0]!.querySelector(':scope > template[shadowrootmode="open"]') as HTMLTemplateElement | null;
      expect(shadow, 'a declarative shadow root').to.not.equal(null);
      const rows = [...shadow!.content.querySelectorAll<HTMLElement>('tr[data-factor-id]')];
      expect(rows).to.have.length(83);
      expect(rows.filter((row) => !row.hasAttribute('hidden')).map((row) => row.dataset['factorId'])).to.deep.equal(EMPLOYER);
      expect(shadow!.content.querySelector('[part="count"]')?.textContent).to.equal(COUNT);
    });

    it('shows the rows before its script, and the script takes over those very row elements; the table then sorts', async () => {
      // Every script of the page (Next.js's at absolute paths: held as the page's own requests), not the
      // test server's recorder of problems, which has to run first.
      const scripts = [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('script[src], link[as="script"], link[rel="modulepreload"]')]
        .map((script) => script.getAttribute('src') ?? script.getAttribute('href')!)
        .filter((address) => !address.startsWith('/__page/test/'))
        .map((address) => address.split('/').at(-1)!);
      expect(scripts, 'the page has a script').to.not.be.empty;
      const token = freshToken();
      await executeServerCommand('hold', {token, file: scripts});
      let page: Page | undefined;
      try {
        let before: HTMLElement[];
        let table: Table;
        try {
          page = await openPage(`/__held/${token}/__page${path}`, {parsed: true});
          expect(page.window.customElements.get('factor-table'), 'no script of the page has run').to.equal(undefined);
          table = page.document.querySelector<Table>('factor-table')!;
          expect(table.shadowRoot, 'the declarative shadow root, attached by the HTML parser').to.not.equal(null);
          before = rowsOf(table);
          expect(before).to.have.length(83);
          expect(shownIdsOf(table)).to.deep.equal(EMPLOYER);
          expect(before.filter((row) => row.getBoundingClientRect().height > 0), 'the rows the reader sees').to.have.length(EMPLOYER.length);
          expect(countOf(table)).to.equal(COUNT);
        } finally {
          await executeServerCommand('release', {token});
        }

        await waitFor(() => page!.document.readyState === 'complete', 'the page\'s scripts to run', {timeout: 20000});
        await waitFor(() => page!.window.customElements.get('factor-table'), '<factor-table> to be defined', {timeout: 10000});
        await waitFor(() => hydrated(page!), 'the framework to hydrate the page', {timeout: 10000});
        for (let round = 0; round < 3; round++) await table.updateComplete;

        const after = rowsOf(table);
        expect(after.length, 'no row added or removed').to.equal(before.length);
        after.forEach((row, i) => expect(row, `row ${i} is the element of the HTML`).to.equal(before[i]));
        expect(ids(table.visibleFactors ?? [])).to.deep.equal(EMPLOYER);
        expect(countOf(table)).to.equal(COUNT);

        const header = table.shadowRoot!.querySelector('thead th.col-factor')!;
        header.querySelector('button')!.click();
        await table.updateComplete;
        expect(header.getAttribute('aria-sort')).to.equal('ascending');
        expect(shownIdsOf(table), 'the rows sorted by factor').to.deep.equal(byFactor(shown(['werkgever'])));
        expectNoProblems(pageProblems(page!), 'the page');
        await expectAccessible(page!);
      } finally {
        page?.close();
      }
    });
  });
}

describe('the plain-Node page\'s actor filter, rendered on the server above the table', function () {
  this.timeout(40000);

  // On the server each element renders on its own (scholingsfactoren/ssr knows no group): the filter's
  // HTML shows no choice yet. In the browser it joins the table's group and shows the table's filter.
  it('is taken over with its buttons, shows the table\'s filter, and filters the table', async () => {
    const token = freshToken();
    await executeServerCommand('hold', {token, file: 'client.js'});
    let page: Page | undefined;
    try {
      let buttons: HTMLButtonElement[];
      try {
        page = await openPage(`/__held/${token}/__page/examples/node-ssr/dist/index.html`, {parsed: true});
        expect(page.window.customElements.get('actor-filter'), 'no script of the page has run').to.equal(undefined);
        buttons = [...page.document.querySelector('actor-filter')!.shadowRoot!.querySelectorAll('button')];
        expect(buttons.map((button) => button.dataset['value']).filter(Boolean)).to.deep.equal(['werkgever', 'werknemer', 'omgeving', 'trainer']);
      } finally {
        await executeServerCommand('release', {token});
      }
      const filter = page.document.querySelector<Table>('actor-filter')!;
      const table = page.document.querySelector<Table>('factor-table')!;
      await waitFor(() => page!.window.customElements.get('actor-filter'), '<actor-filter> to be defined', {timeout: 10000});
      for (let round = 0; round < 3; round++) await Promise.all([filter.updateComplete, table.updateComplete]);

      const after = [...filter.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
      expect(after.length, 'no button added or removed').to.equal(buttons.length);
      after.forEach((button, i) => expect(button, `button ${i} is the element of the HTML`).to.equal(buttons[i]));
      const pressed = (value: string) => after.find((button) => button.dataset['value'] === value)!.getAttribute('aria-pressed');
      expect(pressed('werkgever'), 'the table\'s actor, pressed').to.equal('true');

      after.find((button) => button.dataset['value'] === 'werknemer')!.click();
      await table.updateComplete;
      expect(pressed('werknemer')).to.equal('true');
      expect(shownIdsOf(table), 'the table shows the factors of both actors').to.deep.equal(ids(shown(['werkgever', 'werknemer'])));
      expectNoProblems(pageProblems(page), 'the page');
      await expectAccessible(page);
    } finally {
      page?.close();
    }
  });
});
