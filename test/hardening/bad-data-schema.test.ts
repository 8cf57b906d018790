// Hardening: every rule of src/data/validate.ts broken once, through `data` on one of the elements that take
// a dataset in turn, and the row-level breaks through `src` from real files on each. Each message must name
// the row and field.
import {expect, fixtureSync, html} from '@open-wc/testing';
import {flat, freshGroup} from '../shared/elements.js';
import {FIXTURES, TAGS, alertOf, expectBundledTableWorks, expectRefused, mountBroken, smallDataset} from './helpers.js';
import {waitFor} from '../shared/wait.js';
import type {FactorTable} from '../../src/elements/factor-table/factor-table.component.js';

type Break = [name: string, breakIt: (d: any) => void, expected: string];

// Row labels as an editor finds them in the file: number and name.
const F1 = 'factor 1 ("goede coaching")';
const F2 = 'factor 2 ("gebrek aan tijd")';
const F3 = 'factor 3 ("hoge kosten")';
const S1 = 'bron 1 ("Jansen (2020)")';
const S2 = 'bron 2 ("De Vries (2019)")';

/** One entry per rule of validateDataset, and per way of breaking it. */
const breaks: Break[] = [
  // The dataset itself.
  ['no title', (d) => delete d.title, 'dataset: veld "title" ontbreekt'],
  ['a title that is a number', (d) => (d.title = 7), 'dataset: veld "title" moet tekst zijn, maar is een getal'],
  ['a blank title', (d) => (d.title = '   '), 'dataset: veld "title" is leeg'],
  ['no language', (d) => delete d.language, 'dataset: veld "language" ontbreekt'],
  ['a language that is true', (d) => (d.language = true), 'dataset: veld "language" moet tekst zijn, maar is waar/onwaar'],
  ['an empty language', (d) => (d.language = ''), 'dataset: veld "language" is leeg'],
  ['a language that is no language code', (d) => (d.language = 'Nederlands'),
    'dataset: veld "language" moet een taalcode zijn (bijvoorbeeld "nl"), maar is "Nederlands"'],
  ['no sources', (d) => delete d.sources, 'dataset: veld "sources" ontbreekt'],
  ['sources as an object', (d) => (d.sources = {'jansen-2020': d.sources[0]}), 'dataset: veld "sources" moet een lijst zijn, maar is een object'],
  ['factors as text', (d) => (d.factors = 'goede coaching'), 'dataset: veld "factors" moet een lijst zijn, maar is tekst'],
  ['an empty list of factors', (d) => (d.factors = []), 'dataset: de lijst "factors" is leeg'],

  // A source (publication).
  ['a source that is text', (d) => (d.sources[1] = 'De Vries (2019)'), 'bron 2: verwacht een object, maar is tekst'],
  ['a source that is null', (d) => (d.sources[1] = null), 'bron 2: verwacht een object, maar is null'],
  ['a source without id', (d) => delete d.sources[0].id, `${S1}: veld "id" ontbreekt`],
  ['a source id that is a number', (d) => (d.sources[0].id = 2020), `${S1}: veld "id" moet niet-lege tekst zijn, maar is een getal`],
  ['a blank source id', (d) => (d.sources[0].id = ' '), `${S1}: veld "id" is leeg`],
  ['a source id used twice', (d) => (d.sources[1].id = 'jansen-2020'), `${S2}: id "jansen-2020" komt dubbel voor`],
  ['a source without citation', (d) => delete d.sources[0].citation, 'bron 1: veld "citation" ontbreekt'],
  ['a citation that is a number', (d) => (d.sources[0].citation = 2020), 'bron 1: veld "citation" moet tekst zijn, maar is een getal'],
  ['an empty source title', (d) => (d.sources[0].title = ''), `${S1}: veld "title" is leeg`],
  ['a source without title', (d) => delete d.sources[1].title, `${S2}: veld "title" ontbreekt`],
  ['a summary that is null', (d) => (d.sources[0].summary = null), `${S1}: veld "summary" moet tekst zijn, maar is null`],
  ['a source without authors', (d) => delete d.sources[0].authors, `${S1}: veld "authors" ontbreekt`],
  ['authors as one text', (d) => (d.sources[0].authors = 'Jansen, A.'), `${S1}: veld "authors" moet een lijst zijn, maar is tekst`],
  ['an empty list of authors', (d) => (d.sources[0].authors = []), `${S1}: veld "authors" is een lege lijst`],
  ['an empty author', (d) => (d.sources[1].authors = ['De Vries, B.', '']), `${S2}: veld "authors", item 2 is leeg`],
  ['an author that is a number', (d) => (d.sources[1].authors = ['De Vries, B.', 3]), `${S2}: veld "authors", item 2: verwacht niet-lege tekst, maar is een getal`],
  ['a source without findings', (d) => delete d.sources[0].findings, `${S1}: veld "findings" ontbreekt`],
  ['findings as an object', (d) => (d.sources[0].findings = {1: 'Coaching helpt.'}), `${S1}: veld "findings" moet een lijst zijn, maar is een object`],
  ['a finding that is null', (d) => (d.sources[0].findings = [null]), `${S1}: veld "findings", item 1: verwacht niet-lege tekst, maar is null`],
  ['a source without year', (d) => delete d.sources[0].year, `${S1}: veld "year" ontbreekt`],
  ['a year as text', (d) => (d.sources[0].year = '2020'), `${S1}: veld "year" moet een jaartal zijn (bijvoorbeeld 2019), maar is "2020"`],
  ['a year with decimals', (d) => (d.sources[0].year = 2020.5), `${S1}: veld "year" moet een jaartal zijn (bijvoorbeeld 2019), maar is 2020.5`],
  ['a two-digit year', (d) => (d.sources[0].year = 20), 'maar is 20'],
  ['a five-digit year', (d) => (d.sources[0].year = 20200), 'maar is 20200'],
  ['a year that is null', (d) => (d.sources[0].year = null), `${S1}: veld "year" moet een jaartal zijn (bijvoorbeeld 2019), maar is null`],
  ['a javascript: url', (d) => (d.sources[0].url = 'javascript:alert(1)'), `${S1}: veld "url" moet een http- of https-adres zijn`],
  ['a data: url', (d) => (d.sources[0].url = 'data:text/html,<script>window.__pwned=1</script>'), `${S1}: veld "url" moet een http- of https-adres zijn`],
  ['a url without scheme', (d) => (d.sources[0].url = 'www.example.org/rapport.pdf'), `${S1}: veld "url" moet een http- of https-adres zijn`],
  ['a url with a space', (d) => (d.sources[0].url = 'https://example.org/mijn rapport.pdf'), `${S1}: veld "url" moet een http- of https-adres zijn`],
  ['a url that is a number', (d) => (d.sources[0].url = 42), `${S1}: veld "url" moet een http- of https-adres zijn`],

  // A factor (a row of the document's tables).
  ['a factor that is null', (d) => (d.factors[1] = null), 'factor 2: verwacht een object, maar is null'],
  ['a factor that is a list', (d) => (d.factors[1] = ['gebrek aan tijd']), 'factor 2: verwacht een object, maar is een lijst'],
  ['a factor without id', (d) => delete d.factors[0].id, `${F1}: veld "id" ontbreekt`],
  ['a factor id that is a number', (d) => (d.factors[0].id = 1), `${F1}: veld "id" moet niet-lege tekst zijn, maar is een getal`],
  ['a blank factor id', (d) => (d.factors[0].id = ''), `${F1}: veld "id" is leeg`],
  ['a factor id used twice', (d) => (d.factors[2].id = 'goede-coaching'), `${F3}: id "goede-coaching" komt dubbel voor`],
  ['a factor without its name', (d) => delete d.factors[1].factor, 'factor 2: veld "factor" ontbreekt'],
  ['a blank factor name', (d) => (d.factors[1].factor = ' \n '), 'factor 2: veld "factor" is leeg'],
  ['a factor name that is a list', (d) => (d.factors[1].factor = ['gebrek', 'tijd']), 'factor 2: veld "factor" moet tekst zijn, maar is een lijst'],
  ['a factor without how', (d) => delete d.factors[1].how, `${F2}: veld "how" ontbreekt`],
  ['a how that is null', (d) => (d.factors[1].how = null), `${F2}: veld "how" moet tekst zijn, maar is null`],
  ['a factor without kind', (d) => delete d.factors[0].kind, `${F1}: veld "kind" ontbreekt`],
  ['an unknown kind', (d) => (d.factors[0].kind = 'neutraal'), `${F1}: onbekende soort "neutraal" in veld "kind" (kies uit stimulerend of inhiberend)`],
  ['a kind with a capital', (d) => (d.factors[0].kind = 'Stimulerend'), `${F1}: onbekende soort "Stimulerend" in veld "kind"`],
  ['a kind in English', (d) => (d.factors[1].kind = 'inhibiting'), `${F2}: onbekende soort "inhibiting" in veld "kind"`],
  ['a kind that is a number', (d) => (d.factors[1].kind = 1), `${F2}: onbekende soort 1 in veld "kind"`],
  ['a factor without actors', (d) => delete d.factors[0].actors, `${F1}: veld "actors" ontbreekt`],
  ['actors as one text', (d) => (d.factors[0].actors = 'werkgever'), `${F1}: veld "actors" moet een lijst zijn, maar is tekst`],
  ['an empty list of actors', (d) => (d.factors[0].actors = []), `${F1}: veld "actors" is een lege lijst`],
  ['an unknown actor', (d) => (d.factors[2].actors = ['werkgever', 'baas']),
    `${F3}: onbekende actor "baas" in veld "actors" (kies uit werkgever, werknemer, omgeving, trainer)`],
  ['an actor with a capital', (d) => (d.factors[2].actors = ['Werkgever']), `${F3}: onbekende actor "Werkgever" in veld "actors"`],
  ['an actor that is a number', (d) => (d.factors[2].actors = [7]), `${F3}: veld "actors", item 1: verwacht niet-lege tekst, maar is een getal`],
  ['an empty actor', (d) => (d.factors[2].actors = ['']), `${F3}: veld "actors", item 1 is leeg`],
  ['an actor named twice', (d) => (d.factors[2].actors = ['werkgever', 'werknemer', 'werkgever']), `${F3}: "werkgever" staat dubbel in veld "actors"`],
  ['a factor without sources', (d) => delete d.factors[0].sources, `${F1}: veld "sources" ontbreekt`],
  ['sources of a factor as one text', (d) => (d.factors[0].sources = 'jansen-2020'), `${F1}: veld "sources" moet een lijst zijn, maar is tekst`],
  ['an empty list of sources on a factor', (d) => (d.factors[0].sources = []), `${F1}: veld "sources" is een lege lijst`],
  ['an unknown source id in a factor', (d) => (d.factors[1].sources = ['jansen-2020', 'bron-x']),
    `${F2}: bron-id "bron-x" in veld "sources" staat niet in de lijst "sources"`],
  ['a citation label where a source id belongs', (d) => (d.factors[0].sources = ['Jansen (2020)']),
    `${F1}: bron-id "Jansen (2020)" in veld "sources" staat niet in de lijst "sources"`],
  ['a source id that differs in case', (d) => (d.factors[2].sources = ['DeVries-2019']),
    `${F3}: bron-id "DeVries-2019" in veld "sources" staat niet in de lijst "sources"`],
  ['a source id that is null', (d) => (d.factors[2].sources = [null]), `${F3}: veld "sources", item 1: verwacht niet-lege tekst, maar is null`],
  ['a source id named twice on a factor', (d) => (d.factors[1].sources = ['jansen-2020', 'jansen-2020']), `${F2}: "jansen-2020" staat dubbel in veld "sources"`],
];

for (const tag of TAGS) {
  describe(`<${tag}> with a dataset that breaks the format (data)`, () => {
    // Each rule broken once per engine, on the elements in turn: a rule is data logic (src/data/validate.ts)
    // that every element shares, and each element meets a quarter of them, with its own alert, event and the
    // page around it checked (and every element the files below). Every rule on every element was 296 tests
    // per engine, a tenth of the browser tests' time.
    for (const [name, breakIt, expected] of breaks.filter((_, index) => TAGS[index % TAGS.length] === tag)) {
      it(`refuses ${name}, naming the row and field in Dutch`, async () => {
        const data = smallDataset();
        breakIt(data);
        const errors = await expectRefused(await mountBroken(tag, {data}), [expected]);
        expect(errors.some((error) => error.message.includes(expected)), `no error says ${expected}`).to.equal(true);
      });
    }

    it('lists the first eight of many errors, says how many more, and stays accessible', async () => {
      const data = smallDataset();
      data.factors = Array.from({length: 200}, (_, i) => ({...data.factors[0], id: `rij-${i}`, factor: `factor nummer ${i + 1}`, actors: ['baas']}));
      const broken = await mountBroken(tag, {data});
      const errors = await expectRefused(broken, ['factor 1 ("factor nummer 1"): onbekende actor "baas"', 'en nog 42 fouten']);
      expect(errors, 'the event lists at most 50 errors').to.have.length(50);
      expect(alertOf(broken.el).querySelectorAll('li').length, 'listed errors').to.equal(9);
      await expect(broken.el).to.be.accessible();
    });

    it('names row 10.000 when only the last of 10,000 rows is broken', async () => {
      const data = smallDataset();
      data.factors = Array.from({length: 10000}, (_, i) => ({...data.factors[i % 3], id: `rij-${i}`, factor: `factor nummer ${i + 1}`}));
      data.factors[9999].kind = 'neutraal';
      const broken = await mountBroken(tag, {data});
      const errors = await expectRefused(broken, ['factor 10000 ("factor nummer 10000"): onbekende soort "neutraal"']);
      expect(errors).to.have.length(1);
      expect(errors[0].path).to.equal('factors[9999].kind');
    });
  });

  describe(`<${tag}> with a file that breaks the format (src)`, () => {
    it('names each broken row and field of the file', async () => {
      const broken = await mountBroken(tag, {src: `${FIXTURES}/broken-rows.json`});
      const errors = await expectRefused(broken, [
        `${S2}: veld "year" moet een jaartal zijn (bijvoorbeeld 2019), maar is "2019"`,
        `${F1}: onbekende soort "neutraal" in veld "kind"`,
        `${F3}: onbekende actor "baas" in veld "actors"`,
      ]);
      expect(errors.map((error) => error.path)).to.deep.equal(['sources[1].year', 'factors[0].kind', 'factors[2].actors']);
    });

    it('names the factor that cites a source id the file does not have', async () => {
      const broken = await mountBroken(tag, {src: `${FIXTURES}/unknown-source.json`});
      await expectRefused(broken, [`${F2}: bron-id "bron-die-niet-bestaat" in veld "sources" staat niet in de lijst "sources"`]);
      expect(flat(alertOf(broken.el))).not.to.contain('jansen-2020');
      await expect(broken.el).to.be.accessible();
    });
  });
}

describe('<source-citation> asked for a source id that its own valid dataset does not have', () => {
  it('says which id in Dutch, in an alert, and reports it with factor-error', async () => {
    const page = fixtureSync(html`<div>
      <source-citation group=${freshGroup()} source="bron-x"></source-citation>
      <factor-table group=${freshGroup('control')}></factor-table>
    </div>`);
    const errors: CustomEvent[] = [];
    page.addEventListener('factor-error', (event) => errors.push(event as CustomEvent));
    const card = page.querySelector('source-citation') as HTMLElement & {data: unknown; updateComplete: Promise<boolean>};
    card.data = smallDataset();
    await waitFor(() => errors.length > 0, 'a factor-error', {timeout: 8000});
    await card.updateComplete;
    expect(flat(alertOf(card))).to.equal('Bron "bron-x" staat niet in de dataset.');
    expect(errors[0].bubbles && errors[0].composed).to.equal(true);
    expect(errors[0].detail.errors.map((error: {message: string}) => error.message)).to.deep.equal(['Bron "bron-x" staat niet in de dataset.']);
    await expectBundledTableWorks(page.querySelector<FactorTable>('factor-table')!);
    await expect(card).to.be.accessible();
  });
});
