// Dataset texts and search words go into HTML pages and snippets as text, never as markup.
import {expect} from '@open-wc/testing';
import type {Dataset} from '../../src/data/index.js';
import {bundledDataset} from '../../src/data/index.js';
import {escapeHtml} from '../../src/embed/html-escape.js';
import {embedPageHtml} from '../../src/embed/pages/embed-page-html.js';
import {DEFAULT_EMBED_SETTINGS} from '../../src/embed/embed-query.js';
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
  it('an embed page keeps its title, notice and settings as text (the elements are escaped by the server rendering: test/node/ssr.test.js)', () => {
    const rendered = {...DEFAULT_EMBED_SETTINGS, query: HOSTILE};
    const html = embedPageHtml({title: hostile.title, base: '../../', elements: '<factor-table></factor-table>', stylesheets: ['styles/factor-table.css'],
      rendered, noScriptNotice: HOSTILE});
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.querySelectorAll('img, [onerror]').length, 'no element made from data').to.equal(0);
    expect(page.title).to.equal(hostile.title);
    expect(JSON.parse(page.getElementById('sf-embed')!.dataset['rendered']!)).to.deep.equal(rendered);
    const withoutScript = new DOMParser().parseFromString(embedPageHtml({title: 't', base: '', elements: '', stylesheets: [], noScriptNotice: HOSTILE}), 'text/html');
    expect(withoutScript.querySelector('noscript')!.textContent).to.include(HOSTILE);
  });

  it('builder.html keeps every dataset text as text', () => {
    const page = new DOMParser().parseFromString(builderPageHtml(hostile), 'text/html');
    expect(page.querySelectorAll('img, [onerror]').length).to.equal(0);
    const sources = JSON.parse(page.getElementById('builder')!.dataset['sources']!) as [string, string, string, number][];
    expect(sources.map(([, label]) => label).sort()).to.deep.equal(hostile.sources.map((source) => source.citation).sort());
  });
});
