// Hardening: CMS themes that shrink the root font size (Bootstrap 3's `html {font-size: 10px}`, or the
// "62.5 %" trick, with the body's text set back to 14 or 16 px) must not shrink the text inside our
// elements with it. The elements take the larger of the root font size and the text around them.
import {expect, fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../src/elements/factor-table/factor-table.js';
import '../../src/elements/actor-filter/actor-filter.js';
import '../../src/elements/barrier-heatmap/barrier-heatmap.js';
import '../../src/elements/source-citation/source-citation.js';
import {deepElements} from '../shared/dom.js';
import {freshGroup} from '../shared/elements.js';
import {waitFor} from '../shared/wait.js';
import type {DataElement} from './helpers.js';

/** The body text of a Bootstrap 3 page. */
const BODY_PX = 14;
/** Our smallest text is three quarters of the element's own size (legends, notes). */
const SMALLEST_SHARE = 0.75;

const fontPx = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
const hasOwnText = (element: Element) =>
  [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');

const elements: Array<[string, (group: string) => TemplateResult]> = [
  ['factor-table', (group) => html`<factor-table group=${group}></factor-table>`],
  ['actor-filter', (group) => html`<actor-filter group=${group} with-kind></actor-filter>`],
  ['barrier-heatmap', (group) => html`<barrier-heatmap group=${group}></barrier-heatmap>`],
  ['source-citation', (group) => html`<source-citation group=${group} source="tno-2011"></source-citation>`],
];

describe('on a page whose root font size is 62.5 % and whose body text is 14 px', () => {
  beforeEach(() => {
    document.documentElement.style.fontSize = '62.5%';
  });
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  for (const [tag, template] of elements) {
    it(`<${tag}> writes at the body's 14 px, not the root's 10 px, and keeps its proportions`, async () => {
      const page = await fixture<HTMLElement>(html`<div style="font-size: ${BODY_PX}px">${template(freshGroup('root-font'))}</div>`);
      const el = page.firstElementChild as DataElement;
      await waitFor(() => deepElements(el.shadowRoot!).filter(hasOwnText).length > 3, `<${tag}> to show its texts`);

      expect(fontPx(document.documentElement), 'the test page').to.equal(10);
      expect(fontPx(el), 'the element itself').to.equal(BODY_PX);
      const texts = deepElements(el.shadowRoot!).filter(hasOwnText);
      expect(texts.length, 'no text rendered').to.be.greaterThan(3);
      const smallest = Math.min(...texts.map(fontPx));
      expect(smallest, 'the smallest text inside').to.be.at.least(BODY_PX * SMALLEST_SHARE);
      // Touch targets grow with the text, not with the root: buttons stay 2.75 × the text high.
      const buttons = deepElements(el.shadowRoot!)
        .filter((node) => node.localName === 'button' && node.checkVisibility() && node.getBoundingClientRect().width > 1);
      for (const button of buttons) {
        expect(button.getBoundingClientRect().height, `button "${button.textContent!.trim()}"`).to.be.at.least(BODY_PX * 1.5);
      }
      await expect(el).to.be.accessible();
    });
  }
});
