// The library twice on one page: two CMS blocks that each paste the script line (the same address, a
// cache-buster, two hosts), the npm build of a developer's block next to an editor's CDN line, and an
// older or newer copy. Nothing throws, the second copy loads nothing (a warning only if the versions
// differ), and the elements still work together as one page-wide group. Also under a strict CSP with
// Trusted Types, where a second Lit could not even start.
import {expect} from '@open-wc/testing';
import {bundledDataset} from '../../src/data/index.js';
import {waitFor} from '../shared/wait.js';
import {allUpdated, expectAccessible, openPage, ourWarnings, pageProblems, rowsOf, waitForRows, type Page} from './page.js';
import {ELEMENT_TAGS} from '../../src/elements/registry.js';
import {expectNoProblems} from '../shared/elements.js';

const FACTORS = bundledDataset.factors.length;
const TRAINER = bundledDataset.factors.filter((factor) => factor.actors.includes('trainer')).length;
const VERSION_KEY = Symbol.for('scholingsfactoren.version');
const OTHER_VERSION = '9.9.9';

/**
 * The chunks the CDN entry loads when their elements appear, without their hash, as the build made them (its
 * chunk graph): all it imports but the English strings, which a page in Dutch never asks for.
 */
async function elementChunks(): Promise<string[]> {
  const graph = await (await fetch('/__page/dist/cdn-chunks.json')).json() as Record<string, {dynamicImports: string[]; modules: string[]}>;
  const english = (file: string) => graph[file]!.modules.some((id) => /i18n[/\\]english\.js$/.test(id));
  return [...new Set(graph['scholingsfactoren.js']!.dynamicImports.filter((file) => !english(file))
    .map((file) => file.replace(/-[\w-]{8}\.js$/, '')))].sort();
}

/** The CDN files the page loaded, by the path it asked for. */
const loaded = (page: Page, name: string) => page.window.performance.getEntriesByType('resource')
  .map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith(`/${name}`));

/**
 * What a reader of the page does: every element shows, and the filter in block 1 reaches the table
 * in block 2, a citation opens its card. Returns the page, with no error on it.
 */
async function openAndUse(path: string, strict = false): Promise<Page> {
  const page = await openPage(path, {strict});
  const doc = page.document;
  await allUpdated(page);
  const table = doc.querySelector('#blok-2 factor-table');
  await waitForRows(table, FACTORS);
  const heatmap = doc.querySelector('#blok-2 barrier-heatmap')!.shadowRoot!;
  expect(heatmap.querySelectorAll('[role=gridcell][data-actor][data-source]').length).to.be.above(0);
  const card = doc.querySelector('#blok-2 source-citation')!.shadowRoot!;
  expect(card.querySelector('.summary')?.textContent).to.contain('TNO');

  doc.querySelector('#blok-1 actor-filter')!.shadowRoot!.querySelector<HTMLButtonElement>('button[data-value=trainer]')!.click();
  await waitForRows(table, TRAINER);
  rowsOf(table)[0].querySelector<HTMLButtonElement>('button.source')!.click();
  const dialog = await waitFor(() => table!.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]'), 'the citation opens its card');
  await waitFor(() => dialog.querySelector('source-citation')?.shadowRoot?.querySelector('.reference'), 'the card shows its reference');
  dialog.querySelector<HTMLButtonElement>('.dialog-close')!.click();
  await waitFor(() => !dialog.open, 'the card closes');
  await allUpdated(page);
  expectNoProblems(pageProblems(page), 'the page');
  // After the violation checks of a strict page: axe writes markup of its own, which Trusted Types refuse.
  if (!strict) await expectAccessible(page);
  return page;
}

describe('the CDN bundle twice on one page', function () {
  this.timeout(60000);
  const pages: Page[] = [];
  afterEach(() => pages.splice(0).forEach((page) => page.close()));
  const use = async (path: string, strict = false) => {
    const page = await openAndUse(path, strict);
    pages.push(page);
    return page;
  };

  it('from the same address: loaded once, no warning', async () => {
    const page = await use('double-same-url.html');
    expect(ourWarnings(page.problems)).to.deep.equal([]);
    expect(loaded(page, 'scholingsfactoren.js')).to.have.length(1);
  });

  // A script line with a query loads the plain address, which serves the page (src/cdn-claim.ts).
  for (const [path, what, entries] of [['double-query-url.html', 'with two queries (?blok=1, ?blok=2)', ['?blok=1', '?blok=2', '']], ['double-address.html', 'from two hosts or paths', ['', '']]] as const) {
    it(`${what}: the second copy loads no elements of its own, without a warning`, async () => {
      const page = await use(path);
      expect(ourWarnings(page.problems), 'same version').to.deep.equal([]);
      // Each address ran its entry, but only one copy went on: each element's chunk came once, from one place.
      const files = page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name))
        .filter(({pathname}) => pathname.includes('/dist/cdn/')).map(({pathname, search}) => pathname + search);
      expect(files.filter((file) => /\/scholingsfactoren\.js(\?|$)/.test(file)).map((file) => file.replace(/^.*\.js/, '')).sort(), 'the script lines')
        .to.deep.equal([...entries].sort());
      const chunks = files.filter((file) => !/\/scholingsfactoren\.js(\?|$)/.test(file));
      const names = chunks.map((file) => file.split('/').pop()!.replace(/-[\w-]{8}\.js$/, ''));
      // The printout comes with the card's chunk, which a reader's first move asks for.
      expect(names.sort(), 'the chunks of the other elements, once each').to.deep.equal(await elementChunks());
    });
  }

  it('next to another version: the first one serves the page, the other says so once', async () => {
    const page = await use('version-mismatch.html');
    const warnings = ourWarnings(page.problems);
    expect(warnings, warnings.join('\n')).to.have.length(1);
    expect(warnings[0]).to.contain(OTHER_VERSION).and.to.contain('0.1.0');
    for (const tag of ELEMENT_TAGS) {
      const owner = (page.window.customElements.get(tag) as unknown as Record<symbol, string> | undefined)?.[VERSION_KEY];
      expect(owner, `<${tag}> is registered by the copy that came first`).to.equal(OTHER_VERSION);
    }
  });
});

describe('observe, from the CDN bundle', function () {
  this.timeout(60000);

  it('loads an element in the shadow root of a developer\'s component, also when imported from another address', async () => {
    const page = await openPage('observe-shadow-root.html');
    const heatmap = await waitFor(() => page.document.querySelector('eigen-blok')?.shadowRoot?.querySelector('barrier-heatmap'), 'the component shows its heatmap');
    await waitFor(() => heatmap.shadowRoot?.querySelector('[role=gridcell][data-actor][data-source]'), 'the heatmap has loaded and shows its cells');
    expect(page.window.customElements.get('barrier-heatmap'), 'defined on the page').to.not.equal(undefined);
    expect(loaded(page, 'scholingsfactoren.js').length, 'both addresses were fetched').to.equal(2);
    expectNoProblems(pageProblems(page), 'the page');
    await expectAccessible(page);
    page.close();
  });
});

describe('the CDN bundle and the npm build on one page', function () {
  this.timeout(60000);
  const pages: Page[] = [];
  afterEach(() => pages.splice(0).forEach((page) => page.close()));

  for (const [path, first] of [['cdn-then-npm.html', 'cdn'], ['npm-then-cdn.html', 'npm']] as const) {
    it(`${first === 'cdn' ? 'CDN first, then npm' : 'npm first, then CDN'}: the first one registers, the other is skipped`, async () => {
      const page = await openAndUse(path);
      pages.push(page);
      const npm = (page.window as unknown as {__npmBlock?: {FactorTable: CustomElementConstructor; factors: number}}).__npmBlock;
      expect(npm?.factors, 'the npm block ran').to.equal(FACTORS);
      expect(page.window.customElements.get('factor-table') === npm!.FactorTable).to.equal(first === 'npm');
      expect(ourWarnings(page.problems), 'same version: skipped without a warning').to.deep.equal([]);
      // The npm build really came from node_modules, not from the CDN bundle.
      const npmFiles = page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)
        .filter((file) => file.includes('/dist/elements/') || file.includes('/node_modules/'));
      expect(npmFiles.length, 'npm modules loaded').to.be.above(5);
    });
  }
});

describe('the CDN bundle twice under a strict CSP with Trusted Types', function () {
  this.timeout(60000);
  const pages: Page[] = [];
  afterEach(() => pages.splice(0).forEach((page) => page.close()));

  // The pages above, served with the strict policy (test/server/strict-csp.js).
  const cases = [
    ['double-same-url.html', 'from the same address'],
    ['cache-buster.html', 'with a cache-buster (?v=0.1.0)'],
    ['double-query-url.html', 'with two queries'],
    ['double-address.html', 'from two hosts or paths: the second copy loads no second Lit'],
  ];
  for (const [path, what] of cases) {
    it(`${what}: no violation, no error, one table with every row`, async () => {
      const page = await openAndUse(path, true);
      pages.push(page);
      expect(page.problems.violations, 'securitypolicyviolation events').to.deep.equal([]);
      expect(await page.reports(), 'reports to the server').to.deep.equal([]);
      expect(page.document.querySelectorAll('factor-table')).to.have.length(1);
    });
  }
});
