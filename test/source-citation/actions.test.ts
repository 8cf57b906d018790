import {expect} from '@open-wc/testing';
import {fakeTimeouts, realTimeouts} from '../shared/clock.js';
import {waitFor} from '../shared/wait.js';
import {bundledDataset} from '../../src/data/index.js';
import {factorsCitingSource} from '../../src/data/sources.js';
import '../../src/elements/factor-table/factor-table.js';
import type {SourceCitation} from '../../src/elements/source-citation/source-citation.component.js';
import {flat, freshGroup, rowIds, shadow} from '../shared/elements.js';
import {citationFixture, html} from './helpers.js';

const copyButton = (card: SourceCitation) => shadow(card).querySelector<HTMLButtonElement>('button.copy')!;
const copyStatus = (card: SourceCitation) => shadow(card).querySelector('.actions [role="status"]')!;
const TNO_REFERENCE = 'TNO. (2011). Stimuleren van scholing bij lager opgeleide werknemers.';

/** What the card's live region says, once it says something other than `before` (the copy is a promise). */
const said = (card: SourceCitation, before = '') =>
  waitFor(() => ![before, ''].includes(copyStatus(card).textContent!) && copyStatus(card).textContent, 'the card to say how the copy went');

describe('<source-citation> copy', () => {
  const clipboard = navigator.clipboard;
  const execCommand = document.execCommand;
  afterEach(() => {
    realTimeouts();
    delete (navigator as any).clipboard;
    delete (clipboard as any).writeText;
    document.execCommand = execCommand;
  });

  it('puts the plain-text reference on the clipboard and says "Gekopieerd" for 6 seconds', async () => {
    const written: string[] = [];
    (clipboard as any).writeText = async (text: string) => { written.push(text); };
    const card = await citationFixture(html`<source-citation group=${freshGroup()} source="tno-2011"></source-citation>`);
    const clock = fakeTimeouts();
    copyButton(card).click();
    expect(await said(card)).to.equal('Gekopieerd');
    expect(written).to.deep.equal([TNO_REFERENCE]);
    // Long enough to read, then gone, so that it does not outlive what it is about.
    clock.tick(5999);
    await card.updateComplete;
    expect(copyStatus(card).textContent, 'the message after 5.999 s').to.equal('Gekopieerd');
    clock.tick(1);
    await card.updateComplete;
    expect(copyStatus(card).textContent, 'the message after 6 s').to.equal('');
    realTimeouts();
    await expect(card).to.be.accessible();
  });

  it('falls back to a selected textarea and execCommand when the Clipboard API refuses', async () => {
    (clipboard as any).writeText = () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError'));
    const card = await citationFixture(html`<source-citation group=${freshGroup()} source="tno-2011"></source-citation>`);
    const copied: string[] = [];
    document.execCommand = (command: string) => {
      const area = shadow(card).querySelector('textarea')!;
      copied.push(`${command}:${area.value.slice(area.selectionStart, area.selectionEnd)}`);
      return true;
    };
    copyButton(card).focus();
    copyButton(card).click();
    expect(await said(card)).to.equal('Gekopieerd');
    expect(copied).to.deep.equal([`copy:${TNO_REFERENCE}`]);
    expect(shadow(card).querySelector('textarea'), 'the buffer is removed again').to.equal(null);
    expect(shadow(card).activeElement, 'focus stays on the button').to.equal(copyButton(card));
  });

  it('falls back when there is no Clipboard API at all, and says so when copying fails', async () => {
    Object.defineProperty(navigator, 'clipboard', {value: undefined, configurable: true});
    const commands: string[] = [];
    document.execCommand = (command: string) => { commands.push(command); return true; };
    const card = await citationFixture(html`<source-citation compact group=${freshGroup()} source="tno-2011"></source-citation>`);
    fakeTimeouts();
    copyButton(card).click();
    expect(await said(card)).to.equal('Gekopieerd');
    expect(commands).to.deep.equal(['copy']);

    // Copying again while "Gekopieerd" still shows: the new message takes its place.
    document.execCommand = () => false;
    copyButton(card).click();
    expect(await said(card, 'Gekopieerd')).to.equal('Kopiëren lukte niet. Selecteer de bronvermelding en kopieer die met Ctrl+C.');
  });
});

describe('<source-citation> export', () => {
  const {createObjectURL} = URL;
  const {click} = HTMLAnchorElement.prototype;
  afterEach(() => {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  });

  /** Clicks a button and returns the file the element offered: its name, type and text. */
  async function downloadFrom(button: HTMLButtonElement) {
    let blob: Blob | undefined;
    let name = '';
    URL.createObjectURL = (object: Blob | MediaSource) => { blob = object as Blob; return 'blob:test'; };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { name = this.download; };
    button.click();
    return {name, type: blob!.type, text: await blob!.text()};
  }

  it('downloads the reference as a .ris and as a .bib file', async () => {
    const card = await citationFixture(html`<source-citation group=${freshGroup()} source="bisschop-2018"></source-citation>`);
    const ris = await downloadFrom(shadow(card).querySelector<HTMLButtonElement>('button.ris')!);
    expect(ris.name).to.equal('bisschop-2018.ris');
    expect(ris.type).to.contain('application/x-research-info-systems');
    expect(ris.text).to.match(/^TY {2}- RPRT\r\nAU {2}- Bisschop\r\nAU {2}- Ouwehand\r\nAU {2}- Ter Weel\r\nAU {2}- Zwetsloot\r\nPY {2}- 2018\r\n/);
    const bib = await downloadFrom(shadow(card).querySelector<HTMLButtonElement>('button.bibtex')!);
    expect(bib.name).to.equal('bisschop-2018.bib');
    expect(bib.text).to.contain('@techreport{bisschop-2018,').and.contain('author = {{Bisschop} and {Ouwehand} and {Ter Weel} and {Zwetsloot}}');
  });

  it('downloads the whole reference list in APA order', async () => {
    const card = await citationFixture(html`<source-citation all group=${freshGroup()}></source-citation>`);
    const bib = await downloadFrom(shadow(card).querySelector<HTMLButtonElement>('button.bibtex')!);
    expect(bib.name).to.equal('bronnenlijst.bib');
    expect(bib.text.match(/@techreport\{/g)).to.have.length(bundledDataset.sources.length);
    expect(bib.text.indexOf('{arboportaal-2019,')).to.be.lessThan(bib.text.indexOf('{wrr-2017,'));
  });
});

describe('<source-citation> citing factors', () => {
  it('"Toon de 10 factoren uit deze bron" filters a <factor-table> of the same group to those factors', async () => {
    const group = freshGroup();
    const card = await citationFixture(html`<div>
      <source-citation group=${group} source="tno-2011"></source-citation>
      <factor-table group=${group}></factor-table>
      <factor-table group=${freshGroup()}></factor-table>
    </div>`);
    const [table, other] = [...card.parentElement!.querySelectorAll('factor-table')];
    await table.updateComplete;
    const changes: string[][] = [];
    card.addEventListener('factor-filter-change', (event) => changes.push([...event.detail.sources]));
    // One button that says what it does; the factors themselves are a list, not buttons that all did the same.
    const button = shadow(card).querySelector<HTMLButtonElement>('[part="show-factors"]')!;
    const citing = factorsCitingSource(bundledDataset, 'tno-2011');
    expect(button.textContent).to.equal(`Toon de ${citing.length} factoren uit deze bron`);
    expect(shadow(card).querySelectorAll('.factors button')).to.have.length(1);
    expect(shadow(card).querySelectorAll('.factor-list li[part="factor"]')).to.have.length(citing.length);
    button.click();
    await table.updateComplete;
    await card.updateComplete;
    expect(rowIds(table)).to.deep.equal(citing.map((f) => f.id));
    await other.updateComplete;
    expect(rowIds(other), 'another group is left alone').to.have.length(bundledDataset.factors.length);
    expect(changes).to.deep.equal([['tno-2011']]);
    await expect(card).to.be.accessible();
  });

  it('filters on every publication of a shared label', async () => {
    const group = freshGroup();
    const card = await citationFixture(html`<div>
      <source-citation group=${group} source="ecbo-2019-motiveren"></source-citation>
      <factor-table group=${group}></factor-table>
    </div>`);
    const table = card.parentElement!.querySelector('factor-table')!;
    shadow(card).querySelector<HTMLButtonElement>('[part="show-factors"]')!.click();
    await table.updateComplete;
    await card.updateComplete;
    const ids = ['ecbo-2019-werkgeversreis', 'ecbo-2019-motiveren', 'ecbo-2019-evaluatie'];
    const expected = bundledDataset.factors.filter((f) => f.sources.some((id) => ids.includes(id))).map((f) => f.id);
    expect(rowIds(table)).to.deep.equal(expected);
    expect(shadow(card).querySelector('[part="show-factors"]')!.textContent).to.equal(`Toon de ${expected.length} factoren uit deze bron`);
    const status = shadow(card).querySelector('.filter-status')!;
    await waitFor(() => status.textContent !== '', 'the card to say what the choice did');
    expect(status.textContent).to.equal('Filter ingesteld op bron ECBO (2019).');
  });
});

describe('<source-citation> in the table’s source dialog', () => {
  it('renders the compact card for each publication behind the chosen label that the row cites', async () => {
    const group = freshGroup();
    const card = await citationFixture(html`<div>
      <source-citation group=${group} source="tno-2011"></source-citation>
      <factor-table group=${group}></factor-table>
    </div>`);
    const table = card.parentElement!.querySelector('factor-table')!;
    await table.updateComplete;
    // "werkinhoud" rests on both ROA (2018) reports (data/landscape.json, its sourceNotes).
    const button = [...shadow(table).querySelectorAll<HTMLButtonElement>('tr[data-factor-id="werkinhoud"] .source')]
      .find((b) => b.textContent === 'ROA (2018)')!;
    button.click();
    await waitFor(() => shadow(table).querySelector('dialog')?.open, 'the dialog opens');
    const cards = [...shadow(table).querySelectorAll('dialog source-citation')] as SourceCitation[];
    await Promise.all(cards.map((c) => c.updateComplete));
    expect(cards.map((c) => c.compact)).to.deep.equal([true, true]);
    expect(cards.map((c) => flat(shadow(c).querySelector('.reference')!))).to.deep.equal([
      'ROA. (2018). Leren onder werkenden met een kwetsbare positie op de arbeidsmarkt.',
      'ROA. (2018). Levenslang leren en competentieontwikkeling: beleidsrapport.',
    ]);
    expect(shadow(cards[0]).querySelector('h1, h2, h3, h4, h5, h6'), 'no heading under the dialog’s h2').to.equal(null);
    await expect(cards[0]).to.be.accessible();
    shadow(table).querySelector('dialog')!.close();
  });
});
