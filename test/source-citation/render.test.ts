import {expect} from '@open-wc/testing';
import {bundledDataset} from '../../src/data/index.js';
import {factorsCitingSource, sourceById} from '../../src/data/sources.js';
import {flat, freshGroup, shadow, texts} from '../shared/elements.js';
import {citationFixture, html} from './helpers.js';
import {landscapeFile} from '../shared/landscape.js';

const tno = sourceById(bundledDataset, 'tno-2011')!;

describe('<source-citation> full card', () => {
  it('shows the APA reference with the title in italics, the summary, the findings and the citing factors', async () => {
    const card = await citationFixture(html`<source-citation group=${freshGroup()} source="tno-2011"></source-citation>`);
    const root = shadow(card);
    expect(root.querySelector('h3')!.textContent).to.equal('TNO (2011)');
    const reference = root.querySelector('.reference')!;
    expect(flat(reference)).to.equal('TNO. (2011). Stimuleren van scholing bij lager opgeleide werknemers.');
    expect(reference.querySelector('i')!.textContent).to.equal(tno.title);
    expect(root.querySelector('.summary')!.textContent).to.equal(tno.summary);
    expect(texts(root, '.findings li')).to.deep.equal([...tno.findings]);
    expect(texts(root, 'h4')).to.deep.equal(['Belangrijkste bevindingen', 'Factoren uit deze bron']);
    const citing = factorsCitingSource(bundledDataset, 'tno-2011');
    const stimulating = citing.filter((f) => f.kind === 'stimulerend').map((f) => f.id);
    const inhibiting = citing.filter((f) => f.kind === 'inhiberend').map((f) => f.id);
    const ids = (kind: string) => [...root.querySelectorAll(`.kind-${kind} [data-factor-id]`)].map((b) => b.getAttribute('data-factor-id'));
    expect(ids('stimulerend')).to.deep.equal(stimulating);
    expect(ids('inhiberend')).to.deep.equal(inhibiting);
    expect(texts(root, 'h5')).to.deep.equal(
      [`Stimulerend (${stimulating.length})`, `Belemmerend (${inhibiting.length})`].filter((t) => !t.endsWith('(0)')));
    await expect(card).to.be.accessible();
  });

  it('shows every publication behind a shared label, each with its own reference, and says so', async () => {
    const card = await citationFixture(html`<source-citation group=${freshGroup()} source="roa-2018-kwetsbare-positie"></source-citation>`);
    const root = shadow(card);
    expect(root.querySelector('h3')!.textContent).to.equal('ROA (2018)');
    expect(root.querySelector('.note')!.textContent).to.equal('Het label ROA (2018) in de tabel staat voor 2 publicaties.');
    expect([...root.querySelectorAll('.reference')].map(flat)).to.deep.equal([
      'ROA. (2018). Leren onder werkenden met een kwetsbare positie op de arbeidsmarkt.',
      'ROA. (2018). Levenslang leren en competentieontwikkeling: beleidsrapport.',
    ]);
    expect(texts(root, 'h4.publication-heading')[1]).to.contain('Levenslang leren en competentieontwikkeling');
    expect(root.querySelectorAll('.publication')).to.have.length(2);
    await expect(card).to.be.accessible();
  });

  it('takes the label too, and the second id of a label shows the same card', async () => {
    const byLabel = await citationFixture(html`<source-citation group=${freshGroup()} source="ROA (2018)"></source-citation>`);
    const bySecond = await citationFixture(html`<source-citation group=${freshGroup()} source="roa-2018-levenslang-leren"></source-citation>`);
    expect(shadow(byLabel).querySelectorAll('.publication')).to.have.length(2);
    expect(texts(shadow(bySecond), '.reference')).to.deep.equal(texts(shadow(byLabel), '.reference'));
  });

  it('follows heading-level', async () => {
    const card = await citationFixture(html`<source-citation group=${freshGroup()} source="tno-2011" heading-level="2"></source-citation>`);
    expect(shadow(card).querySelector('h2')!.textContent).to.equal('TNO (2011)');
    expect(shadow(card).querySelectorAll('h3')).to.have.length(2);
  });

  it('speaks English when asked, with our translation of the summary and the reference as the source has it', async () => {
    const card = await citationFixture(html`<source-citation lang="en" group=${freshGroup()} source="tno-2011"></source-citation>`);
    const root = shadow(card);
    expect(texts(root, 'h4')).to.deep.equal(['Key findings', 'Factors from this source']);
    expect(root.querySelector('.copy')!.textContent).to.equal('Copy reference');
    expect(root.querySelector('.summary')!.textContent).to.equal(landscapeFile.translations!['en']!.sources['tno-2011']!.summary);
    expect(root.querySelector('.reference')!.getAttribute('lang')).to.equal('nl');
    await expect(card).to.be.accessible();
  });
});

describe('<source-citation compact>', () => {
  it('shows only its own publication, with the findings folded away and no heading', async () => {
    const card = await citationFixture(html`<source-citation compact group=${freshGroup()} source="roa-2018-kwetsbare-positie">
      <p class="fallback">Leren onder werkenden</p></source-citation>`);
    const root = shadow(card);
    expect(root.querySelectorAll('h1, h2, h3, h4, h5, h6')).to.have.length(0);
    expect(root.querySelectorAll('.reference')).to.have.length(1);
    expect(root.querySelector('slot')).to.equal(null);
    const details = root.querySelector('details')!;
    expect(details.open).to.equal(false);
    const findings = sourceById(bundledDataset, 'roa-2018-kwetsbare-positie')!.findings;
    expect(details.querySelector('summary')!.textContent).to.equal(`Belangrijkste bevindingen (${findings.length})`);
    expect(texts(details, 'li')).to.deep.equal([...findings]);
    expect(root.querySelector('.factors')).to.equal(null);
    // The light-DOM fallback is not slotted, so it is neither seen nor read once the element is defined.
    expect((card.querySelector('.fallback') as HTMLElement).offsetParent).to.equal(null);
    await expect(card).to.be.accessible();
  });
});

describe('<source-citation all>', () => {
  it('lists the whole dataset in APA order, each entry linkable as bron-<id>', async () => {
    const card = await citationFixture(html`<source-citation all group=${freshGroup()}></source-citation>`);
    const root = shadow(card);
    expect(root.querySelector('h3')!.textContent).to.equal('Bronnenlijst');
    const entries = [...root.querySelectorAll('li.entry')];
    expect(entries).to.have.length(bundledDataset.sources.length);
    expect(entries.slice(0, 3).map((li) => li.id)).to.deep.equal(['bron-arboportaal-2019', 'bron-bisschop-2018', 'bron-cbs-2021']);
    expect(entries.at(-1)!.id).to.equal('bron-wrr-2017');
    expect(flat(root.querySelector('#bron-de-greef-2021')!)).to.equal(
      'De Greef. (2021). De laaggeletterde leert het ons – onderzoek naar het stimuleren van scholingsdeelname aan trajecten basisvaardigheden.');
    await expect(card).to.be.accessible();
  });

  it('goes to the entry a #bron-<id> link names, which a fragment alone cannot reach in a shadow root', async () => {
    const before = location.href;
    history.replaceState(history.state, '', '#bron-tno-2011');
    try {
      const card = await citationFixture(html`<source-citation all group=${freshGroup()}></source-citation>`);
      expect(shadow(card).activeElement?.id).to.equal('bron-tno-2011');
    } finally {
      history.replaceState(history.state, '', before);
    }
  });

  it('renders a URL from the dataset as a link, and nothing from the data as markup', async () => {
    const data = structuredClone(landscapeFile) as any;
    data.sources[0].url = 'https://example.org/rapport.pdf';
    data.sources[1].title = '<img src=x onerror=alert(1)>Titel';
    const card = await citationFixture(html`<source-citation all group=${freshGroup()} .data=${data}></source-citation>`);
    const root = shadow(card);
    const link = root.querySelector(`#bron-${data.sources[0].id} a`) as HTMLAnchorElement;
    expect(link.href).to.equal('https://example.org/rapport.pdf');
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector(`#bron-${data.sources[1].id} i`)!.textContent).to.equal('<img src=x onerror=alert(1)>Titel');
  });
});

describe('<source-citation> with an unknown source', () => {
  it('says so in an alert and fires factor-error', async () => {
    const errors: unknown[] = [];
    const card = await citationFixture(html`<div @factor-error=${(event: CustomEvent) => errors.push(event.detail.errors)}>
      <source-citation group=${freshGroup()} source="xyz"></source-citation></div>`);
    const alert = shadow(card).querySelector('[role="alert"]')!;
    expect(alert.textContent!.trim()).to.equal('Bron "xyz" staat niet in de dataset.');
    expect(errors).to.deep.equal([[{path: 'source', message: 'Bron "xyz" staat niet in de dataset.'}]]);
    card.requestUpdate();
    await card.updateComplete;
    expect(errors, 'reported once, not on every render').to.have.length(1);
    await expect(card).to.be.accessible();
  });
});
