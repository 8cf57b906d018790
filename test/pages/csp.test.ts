// A CMS page with the strictest Content-Security-Policy the API promises to work with: no inline
// script or style, no eval, and Trusted Types with only Lit's `lit-html` policy. Every element on one
// page, loaded from the CDN bundle with one external module script, used the way a reader uses it.
import {expect} from '@open-wc/testing';
import {bundledDataset} from '../../src/data/index.js';
import {foldText} from '../../src/data/text.js';
import {waitFor} from '../shared/wait.js';
import {allUpdated, openPage, pageProblems, rowsOf, waitForRows, type Page} from './page.js';
import {expectNoProblems, cellNumber, isWebKit} from '../shared/elements.js';

const FACTORS = bundledDataset.factors.length;
const idsOf = (table: Element | null) => rowsOf(table).map((row) => row.getAttribute('data-factor-id') ?? '');

describe('a page with a strict CSP and Trusted Types', function () {
  this.timeout(60000);
  let page: Page;
  let main: Element;
  let isolated: Element;
  before(async () => {
    page = await openPage('csp-all.html', {strict: true});
    await allUpdated(page);
    main = page.document.querySelector('#hoofd factor-table')!;
    isolated = page.document.querySelector('#apart factor-table')!;
  });
  after(() => page.close());

  it('is served with the policy and has no inline script or style of its own', async () => {
    const response = await fetch(page.frame.src);
    expect(response.headers.get('content-security-policy')).to.contain("trusted-types lit-html").and.to.contain("script-src 'self'");
    const source = await response.text();
    expect(source).not.to.match(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(source).not.to.match(/\sstyle=|<style/);
  });

  it('renders every element', async () => {
    await waitForRows(main, FACTORS);
    await waitForRows(isolated, FACTORS);
    expect(rowsOf(main)[0].querySelector('th')!.textContent).to.equal(bundledDataset.factors[0].factor);

    const cells = [...page.document.querySelector('barrier-heatmap')!.shadowRoot!.querySelectorAll<HTMLElement>('[role=gridcell]')];
    expect(cells.length).to.be.at.least(4);
    const sourceIds = new Set(bundledDataset.sources.map((source) => source.id));
    for (const cell of cells) {
      expect(['werkgever', 'werknemer', 'omgeving', 'trainer']).to.include(cell.dataset['actor']);
      expect(sourceIds.has(cell.dataset['source']!), `data-source=${cell.dataset['source']}`).to.equal(true);
    }

    // The card, with the publications' texts, which come in a chunk of their own.
    const tno = bundledDataset.sources.find((source) => source.id === 'tno-2011')!;
    const card = page.document.querySelector('#bron source-citation')!.shadowRoot!;
    const text = card.querySelector('article')!.textContent!;
    expect(text).to.contain(tno.title);
    expect(text).to.contain(tno.summary.slice(0, 40));

    const options = [...page.document.querySelector('#zijbalk actor-filter')!.shadowRoot!.querySelectorAll<HTMLElement>('button[data-value]')];
    expect(options.map((button) => button.dataset['value'])).to.deep.equal(['werkgever', 'werknemer', 'omgeving', 'trainer']);
  });

  it('choosing an actor filters the table in another block, not the isolated one', async () => {
    const trainer = bundledDataset.factors.filter((factor) => factor.actors.includes('trainer')).map((factor) => factor.id);
    const filter = page.document.querySelector('#zijbalk actor-filter')!.shadowRoot!;
    filter.querySelector<HTMLButtonElement>('button[data-value=trainer]')!.click();
    await waitForRows(main, trainer.length);
    expect(idsOf(main)).to.deep.equal(trainer);
    expect(filter.querySelector('button[data-value=trainer]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(rowsOf(isolated)).to.have.length(FACTORS);

    page.document.querySelector('#apart actor-filter')!.shadowRoot!.querySelector<HTMLButtonElement>('button[data-value=werkgever]')!.click();
    await waitForRows(isolated, bundledDataset.factors.filter((factor) => factor.actors.includes('werkgever')).length);
    expect(idsOf(main), 'the page-wide group is untouched').to.deep.equal(trainer);

    [...filter.querySelectorAll<HTMLButtonElement>('button[part=all]')].at(-1)!.click();
    await waitForRows(main, FACTORS);
  });

  it('typing in the search box leaves only matching rows', async () => {
    const search = main.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'tijd';
    search.dispatchEvent(new page.window.InputEvent('input', {bubbles: true, composed: true}));
    await waitForRows(main, {below: FACTORS});
    const matching = bundledDataset.factors.filter((factor) => {
      const citations = factor.sources.map((id) => bundledDataset.sources.find((source) => source.id === id)!.citation);
      return foldText([factor.factor, factor.how, ...citations].join(' ')).includes('tijd');
    }).map((factor) => factor.id);
    expect(new Set(idsOf(main))).to.deep.equal(new Set(matching));
    search.value = '';
    search.dispatchEvent(new page.window.InputEvent('input', {bubbles: true, composed: true}));
    await waitForRows(main, FACTORS);
  });

  it('offers the CSV download', async () => {
    let file: Blob | undefined;
    const {URL: FrameURL} = page.window;
    const original = FrameURL.createObjectURL;
    FrameURL.createObjectURL = (blob: Blob) => {
      file = blob;
      return original.call(FrameURL, blob);
    };
    try {
      main.shadowRoot!.querySelector<HTMLButtonElement>('button.csv')!.click();
      await waitFor(() => file, 'a file is offered');
    } finally {
      FrameURL.createObjectURL = original;
    }
    const csv = await file!.text();
    for (const factor of [bundledDataset.factors[0], bundledDataset.factors.at(-1)!]) expect(csv).to.contain(factor.factor);
    expect(csv.trim().split(/\r?\n/)).to.have.length(FACTORS + 1);
  });

  it('a citation opens its card in a dialog, and the close button closes it', async () => {
    const first = bundledDataset.factors[0];
    const source = bundledDataset.sources.find((entry) => entry.id === first.sources[0])!;
    rowsOf(main).find((row) => row.getAttribute('data-factor-id') === first.id)!.querySelector<HTMLButtonElement>('button.source')!.click();
    const dialog = await waitFor(() => main.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]'), 'the dialog opens');
    expect(dialog.querySelector('h2')!.textContent).to.equal(source.citation);
    const reference = await waitFor(() => dialog.querySelector('source-citation')?.shadowRoot?.querySelector('.reference'), 'the card renders');
    expect(reference.textContent).to.contain(source.title);
    dialog.querySelector<HTMLButtonElement>('.dialog-close')!.click();
    await waitFor(() => !dialog.open, 'the dialog closes');
  });

  it('a heatmap cell filters the table to its factors', async () => {
    const cell = [...page.document.querySelector('barrier-heatmap')!.shadowRoot!.querySelectorAll<HTMLElement>('[role=gridcell]')]
      .find((candidate) => Number(cellNumber(candidate)) > 0)!;
    const [actor, count] = [cell.dataset['actor']!, Number(cellNumber(cell))];
    cell.click();
    await waitForRows(main, count);
    for (const id of idsOf(main)) {
      const factor = bundledDataset.factors.find((candidate) => candidate.id === id)!;
      expect(factor.kind, id).to.equal('inhiberend');
      expect(factor.actors, id).to.include(actor);
    }
  });

  it('has no CSP or Trusted Types violation and no error, with every chunk loaded under the policy', async () => {
    await allUpdated(page);
    expect(page.problems.violations, 'securitypolicyviolation events').to.deep.equal([]);
    expect(await page.reports(), 'violation reports').to.deep.equal([]);
    expectNoProblems(pageProblems(page), 'the page');
    const chunks = page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/cdn/'));
    expect(chunks.length, chunks.join('\n')).to.be.at.least(4);
    // (No axe here: it writes markup of its own, which this page's Trusted Types refuse. The same elements
    // are checked with axe on the pages of double-load.test.ts and in every component test.)
  });
});

describe('the same checks catch a violation', function () {
  this.timeout(60000);

  it('sees an inline style and a string into innerHTML: in the page, in the reports, and blocked', async () => {
    // The canary page: the same policy, and a script that does what a careless change to the library
    // would do: an inline style attribute in a shadow root, and a string into innerHTML.
    const page = await openPage('csp-canary.html', {strict: true});
    try {
      await waitFor(() => (page.window as unknown as {__canaryDone?: boolean}).__canaryDone, 'the canary has done its harm');
      const directives = page.problems.violations.map((violation) => violation.directive);
      // The page's own script sees the markup's inline style; what happens inside a shadow root does not reach
      // it (the event is not composed). The reports to the server show both kinds. (Not all three reports:
      // in CI, WebKit now and then sent only some of them, and the rest not even after 40 s.)
      expect(directives, 'seen by the page\'s own script').to.include('style-src-attr');
      const directivesOf = (reports: Record<string, unknown>[]) =>
        reports.map((report) => String(report['effective-directive'] ?? report['violated-directive'] ?? ''));
      // WebKit's reports arrive less surely still: in CI it once had not sent both kinds after 40 s (and the page
      // itself saw the style, above). There one kind shows that the reports reach the server.
      const kinds = (found: string[]) => [found.some((directive) => directive.startsWith('style-src')), found.some((directive) => directive.includes('trusted-types'))];
      let found: string[] = [];
      const reported = await waitFor(async () => {
        found = directivesOf(await page.reportsSoFar());
        return (isWebKit ? kinds(found).some(Boolean) : kinds(found).every(Boolean)) ? found : undefined;
      }, 'the browser reports an inline style and a string into innerHTML to the server', {timeout: 40000}).catch((error: Error) => {
        throw new Error(`${error.message} (reported: ${JSON.stringify(found)})`);
      });
      expect(reported.filter((directive) => !directive.startsWith('style-src') && !directive.includes('trusted-types')), 'no other kind').to.deep.equal([]);
      const table = page.document.querySelector('factor-table')!.shadowRoot!.querySelector('table')!;
      expect(page.window.getComputedStyle(table).outlineStyle, 'the blocked style is not applied').not.to.equal('dotted');
    } finally {
      page.close();
    }
  });
});
