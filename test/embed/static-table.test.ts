// The table written into embed.html at build time: what a reader gets with JavaScript off, and what
// everyone sees until the live <factor-table> takes its place, which must not move anything.
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {bundledDataset, citationsOf} from '../../src/data/index.js';
import {CDN, axeViolations, closeFrames, freshToken, openFrame, requireBuild, until, whenLive} from './helpers.js';

const {factors} = bundledDataset;

describe('embed.html without JavaScript', function () {
  this.timeout(20000);
  before(requireBuild);
  afterEach(closeFrames);

  // The page's text, parsed as a browser parses it but with no script run: every factor must be in it.
  it('holds every factor in a table with a caption and the sources\' labels', async () => {
    const page = new DOMParser().parseFromString(await (await fetch(`${CDN}embed.html`)).text(), 'text/html');
    const table = page.querySelector('table')!;
    expect(table.caption!.textContent).to.equal('Factoren die scholing van lageropgeleiden stimuleren of belemmeren');
    // Each header's name twice: beside the sort control of the wide layout, and alone for the narrow one.
    for (const part of ['.sort', '.name']) {
      expect([...table.tHead!.querySelectorAll(`th[scope=col] ${part}`)].map((element) => element.textContent!.replace('↕', '')))
        .to.deep.equal(['Soort', 'Factor', 'Hoe', 'Wie', 'Bron', 'Studies']);
    }
    const rows = [...table.tBodies[0]!.rows];
    expect(rows).to.have.length(83);
    expect(rows.map((row) => row.querySelector('th[scope=row]')!.textContent)).to.deep.equal(factors.map((factor) => factor.factor));
    expect(rows.map((row) => row.querySelector('.col-how')!.textContent)).to.deep.equal(factors.map((factor) => factor.how));
    expect(rows.map((row) => [...row.querySelectorAll('.source')].map((source) => source.textContent)))
      .to.deep.equal(factors.map((factor) => citationsOf(bundledDataset, factor).map((citation) => citation.text)));
  });

  // A sandbox without allow-scripts runs no script, as a browser with JavaScript off; allow-same-origin
  // lets the test look at what is shown (DOMParser above only shows what is in the text).
  it('shows that table, without the live element\'s toolbar', async () => {
    const frame = await openFrame(`${CDN}embed.html?actor=werkgever`, {sandbox: 'allow-same-origin', width: 900});
    const doc = frame.contentDocument!;
    await until(() => doc.readyState === 'complete' && doc.styleSheets.length > 0, 'the page and its stylesheet');
    expect(doc.documentElement.classList.contains('sf-js'), 'no script ran').to.equal(false);
    const block = doc.getElementById('sf-static')!;
    expect(getComputedStyle(block).visibility).to.equal('visible');
    expect(getComputedStyle(block.querySelector('.toolbar')!).display).to.equal('none');
    const rows = [...block.querySelectorAll<HTMLElement>('tbody tr')];
    expect(rows.filter((row) => row.getBoundingClientRect().height > 20)).to.have.length(83, 'every row shown, the query needs a script');
    expect(block.querySelector('caption')!.getBoundingClientRect().height).to.be.above(10);
  });

  // axe needs a script in the page: the same markup and stylesheet, in a page that lets it run.
  for (const [layout, width] of [['a table', 1000], ['cards', 320]] as const) {
    it(`is accessible (axe), as ${layout}`, async function () {
      this.timeout(60000);
      const frame = await openFrame(`${CDN}embed.html`, {width});
      await whenLive(frame);
      const doc = frame.contentDocument!;
      const page = new DOMParser().parseFromString(await (await fetch(`${CDN}embed.html`)).text(), 'text/html');
      doc.documentElement.classList.remove('sf-js');
      doc.getElementById('sf-embed')!.replaceWith(doc.importNode(page.getElementById('sf-embed')!, true));
      expect(getComputedStyle(doc.querySelector('.toolbar')!).display, 'shown as without JavaScript').to.equal('none');
      expect(await axeViolations(frame)).to.deep.equal([]);
    });
  }
});

/** Where things are, in the frame's page: the page's height and the top of each shown row, by factor id. */
function layout(frame: HTMLIFrameElement) {
  const doc = frame.contentDocument!;
  const table = doc.querySelector('factor-table');
  const root: ParentNode = doc.getElementById('sf-static') ?? table!.shadowRoot!;
  const rows = [...root.querySelectorAll<HTMLElement>('tr[data-factor-id]')].filter((row) => row.getBoundingClientRect().height > 0);
  const text = (selector: string) => root.querySelector(selector)?.textContent?.replace(/[↕×]/g, '').trim();
  return {
    height: doc.documentElement.getBoundingClientRect().height,
    rows: rows.map((row) => ({id: row.dataset['factorId'], top: row.getBoundingClientRect().top})),
    words: {caption: text('caption'), count: text('.count'), header: text('thead th'), chip: text('.chip')},
  };
}

describe('from the static table to the live element', function () {
  this.timeout(30000);
  before(requireBuild);
  afterEach(closeFrames);

  const cases: [string, string, number][] = [
    ['all factors, wide', '', 1000],
    ['all factors, at 320 px (cards)', '', 320],
    ['the issue\'s example', '?actor=werkgever&kind=inhiberend', 900],
    ['English, sources and a search', '?actor=werkgever,trainer&source=tno-2011,roa-2018-kwetsbare-positie,roa-2018-levenslang-leren&query=tijd&lang=en', 700],
    ['no factor matches', '?query=ruimtevaart', 500],
  ];
  for (const [name, query, width] of cases) {
    it(`${name}: nothing moves`, async () => {
      // The bundle is held back by the test server, so the page shows its static table until released.
      const token = freshToken();
      await executeServerCommand('hold', {token, file: 'scholingsfactoren.js'});
      const frame = await openFrame(`/__held/${token}${CDN}embed.html${query}`, {width, height: 600, waitForLoad: false});
      const doc = await until(() => frame.contentDocument?.documentElement?.classList.contains('sf-ready') && frame.contentDocument,
        'the static table, prepared');
      await until(() => [...doc.styleSheets].some((sheet) => sheet.href?.endsWith('/embed.css')), 'the stylesheet');
      expect(doc.querySelector('factor-table'), 'the live element waits for the bundle').to.equal(null);
      const before = layout(frame);
      await executeServerCommand('release', {token});
      await whenLive(frame);
      const after = layout(frame);

      expect(after.rows.map((row) => row.id), 'the same rows').to.deep.equal(before.rows.map((row) => row.id));
      expect(after.words, 'the same words').to.deep.equal(before.words);
      const moved = after.rows.map((row, i) => Math.abs(row.top - before.rows[i]!.top));
      expect(Math.max(0, ...moved), 'the most any row moved, in CSS px').to.be.at.most(2);
      expect(Math.abs(after.height - before.height), 'what is below the table moves with the page\'s height').to.be.at.most(2);
    });
  }
});
