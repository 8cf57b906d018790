import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {bundledDataset} from '../../src/data/index.js';
import type {BarrierHeatmap} from '../../src/elements/barrier-heatmap/barrier-heatmap.component.js';
import {press} from '../shared/commands.js';
import {freshGroup, mount, settle, unmountAll} from '../shared/elements.js';
import {startButton, tabUntil} from './helpers.js';
import {landscapeFile} from '../shared/landscape.js';

// WCAG 3.1.2 Language of Parts: with `lang="en"` the buttons and headings are English, but the data stays
// Dutch ("de gegevens blijven Nederlands"), except our summaries and findings, which the card shows in our
// English translation. A screen reader reads text in the language that the nearest `lang` says, so Dutch
// factor names under `lang="en"` without their own `lang` would be spoken with English pronunciation.

/** The language a screen reader uses for a node: the nearest `lang`, across shadow roots. */
function languageOf(node: Node): string {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) {
    if (at instanceof Element && at.hasAttribute('lang')) return at.getAttribute('lang')!;
  }
  return '';
}

/** The text nodes under `el` (also in its shadow root) that contain `text`. */
function textNodes(el: Element | ShadowRoot, text: string): Text[] {
  const found: Text[] = [];
  const walk = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      if (node instanceof Text && node.data.includes(text)) found.push(node);
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(el);
  return found;
}

const dataLanguage = bundledDataset.language;
const factor = bundledDataset.factors.find((f) => f.how !== '' && f.sources.includes('tno-2011'))!;
const tno = bundledDataset.sources.find((s) => s.id === 'tno-2011')!;
const tnoInEnglish = landscapeFile.translations!['en']!.sources['tno-2011']!;

describe('language of parts: English interface, Dutch data', function () {
  this.timeout(20000);
  afterEach(unmountAll);

  it('<factor-table lang="en">: English headers, Dutch factors and hows', async () => {
    const block = await mount(html`<factor-table group=${freshGroup()} lang="en"></factor-table>`);
    const root = block.querySelector('factor-table')!.shadowRoot!;
    expect(languageOf(root.querySelector('caption')!.firstChild!)).to.equal('en');
    const row = root.querySelector(`tr[data-factor-id="${factor.id}"]`)!;
    expect(languageOf(textNodes(row.querySelector('.col-factor')!, factor.factor)[0]), `factor "${factor.factor}"`).to.equal(dataLanguage);
    expect(languageOf(textNodes(row.querySelector('.col-how')!, factor.how)[0]), `how "${factor.how}"`).to.equal(dataLanguage);
    await expect(block).to.be.accessible();
  });

  it('<source-citation lang="en">: English headings, summary and findings (our translation), Dutch title and factors', async () => {
    const block = await mount(html`<source-citation group=${freshGroup()} source="tno-2011" lang="en"></source-citation>`);
    const card = block.querySelector('source-citation')!;
    const root = card.shadowRoot!;
    expect(languageOf(root.querySelector('[part="copy"]')!)).to.equal('en');
    expect(languageOf(textNodes(root, tno.title)[0]), 'title').to.equal(dataLanguage);
    expect(languageOf(textNodes(root, tnoInEnglish.summary.slice(0, 30))[0]), 'summary').to.equal('en');
    expect(languageOf(textNodes(root, tnoInEnglish.findings[0]!.slice(0, 30))[0]), 'finding').to.equal('en');
    expect(languageOf(textNodes(root, factor.factor)[0]), 'a citing factor').to.equal(dataLanguage);
    await expect(block).to.be.accessible();
  });

  it('<barrier-heatmap lang="en">: the factors of a focused cell are Dutch', async () => {
    const block = await mount(html`<barrier-heatmap group=${freshGroup()} lang="en"></barrier-heatmap>`);
    const heatmap = block.querySelector('barrier-heatmap') as BarrierHeatmap;
    startButton(block).focus();
    await tabUntil((el) => el?.getAttribute('role') === 'gridcell', {limit: 3});
    await press('ArrowRight');
    await settle(heatmap);
    const item = heatmap.shadowRoot!.querySelector('[part="details"] li')!;
    const name = bundledDataset.factors.find((f) => f.id === item.getAttribute('data-factor-id'))!.factor;
    expect(languageOf(heatmap.shadowRoot!.querySelector('[part="toggle"]')!)).to.equal('en');
    expect(languageOf(textNodes(item, name)[0]), `factor "${name}"`).to.equal(dataLanguage);
    await expect(heatmap).to.be.accessible();
  });

  it('in Dutch, nothing needs marking: the data is in the language of the interface', async () => {
    document.documentElement.lang = 'nl';
    const block = await mount(html`<factor-table group=${freshGroup()}></factor-table>`);
    const row = block.querySelector('factor-table')!.shadowRoot!.querySelector(`tr[data-factor-id="${factor.id}"]`)!;
    expect(languageOf(textNodes(row, factor.factor)[0])).to.equal('nl');
  });
});
