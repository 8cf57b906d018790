// Dataset texts and search words go into HTML pages and snippets as text, never as markup.
import {expect} from '@open-wc/testing';
import type {Dataset} from '../../src/data/index.js';
import {bundledDataset} from '../../src/data/index.js';
import {escapeHtml} from '../../src/embed/html-escape.js';
import {embedPageHtml} from '../../src/embed/pages/embed-page-html.js';
import {builderPageHtml} from '../../src/embed/pages/builder-page-html.js';

describe('escapeHtml', () => {
  const cases: [string, string][] = [
    ['plain text', 'plain text'],
    ['', ''],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a & b', 'a &amp; b'],
    ['&amp; stays visible as written', '&amp;amp; stays visible as written'],
    ['"quoted" and \'single\'', '&quot;quoted&quot; and &#39;single&#39;'],
    ['" onmouseover="x', '&quot; onmouseover=&quot;x'],
    ['collega’s – oriëntatie', 'collega’s – oriëntatie'],
  ];
  for (const [text, escaped] of cases) {
    it(`escapes ${JSON.stringify(text)}`, () => {
      expect(escapeHtml(text)).to.equal(escaped);
      // Parsed back, in content and in a quoted attribute, it is the same text.
      const parsed = new DOMParser().parseFromString(`<p title="${escapeHtml(text)}">${escapeHtml(text)}</p>`, 'text/html').querySelector('p')!;
      expect(parsed.textContent).to.equal(text);
      expect(parsed.getAttribute('title')).to.equal(text);
      expect(parsed.children.length).to.equal(0);
    });
  }
});

/** A valid dataset whose every text tries to become markup. */
const HOSTILE = '<img src=x onerror="window.__escaped=false">"\'&lt;';
const hostile: Dataset = {
  ...bundledDataset,
  title: `Titel ${HOSTILE}`,
  factors: bundledDataset.factors.slice(0, 3).map((factor, i) => ({...factor, id: `f${i}${HOSTILE}`, factor: `factor ${HOSTILE}`, how: `hoe ${HOSTILE}`})),
  sources: bundledDataset.sources.map((source) => ({...source, id: source.id, citation: `${source.citation} ${HOSTILE}`, title: `${source.title} ${HOSTILE}`})),
};

describe('the pages written at build time', () => {
  it('embed.html keeps every dataset text as text', () => {
    const page = new DOMParser().parseFromString(embedPageHtml(hostile), 'text/html');
    expect(page.querySelectorAll('img, [onerror]').length, 'no element made from data').to.equal(0);
    expect(page.title).to.equal(hostile.title);
    const rows = [...page.querySelectorAll<HTMLElement>('tr[data-factor-id]')];
    expect(rows.map((row) => row.dataset['factorId'])).to.deep.equal(hostile.factors.map((factor) => factor.id));
    expect(rows.map((row) => row.querySelector('th')!.textContent)).to.deep.equal(hostile.factors.map((factor) => factor.factor));
    expect(rows.map((row) => row.querySelector('.col-how')!.textContent)).to.deep.equal(hostile.factors.map((factor) => factor.how));
    expect(rows[0]!.querySelector('.source')!.textContent).to.include(HOSTILE);
    const meta = page.querySelector<HTMLMetaElement>('meta[name="scholingsfactoren-sources"]')!;
    expect(JSON.parse(meta.content)).to.deep.equal(hostile.sources.map((source) => [source.id, source.citation]));
  });

  it('builder.html keeps every dataset text as text', () => {
    const page = new DOMParser().parseFromString(builderPageHtml(hostile), 'text/html');
    expect(page.querySelectorAll('img, [onerror]').length).to.equal(0);
    const sources = JSON.parse(page.getElementById('builder')!.dataset['sources']!) as [string, string, string, number][];
    expect(sources.map(([, label]) => label).sort()).to.deep.equal(hostile.sources.map((source) => source.citation).sort());
  });
});
