// Dutch first: the English texts are a chunk of their own (src/i18n/english.ts) that the CDN build loads
// only for an element in English. That element waits for them and renders in English; one without `lang`
// on the same page stays Dutch; a page without English never asks for them; and where they cannot come
// (offline, a filter), the element in English renders in Dutch and the page keeps working.
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {expectNoProblems} from '../shared/elements.js';
import {allUpdated, expectAccessible, openPage, pageProblems, rowsOf, type Page} from './page.js';

/** The file name of the CDN build's chunk with a module, from rollup's bundle graph. */
async function chunkWith(module: RegExp): Promise<string> {
  const graph = await (await fetch('/dist/cdn-chunks.json')).json() as Record<string, {modules: string[]}>;
  const names = Object.keys(graph).filter((name) => graph[name]!.modules.some((id) => module.test(id)));
  expect(names, `one chunk with ${module}`).to.have.length(1);
  return names[0]!;
}
/** The interface's English strings. */
const englishChunk = () => chunkWith(/i18n[/\\]english\.js$/);
/** Our English translation of the bundled texts, which only a card in English shows. */
const translationChunk = () => chunkWith(/data[/\\]bundled-translation\.js$/);

const requested = (page: Page, file: string) =>
  page.window.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(`/${file}`)).length;

/** What a reader sees first of a table: its caption and its search field's label. */
const firstWords = (table: Element) => ({
  caption: table.shadowRoot!.querySelector('caption')!.textContent!.trim(),
  search: table.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.labels![0]!.textContent!.trim(),
});

const DUTCH = {caption: 'Factoren die scholing van lageropgeleiden stimuleren of belemmeren', search: 'Zoek in de factoren'};
const ENGLISH = {caption: 'Factors that stimulate or inhibit training of lower-educated adults, quoted in Dutch', search: 'Search the factors'};

describe('the English texts in the CDN build', function () {
  this.timeout(60000);
  let page: Page | undefined;
  afterEach(() => page?.close());

  it('a page in Dutch never asks for them', async () => {
    page = await openPage('styled-plain.html');
    await allUpdated(page);
    expect(firstWords(page.document.querySelector('factor-table')!)).to.deep.equal(DUTCH);
    expect(requested(page, await englishChunk()), 'requests for the English chunk').to.equal(0);
  });

  it('a table with lang="en" renders in English, once they came; a table without lang on the same page stays Dutch', async () => {
    page = await openPage('english.html');
    await allUpdated(page);
    const [english, dutch] = [...page.document.querySelectorAll('factor-table')];
    expect(firstWords(english!)).to.deep.equal(ENGLISH);
    expect(firstWords(dutch!)).to.deep.equal(DUTCH);
    // Both show the same eight rows: the language changes the interface, not the data.
    expect(rowsOf(english!)).to.have.length(8);
    expect(rowsOf(dutch!)).to.have.length(8);
    expect(requested(page, await englishChunk()), 'requests for the English chunk').to.equal(1);
    expect(requested(page, await translationChunk()), 'requests for the translation of the texts, which a table does not show').to.equal(0);
    expectNoProblems(pageProblems(page), 'the page');
    await expectAccessible(page);
  });

  it('where they cannot come, the table with lang="en" renders in Dutch and nothing breaks', async () => {
    const token = `english-${Date.now()}`;
    await executeServerCommand('hold', {token, file: await englishChunk(), refuse: true});
    try {
      page = await openPage('english.html', {held: token});
      await allUpdated(page);
      const [english, dutch] = [...page.document.querySelectorAll('factor-table')];
      expect(firstWords(english!)).to.deep.equal(DUTCH);
      expect(firstWords(dutch!)).to.deep.equal(DUTCH);
      expect(rowsOf(english!)).to.have.length(8);
      expect(requested(page, await englishChunk()), 'the English chunk was asked for').to.be.above(0);
      expectNoProblems(pageProblems(page), 'the page');
      await expectAccessible(page);
    } finally {
      await executeServerCommand('release', {token});
    }
  });
});
