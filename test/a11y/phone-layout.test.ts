// The CMS page (a title, <actor-filter>, <factor-table>) on a 390 × 844 phone: the first factor starts on
// the first screen, the filter's buttons share lines, and the table sorts with one control. And names of
// who a factor concerns ("Werkgever") are never broken inside the word, at any width a table is given.
import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {setViewport} from '../shared/commands.js';
import {freshGroup, mount, settle, shadow, unmountAll} from '../shared/elements.js';
import {isShown} from './layout.js';
import './helpers.js';

/** The words of the "Wie" cells that the layout splits over two lines. */
function brokenActorWords(table: Element): string[] {
  const broken = new Set<string>();
  for (const cell of shadow(table).querySelectorAll('tbody tr:not([hidden]) .col-actor')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const word of node.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1) broken.add(word[0]);
      }
    }
  }
  return [...broken];
}

const lines = (elements: readonly Element[]) => new Set(elements.map((el) => Math.round(el.getBoundingClientRect().top))).size;

describe('on a phone, and at any width', function () {
  this.timeout(120000);
  afterEach(unmountAll);
  after(() => setViewport({width: 800, height: 600}));

  it('at 390 × 844: the first factor starts on the first screen, below a filter of a few lines and one sort control', async () => {
    await setViewport({width: 390, height: 844});
    scrollTo(0, 0);
    const group = freshGroup();
    const block = await mount(html`<h1>Wat helpt lageropgeleiden leren?</h1>
      <actor-filter group=${group}></actor-filter>
      <factor-table group=${group}></factor-table>`);
    expect(block.getBoundingClientRect().top, 'the page starts with the title (and its margin)').to.be.below(30);
    const filter = shadow(block.querySelector('actor-filter')!);
    const table = block.querySelector('factor-table')!;
    const buttons = [...filter.querySelectorAll('button')];
    expect(buttons).to.have.length(5);
    expect(lines(buttons), 'the five filter buttons share lines').to.be.at.most(3);
    // One sort control: the select; the header row's buttons are not drawn (the row stays for screen readers).
    const select = shadow(table).querySelector('select')!;
    expect(isShown(select), 'the sort select').to.equal(true);
    expect([...shadow(table).querySelectorAll('thead button')].filter(isShown), 'header buttons drawn').to.deep.equal([]);
    const row = shadow(table).querySelector('tbody tr:not([hidden])')!;
    const top = row.getBoundingClientRect().top;
    expect(top, `the first factor starts at ${Math.round(top)} px`).to.be.below(innerHeight - 100);
  });

  it('sorts with that one control', async () => {
    await setViewport({width: 390, height: 844});
    const block = await mount(html`<factor-table group=${freshGroup()}></factor-table>`);
    const table = block.querySelector('factor-table')!;
    const select = shadow(table).querySelector('select')!;
    expect([...select.options].map((option) => option.text).slice(0, 3)).to.deep.equal(['Volgorde van het document', 'Soort, oplopend', 'Soort, aflopend']);
    select.value = 'factor descending';
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await settle(block);
    expect(shadow(table).querySelector('th.col-factor')!.getAttribute('aria-sort')).to.equal('descending');
    expect(select.selectedOptions[0]!.text).to.equal('Factor, aflopend');
  });

  for (const language of ['nl', 'en']) {
    it(`never breaks "Werkgever" or another actor inside the word, from 320 to 1280 px (${language})`, async () => {
      await setViewport({width: 1400, height: 900});
      const widths = [320, 390, 600, 760, ...Array.from({length: 14}, (_, i) => 770 + i * 10), 1000, 1100, 1280];
      const block = await mount(html`<factor-table lang=${language} group=${freshGroup()}></factor-table>`);
      const table = block.querySelector('factor-table')!;
      const broken: string[] = [];
      for (const width of widths) {
        block.style.width = `${width}px`;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        broken.push(...brokenActorWords(table).map((word) => `${word} at ${width} px`));
      }
      expect(broken).to.deep.equal([]);
    });
  }
});
