// The CDN build minifies our templates: whitespace between tags goes, and so would a space that stands
// between two words at a template's edge ("APA-volgorde.De tabel", "Titel.https://…"). What a reader
// sees of the built card and source list must be what the source renders, word for word.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/elements/source-citation/source-citation.js';
import {allUpdated, expectAccessible, openPage, pageProblems, type Page} from './page.js';
import {expectNoProblems} from '../shared/elements.js';

/** The visible text of the parts where words and elements meet inside one line. */
const inlineTexts = (host: Element) => [...host.shadowRoot!.querySelectorAll('.count, .entry, .factor, .reference')]
  .map((el) => (el as HTMLElement).innerText.trim());

describe('the CDN build\'s card and source list', function () {
  this.timeout(60000);
  let page: Page | undefined;
  afterEach(() => page?.close());

  it('read as the source renders them, with every space between words', async () => {
    page = await openPage('built-texts.html');
    await allUpdated(page);
    const built = [...page.document.querySelectorAll('source-citation')];
    const fromSource = await fixture(html`<div>
      <source-citation source="de-greef-2021" heading-level="2"></source-citation>
      <source-citation all heading-level="2"></source-citation>
    </div>`);
    const rendered = [...fromSource.querySelectorAll('source-citation')];
    await Promise.all(rendered.map((el) => (el as HTMLElement & {updateComplete: Promise<boolean>}).updateComplete));
    for (const [i, el] of rendered.entries()) {
      const expected = inlineTexts(el);
      expect(expected.length, 'the source renders entries to compare').to.be.above(3);
      expect(inlineTexts(built[i]!), `the built ${built[i]!.localName} ${built[i]!.getAttribute('source') ?? 'all'}`).to.deep.equal(expected);
    }
    expectNoProblems(pageProblems(page), 'the page');
    await expectAccessible(page);
    await expect(fromSource).to.be.accessible();
  });
});
