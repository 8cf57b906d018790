import {expect} from '@open-wc/testing';
import {bundledDataset} from '../../src/data/index.js';
import '../../src/elements/factor-table/factor-table.js';
import type {SourceCitation} from '../../src/elements/source-citation/source-citation.component.js';
import {flat, freshGroup, rowIds, shadow, texts} from '../shared/elements.js';
import {waitFor} from '../shared/wait.js';
import {citationFixture, html} from './helpers.js';
import type {Dataset, DatasetTranslation} from '../../src/data/index.js';

// Our English texts and the notes on the links of a label that stands for several publications (data/landscape.json).
// The whole file, with its English, imported only after the first test: whether the English is loaded is what that test watches.
let landscapeFile: Dataset;
let english: DatasetTranslation;
const loadLandscapeFile = async () => {
  landscapeFile = (await import('../shared/landscape.js')).landscapeFile;
  english = landscapeFile.translations!['en']!;
};
const noteOf = (factorId: string, sourceId: string) => bundledDataset.factors.find((f) => f.id === factorId)!.sourceNotes![sourceId];
/** Whether the page has fetched the bundled English texts (the dev server serves the JSON as a module of its own). */
const englishLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('texts.en.json'));

/** Opens the dialog of a row's citation in a table and waits for its cards. */
async function openDialog(rowId: string, citation: string, lang = 'nl'): Promise<SourceCitation[]> {
  const card = await citationFixture(html`<div><source-citation group=${freshGroup()} source="tno-2011"></source-citation>
    <factor-table lang=${lang}></factor-table></div>`);
  const table = card.parentElement!.querySelector('factor-table')!;
  await table.updateComplete;
  [...shadow(table).querySelectorAll<HTMLButtonElement>(`tr[data-factor-id="${rowId}"] .source`)].find((b) => b.textContent === citation)!.click();
  await waitFor(() => shadow(table).querySelector('dialog')?.open, 'the dialog opens');
  const cards = [...shadow(table).querySelectorAll('dialog source-citation')] as SourceCitation[];
  await Promise.all(cards.map((c) => c.updateComplete));
  return cards;
}

describe('<source-citation> in English', () => {
  it('loads our English texts only when a card is shown in English', async () => {
    await citationFixture(html`<source-citation group=${freshGroup()} source="tno-2011"></source-citation>`);
    expect(englishLoaded(), 'after a Dutch card').to.equal(false);
    await citationFixture(html`<source-citation lang="en" group=${freshGroup()} source="tno-2011"></source-citation>`);
    expect(englishLoaded(), 'after an English card').to.equal(true);
  });
});

describe('<source-citation> in English, shown', () => {
  before(loadLandscapeFile);

  it('shows our translation of the summary and findings, marked as one, and says the factors are quoted in Dutch', async () => {
    const card = await citationFixture(html`<source-citation lang="en" group=${freshGroup()} source="tno-2011"></source-citation>`);
    const root = shadow(card);
    expect(flat(root.querySelector('.translation')!)).to.equal('Translated summary. Our English translation of our own Dutch summary and findings.');
    const summary = root.querySelector('.summary')!;
    expect(summary.textContent).to.equal(english.sources['tno-2011']!.summary);
    expect(summary.hasAttribute('lang'), 'the translation speaks the interface language').to.equal(false);
    expect(texts(root, '.findings li')).to.deep.equal([...english.sources['tno-2011']!.findings]);
    expect(texts(root, '.hint')).to.include('The factors are quoted word for word from the Dutch source.');
    expect(root.querySelector('li.factor')!.getAttribute('lang')).to.equal('nl');
    await expect(card).to.be.accessible();
  });

  it('shows the Dutch texts without a mark in Dutch', async () => {
    const card = await citationFixture(html`<source-citation group=${freshGroup()} source="tno-2011"></source-citation>`);
    const root = shadow(card);
    expect(root.querySelector('.translation')).to.equal(null);
    expect(root.querySelector('.summary')!.textContent).to.equal(bundledDataset.sources.find((s) => s.id === 'tno-2011')!.summary);
    expect(texts(root, '.hint'), 'no note that the factors are quoted in another language').to.deep.equal([]);
  });

  it('translates a dataset from data or src where it has translations, and shows its own texts where not', async () => {
    const data = structuredClone(landscapeFile) as any;
    delete data.translations.en.sources['tno-2011'];
    const card = await citationFixture(html`<source-citation lang="en" group=${freshGroup()} .data=${data} source="tno-2011"></source-citation>`);
    expect(shadow(card).querySelector('.translation')).to.equal(null);
    expect(shadow(card).querySelector('.summary')!.getAttribute('lang')).to.equal('nl');
    const other = await citationFixture(html`<source-citation lang="en" group=${freshGroup()} .data=${data} source="ser-2019"></source-citation>`);
    expect(shadow(other).querySelector('.summary')!.textContent).to.equal(english.sources['ser-2019']!.summary);
  });
});

describe('<source-citation> notes on a label that stands for several publications', () => {
  before(loadLandscapeFile);
  it("in a row's dialog, says why the row cites only one of the publications of its label", async () => {
    const cards = await openDialog('vertrouwen', 'ROA (2018)');
    expect(cards.map((c) => c.source)).to.deep.equal(['roa-2018-levenslang-leren']);
    expect(shadow(cards[0]!).querySelector('.source-note')!.textContent).to.equal(noteOf('vertrouwen', 'roa-2018-levenslang-leren'));
    await expect(cards[0]).to.be.accessible();
  });

  it("in a row's dialog, gives each publication the row cites its own note, in English where asked", async () => {
    const cards = await openDialog('werkinhoud', 'ROA (2018)', 'en');
    expect(cards.map((c) => shadow(c).querySelector('.source-note')!.textContent)).to.deep.equal([
      english.sourceNotes!['werkinhoud']!['roa-2018-kwetsbare-positie'], english.sourceNotes!['werkinhoud']!['roa-2018-levenslang-leren']]);
  });

  it('in the full card, lists which publication each factor comes from, folded away', async () => {
    const card = await citationFixture(html`<source-citation group=${freshGroup()} source="ecbo-2019-werkgeversreis"></source-citation>`);
    const details = shadow(card).querySelector<HTMLDetailsElement>('details.source-notes')!;
    expect(details.open).to.equal(false);
    const cited = bundledDataset.factors.filter((f) => f.sources.includes('ecbo-2019-motiveren'));
    expect(details.querySelector('summary')!.textContent).to.equal(`Uit welke publicatie deze factoren komen (${cited.length})`);
    expect(texts(details, 'dt')).to.deep.equal(cited.map((f) => f.factor));
    expect(texts(details, 'dd')).to.deep.equal(cited.map((f) => noteOf(f.id, 'ecbo-2019-motiveren')));
    await expect(card).to.be.accessible();
  });

  it('in the reference list, says of a publication whose label the table shows that its factors come from another', async () => {
    const card = await citationFixture(html`<source-citation all group=${freshGroup()}></source-citation>`);
    const root = shadow(card);
    expect(flat(root.querySelector('#bron-ecbo-2019-werkgeversreis .uncited')!)).to.equal('De factoren met ECBO (2019) komen uit een andere publicatie.');
    expect(flat(root.querySelector('#bron-arboportaal-2019 .uncited')!)).to.equal('Niet als bron in de tabel.');
    expect(root.querySelector('#bron-ecbo-2019-motiveren .uncited')).to.equal(null);
    const unnamed = bundledDataset.sources.filter((s) => !bundledDataset.factors.some((f) => f.sources.some((id) => bundledDataset.sources.find((o) => o.id === id)!.citation === s.citation)));
    expect(root.querySelector('.count')!.textContent).to.contain(`De tabel noemt er ${unnamed.length} niet als bron`);
  });

  it('refuses broken notes in the card, with an alert and factor-error, and the table of the group still shows its rows', async () => {
    const data = structuredClone(landscapeFile) as any;
    data.factors[15].sourceNotes['roa-2018-kwetsbare-positie'] = 'Omdat.';
    const group = freshGroup();
    const errors: unknown[] = [];
    const card = await citationFixture(html`<div @factor-error=${(event: CustomEvent) => errors.push(event.detail.errors)}>
      <source-citation group=${group} .data=${data} source="roa-2018-kwetsbare-positie"></source-citation>
      <factor-table group=${group}></factor-table></div>`);
    const message = 'factor 16 ("vertrouwen"): veld "sourceNotes" licht bron "roa-2018-kwetsbare-positie" toe, maar die staat niet in veld "sources"';
    expect(texts(shadow(card), '[role="alert"] li')).to.deep.equal([message]);
    expect(errors).to.deep.equal([[{path: 'factors[15].sourceNotes["roa-2018-kwetsbare-positie"]', message}]]);
    const table = card.parentElement!.querySelector('factor-table')!;
    await table.updateComplete;
    expect(rowIds(table)).to.have.length(bundledDataset.factors.length);
    await expect(card).to.be.accessible();
  });
});
