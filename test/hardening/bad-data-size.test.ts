// Hardening: datasets far bigger than the document's 83 rows: 10,000 rows, and 5 MB of long texts,
// through `data` and through `src`. They are valid, so every element must show them, with the right counts.
import {expect} from '@open-wc/testing';
import {ACTORS} from '../../src/data/index.js';
import {fakeTimeouts, realTimeouts} from '../shared/clock.js';
import {buttonNames, expectAnnouncedAfterPause, flat, rowIds, shadow, cellNumber} from '../shared/elements.js';
import {
  TAGS, expectBundledTableWorks, expectNothingRan, mountBroken, expectRefused, mountWithData, type Tag,
} from './helpers.js';

/** A count as the interface may write it: `10000` or, the Dutch way, `10.000`. */
const count = (n: number) => (n < 1000 ? String(n) : `${Math.floor(n / 1000)}\\.?${String(n % 1000).padStart(3, '0')}`);
const countLine = (shown: number, total: number) => new RegExp(`^${count(shown)} van ${count(total)} factoren$`);

const SOURCES = 25;

/** `rows` factors over 25 sources; every tenth is about "tijdgebrek"; `how` is `howLength` characters long. */
function bigDataset(rows: number, howLength = 12, summaryLength = 40): any {
  const filler = (length: number, seed: number) => `tekst ${seed} `.repeat(Math.max(0, Math.ceil(length / 8))).slice(0, Math.max(0, length));
  return {
    title: 'Grote testdataset', language: 'nl',
    sources: Array.from({length: SOURCES}, (_, i) => ({
      id: `bron-${i}`, citation: `Auteur ${i} (${2000 + i})`, authors: [`Auteur ${i}`], year: 2000 + i,
      title: `Studie nummer ${i}`, summary: filler(summaryLength, i), findings: [filler(summaryLength, i + 1)],
    })),
    factors: Array.from({length: rows}, (_, i) => ({
      id: `factor-${i}`, kind: i % 3 === 0 ? 'stimulerend' : 'inhiberend',
      factor: i % 10 === 0 ? `tijdgebrek ${i}` : `factor ${i}`,
      how: i === 777 ? `${filler(howLength - 20, i)} zeldzaamwoord` : filler(howLength, i),
      actors: [ACTORS[i % 4]], sources: [`bron-${i % SOURCES}`],
    })),
  };
}

/**
 * Serves `body` at `path` for this page's `fetch`, so `src` can load a generated file: the loader still
 * checks the address, the status and the JSON. (blob: and data: addresses are refused by design; see
 * bad-data-loading.test.ts.) Returns the function that puts the real `fetch` back.
 */
function serveInMemory(path: string, body: string): () => void {
  const real = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    return url.pathname === path ? Promise.resolve(new Response(body, {status: 200, headers: {'content-type': 'application/json'}})) : real(input, init);
  };
  return () => (window.fetch = real);
}

/** Loads `data` into `tag` through `data` or through `src`. */
async function mountBig(tag: Tag, how: 'data' | 'src', data: unknown, attributes: Record<string, string> = {}) {
  if (how === 'data') return mountWithData(tag, {data}, attributes);
  const path = `/in-memory/${tag}-${Date.now()}.json`;
  const restore = serveInMemory(path, JSON.stringify(data));
  try {
    return await mountWithData(tag, {src: path}, attributes);
  } finally {
    restore();
  }
}

/** What each element shows of the 10,000-row dataset. */
const shows10000: Record<Tag, (el: HTMLElement & {updateComplete: Promise<boolean>}) => Promise<void>> = {
  async 'factor-table'(table) {
    const root = shadow(table);
    expect(flat(root.querySelector('.count')!)).to.match(countLine(10000, 10000));
    expect(root.querySelector('table')!.getAttribute('aria-rowcount')).to.equal('10001');
    expect(rowIds(table)[0]).to.equal('factor-0');
    // Not all 10,000 at once: a part, and a button that says how many are shown and shows more.
    const first = rowIds(table).length;
    expect(first, 'rendered rows').to.be.within(1, 9999);
    const more = root.querySelector<HTMLButtonElement>('button.more')!;
    expect(flat(more)).to.match(new RegExp(`^Toon meer \\(${first} van ${count(10000)} getoond\\)$`));
    more.click();
    await table.updateComplete;
    expect(rowIds(table).length, 'rows after "Toon meer"').to.be.above(first);
    expect(rowIds(table).slice(0, 3)).to.deep.equal(['factor-0', 'factor-1', 'factor-2']);
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    const clock = fakeTimeouts();
    input.value = 'tijdgebrek';
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    await table.updateComplete;
    expect(flat(root.querySelector('.count')!)).to.match(countLine(1000, 10000));
    expect((table as any).visibleFactors).to.have.length(1000);
    // Screen readers hear the new count once typing pauses.
    await expectAnnouncedAfterPause(clock, table, countLine(1000, 10000));
    realTimeouts();
  },
  async 'actor-filter'(filter) {
    const lines = buttonNames(shadow(filter));
    expect(lines[0]).to.match(new RegExp(`^Alle, ${count(10000)} factoren$`));
    for (const [i, name] of ['Werkgever', 'Werknemer', 'Omgeving', 'Trainer'].entries()) {
      expect(lines[i + 1]).to.match(new RegExp(`^${name}, ${count(2500)} factoren$`));
    }
  },
  async 'barrier-heatmap'(heatmap) {
    const cells = [...shadow(heatmap).querySelectorAll('[role="gridcell"]')];
    expect(cells).to.have.length(4 * SOURCES);
    // Each inhibiting factor has one actor and one source: the cells add up to the 6,666 inhibiting rows.
    expect(cells.reduce((sum, cell) => sum + Number(cellNumber(cell)), 0)).to.equal(6666);
  },
  async 'source-citation'(list) {
    expect(shadow(list).querySelectorAll('.entry').length, 'entries').to.equal(SOURCES);
  },
};

/** What each element shows of the 5 MB dataset of long texts. */
const showsLongTexts: Record<Tag, (el: HTMLElement & {updateComplete: Promise<boolean>}, data: any) => Promise<void>> = {
  async 'factor-table'(table, data) {
    const root = shadow(table);
    expect(flat(root.querySelector('.count')!)).to.match(countLine(1000, 1000));
    // A long text is shown whole, not cut off.
    expect(root.querySelector('tbody tr .col-how')!.textContent).to.equal(data.factors[0].how);
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'zeldzaamwoord';
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    await table.updateComplete;
    expect(rowIds(table)).to.deep.equal(['factor-777']);
  },
  async 'actor-filter'(filter) {
    expect(buttonNames(shadow(filter))[0]).to.match(new RegExp(`^Alle, ${count(1000)} factoren$`));
  },
  async 'barrier-heatmap'(heatmap) {
    const cells = [...shadow(heatmap).querySelectorAll('[role="gridcell"]')];
    expect(cells.reduce((sum, cell) => sum + Number(cellNumber(cell)), 0)).to.equal(666);
  },
  async 'source-citation'(list) {
    expect(shadow(list).querySelectorAll('.entry').length, 'entries').to.equal(SOURCES);
  },
};

describe('10,000 rows', () => {
  afterEach(realTimeouts);
  const data = bigDataset(10000);
  for (const tag of TAGS) {
    for (const how of ['data', 'src'] as const) {
      it(`<${tag}> shows all of them through ${how}, with the right counts`, async function () {
        this.timeout(60000);
        const shown = await mountBig(tag, how, structuredClone(data));
        expect(shown.errors, 'a valid dataset is no error').to.deep.equal([]);
        await shows10000[tag](shown.el);
        expectNothingRan();
        await expectBundledTableWorks(shown.control);
      });
    }
  }

  it('<factor-table> announces the new count when a script gives it 10,000 rows', async function () {
    this.timeout(60000);
    const shown = await mountWithData('factor-table', {});
    expect(rowIds(shown.el)).to.have.length(83);
    const clock = fakeTimeouts();
    shown.el.data = structuredClone(data);
    await shown.el.updateComplete;
    const root = shadow(shown.el);
    expect(flat(root.querySelector('.count')!)).to.match(countLine(10000, 10000));
    await expectAnnouncedAfterPause(clock, shown.el, countLine(10000, 10000));
    realTimeouts();
    await expect(shown.el).to.be.accessible();
  });

  it('<factor-table> refuses 10,000 rows with one systematic mistake with a short message', async function () {
    this.timeout(60000);
    const broken = structuredClone(data);
    for (const factor of broken.factors) factor.actors = ['iedereen'];
    const page = await mountBroken('factor-table', {data: broken});
    const errors = await expectRefused(page, ['factor 1 ("tijdgebrek 0"): onbekende actor "iedereen"', 'en nog 42 fouten']);
    expect(errors).to.have.length(50);
    await expect(page.el).to.be.accessible();
  });
});

describe('a 5 MB dataset of long texts', () => {
  // 1,000 factors with a 5,000-character "how", 25 sources with 10,000-character summaries and findings.
  const data = bigDataset(1000, 5000, 10000);

  it('is really 5 MB', () => {
    expect(JSON.stringify(data).length).to.be.at.least(5_000_000);
  });

  for (const tag of TAGS) {
    for (const how of ['data', 'src'] as const) {
      it(`<${tag}> shows it through ${how}`, async function () {
        this.timeout(60000);
        const shown = await mountBig(tag, how, structuredClone(data));
        expect(shown.errors, 'a valid dataset is no error').to.deep.equal([]);
        await showsLongTexts[tag](shown.el, data);
        expectNothingRan();
        await expectBundledTableWorks(shown.control);
      });
    }
  }

  it('<source-citation> shows a 10,000-character summary whole', async function () {
    this.timeout(60000);
    const shown = await mountWithData('source-citation', {data: structuredClone(data)}, {source: 'bron-3'});
    expect(shadow(shown.el).querySelector('.summary')!.textContent).to.equal(data.sources[3].summary);
    expect(shadow(shown.el).querySelectorAll('.factor-list li').length, 'citing factors').to.equal(40);
  });
});
