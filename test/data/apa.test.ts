import {expect} from '@open-wc/testing';
import {apaOrder, bundledDataset, formatApaReference, type Source} from '../../src/data/index.js';
import {apaAuthorList, bibtexReference, escapeBibtex, risReference, sortingName} from '../../src/data/apa.js';
import {sourceById, citationOf} from '../../src/data/sources.js';

const source = (id: string) => sourceById(bundledDataset, id)!;
const made = (overrides: Partial<Source>): Source =>
  ({id: 'x', citation: 'X (2020)', authors: ['X'], year: 2020, title: 'Titel', summary: 'Samenvatting.', findings: [], ...overrides});

describe('formatApaReference', () => {
  // [what, source, expected plain text]
  const cases: Array<[string, Source, string]> = [
    ['an organisation as author', source('tno-2011'),
      'TNO. (2011). Stimuleren van scholing bij lager opgeleide werknemers.'],
    ['a long organisation name, as given', source('wrr-2017'),
      'Wetenschappelijke Raad voor het Regeringsbeleid. (2017). Weten is nog geen doen.'],
    ['two family names without initials: no comma before &', source('de-greef-heimens-visser-2020'),
      'De Greef & Heimens Visser. (2020). Succesfactoren voor post-initiële arbeidsmarktgerichte scholing.'],
    ['two organisations', source('uwv-panteia-2017'), 'UWV & Panteia. (2017). Arbeidsmarktanalyse 2017.'],
    ['four family names without initials', source('bisschop-2018'),
      'Bisschop, Ouwehand, Ter Weel & Zwetsloot. (2018). Post-initiële schooling stimuleren met kleine interventies.'],
    ['four persons with initials: APA comma before &, the initial closes the author element', source('sanders-2013'),
      'Sanders, J., Luijters, K., van Wijk, E., & Keijzer, L. (2013). Duurzame inzetbaarheid van laagopgeleiden: zeven eisen voor effectief leiderschap.'],
    ['two persons with initials', made({authors: ['Jansen, P.', 'de Boer, K. L.'], title: 'Leren op het werk'}),
      'Jansen, P., & de Boer, K. L. (2020). Leren op het werk.'],
    ['a title ending in a question mark gets no extra period', source('lost-lemon-muzus-2018'),
      'Lost Lemon & Muzus. (2018). Persona’s - wat zijn de behoeften, motivaties en drempels van Nederlandstalige laaggeletterden?'],
    ['a URL from the dataset comes last, without a period', made({url: 'https://example.org/rapport.pdf'}),
      'X. (2020). Titel. https://example.org/rapport.pdf'],
    ['anything but an http(s) URL is left out', made({url: 'javascript:alert(1)'}), 'X. (2020). Titel.'],
  ];
  for (const [what, input, expected] of cases) {
    it(what, () => expect(formatApaReference(input).text).to.equal(expected));
  }

  it('returns the parts a view needs to set the title in italics', () => {
    expect(formatApaReference(source('tno-2011'))).to.deep.equal({
      authors: 'TNO.', year: '(2011).', title: 'Stimuleren van scholing bij lager opgeleide werknemers', rest: '.',
      text: 'TNO. (2011). Stimuleren van scholing bij lager opgeleide werknemers.',
    });
    const withUrl = formatApaReference(made({url: 'http://example.org'}));
    expect([withUrl.authors, withUrl.year, withUrl.title, withUrl.rest, withUrl.url]).to.deep.equal(['X.', '(2020).', 'Titel', '.', 'http://example.org']);
  });

  it('gives each publication behind a shared label its own reference', () => {
    const roa = citationOf(bundledDataset, 'roa-2018-kwetsbare-positie')!.sources;
    expect(roa.map((s) => formatApaReference(s).text)).to.deep.equal([
      'ROA. (2018). Leren onder werkenden met een kwetsbare positie op de arbeidsmarkt.',
      'ROA. (2018). Levenslang leren en competentieontwikkeling: beleidsrapport.',
    ]);
    expect(citationOf(bundledDataset, 'ecbo-2019-motiveren')!.sources).to.have.length(3);
  });

  it('lists 20 authors in full, and 21 or more as the first 19, an ellipsis and the last', () => {
    const names = (n: number) => Array.from({length: n}, (_, i) => `Auteur${i + 1}, A.`);
    expect(apaAuthorList(names(20))).to.match(/Auteur19, A\., & Auteur20, A\.$/);
    expect(apaAuthorList(names(22))).to.match(/^Auteur1, A\., .*Auteur19, A\., \. \. \. Auteur22, A\.$/);
    expect(apaAuthorList(names(22))).to.not.contain('Auteur20');
  });
});

describe('apaOrder', () => {
  it('orders the dataset by first author without Dutch prefixes, then co-authors, year and title', () => {
    expect(apaOrder(bundledDataset.sources).map((s) => s.id)).to.deep.equal([
      'arboportaal-2019', 'bisschop-2018', 'cbs-2021', 'ecbo-2010', 'ecbo-2019-evaluatie', 'ecbo-2019-motiveren',
      'ecbo-2019-werkgeversreis', 'fouarge-2012', 'de-greef-2021', 'de-greef-heimens-visser-2020', 'hogeschool-utrecht-2020',
      'lost-lemon-muzus-2018', 'panteia-2019', 'roa-2017', 'roa-2018-kwetsbare-positie', 'roa-2018-levenslang-leren',
      'sanders-2013', 'scp-2019', 'ser-2019', 'tno-2005', 'tno-2011', 'uwv-2017', 'uwv-panteia-2017', 'de-vries-2019', 'wrr-2017',
    ]);
  });

  it('leaves its input alone', () => {
    const before = bundledDataset.sources.map((s) => s.id);
    apaOrder(bundledDataset.sources);
    expect(bundledDataset.sources.map((s) => s.id)).to.deep.equal(before);
  });

  it('puts a one-author entry before a multi-author entry of the same first author, whatever the year', () => {
    const single = made({id: 'single', authors: ['De Greef'], year: 2021});
    const pair = made({id: 'pair', authors: ['De Greef', 'Heimens Visser'], year: 2020});
    expect(apaOrder([pair, single]).map((s) => s.id)).to.deep.equal(['single', 'pair']);
  });

  it('sorts the same authors by year, then by title without a leading article', () => {
    const a = made({id: 'a', year: 2019, title: 'Het zesde rapport'});
    const b = made({id: 'b', year: 2018, title: 'Zesde'});
    const c = made({id: 'c', year: 2019, title: 'Een eerste rapport'});
    expect(apaOrder([a, b, c]).map((s) => s.id)).to.deep.equal(['b', 'c', 'a']);
  });

  const names: Array<[string, string]> = [
    ['De Greef', 'Greef'], ['van Wijk, E.', 'Wijk'], ['Ter Weel', 'Weel'], ['van der Berg, K.', 'Berg'],
    ["In 't Veld", 'Veld'], ['TNO', 'TNO'], ['Heimens Visser', 'Heimens Visser'], ['De', 'De'],
  ];
  for (const [name, sorted] of names) {
    it(`sorts "${name}" as "${sorted}"`, () => expect(sortingName(name)).to.equal(sorted));
  }
});

describe('risReference', () => {
  it('writes a report record with one AU line per author and CRLF line ends', () => {
    const tno = source('tno-2011');
    expect(risReference(tno)).to.equal([
      'TY  - RPRT', 'AU  - TNO', 'PY  - 2011', 'TI  - Stimuleren van scholing bij lager opgeleide werknemers',
      `AB  - ${tno.summary}`, 'LA  - nl', 'ER  - ', '',
    ].join('\r\n'));
    const lines = risReference(source('bisschop-2018')).split('\r\n');
    expect(lines.filter((line) => line.startsWith('AU  - '))).to.deep.equal(
      ['AU  - Bisschop', 'AU  - Ouwehand', 'AU  - Ter Weel', 'AU  - Zwetsloot']);
  });

  it('keeps each value on one line, and adds a URL only when there is one', () => {
    const ris = risReference(made({title: 'Twee\nregels', summary: 'a\r\nb', url: 'https://example.org/r'}));
    expect(ris).to.contain('TI  - Twee regels\r\n').and.contain('AB  - a b\r\n').and.contain('UR  - https://example.org/r\r\n');
  });
});

describe('bibtexReference', () => {
  it('braces organisations and family names without initials, and leaves "Family, I." to BibTeX', () => {
    expect(bibtexReference(source('de-greef-heimens-visser-2020'))).to.equal(
      '@techreport{de-greef-heimens-visser-2020,\n' +
      '  author = {{De Greef} and {Heimens Visser}},\n' +
      '  title = {{Succesfactoren voor post-initiële arbeidsmarktgerichte scholing}},\n' +
      '  year = {2020}\n}\n');
    expect(bibtexReference(source('sanders-2013'))).to.contain('author = {Sanders, J. and Luijters, K. and van Wijk, E. and Keijzer, L.}');
    expect(bibtexReference(source('wrr-2017'))).to.contain('author = {{Wetenschappelijke Raad voor het Regeringsbeleid}}');
  });

  it('escapes the characters BibTeX and LaTeX treat specially', () => {
    expect(escapeBibtex('R&D 50% $5 #1 a_b {x} ~ ^ \\')).to.equal(
      'R\\&D 50\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    const entry = bibtexReference(made({id: 'rare id,}', authors: ['R&D {Lab}'], title: 'Kosten & baten: 100%'}));
    expect(entry).to.match(/^@techreport\{rare-id--,\n/);
    expect(entry).to.contain('author = {{R\\&D \\{Lab\\}}}').and.contain('title = {{Kosten \\& baten: 100\\%}}');
  });
});
