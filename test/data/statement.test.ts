// What a filtered view shows, in words: the summary of a filter (src/data), the line on screen and the
// sentence on paper (src/i18n), and the publications a printout lists. No DOM.
import {expect} from '@open-wc/testing';
import {NO_FILTER, bundledDataset, filterFactors, type FactorFilter} from '../../src/data/index.js';
import {sourcesCitedBy, summarizeFilter} from '../../src/data/filter-summary.js';
import {englishTexts, loadEnglish} from '../../src/i18n/english-loader.js';
import {filterStatement} from '../../src/i18n/filter-statement.js';
import {printStatement, printedLine} from '../../src/i18n/printout.js';

const data = bundledDataset;
const summary = (filter: Partial<FactorFilter>) => {
  const full = {...NO_FILTER, ...filter};
  return summarizeFilter(data, full, filterFactors(data, full).length);
};

// Each filter as the table states it on screen and on paper, in Dutch and English; the counts were
// counted by hand in data/landscape.json.
const cases: Array<[string, Partial<FactorFilter>, {nl: string; en: string; nlPaper: string; enPaper: string}]> = [
  ['no filter', {}, {
    nl: '83 van 83 factoren',
    en: '83 of 83 factors',
    nlPaper: 'Alle 83 factoren uit de psychologische landschapsanalyse.',
    enPaper: 'All 83 factors from the psychological landscape analysis.',
  }],
  ["the issue's page: inhibiting, employer", {kind: 'inhiberend', actors: ['werkgever']}, {
    nl: 'Belemmerende factoren · Werkgever · 8 van 83 factoren',
    en: 'Inhibiting factors · Employer · 8 of 83 factors',
    nlPaper: 'Belemmerende factoren voor werkgevers: 8 van de 83 factoren uit de psychologische landschapsanalyse.',
    enPaper: 'Inhibiting factors for employers: 8 of the 83 factors from the psychological landscape analysis.',
  }],
  ['two actors: any of them', {kind: 'stimulerend', actors: ['omgeving', 'trainer']}, {
    nl: 'Stimulerende factoren · Omgeving of Trainer · 5 van 83 factoren',
    en: 'Stimulating factors · Environment or Trainer · 5 of 83 factors',
    nlPaper: 'Stimulerende factoren voor de omgeving of trainers: 5 van de 83 factoren uit de psychologische landschapsanalyse.',
    enPaper: 'Stimulating factors for the environment or trainers: 5 of the 83 factors from the psychological landscape analysis.',
  }],
  ['two publications of one citation are one source', {sources: ['roa-2018-kwetsbare-positie', 'roa-2018-levenslang-leren']}, {
    nl: 'Bron: ROA (2018) · 14 van 83 factoren',
    en: 'Source: ROA (2018) · 14 of 83 factors',
    nlPaper: 'Factoren met als bron ROA (2018): 14 van de 83 factoren uit de psychologische landschapsanalyse.',
    enPaper: 'Factors citing ROA (2018): 14 of the 83 factors from the psychological landscape analysis.',
  }],
  ['a search, with the spaces around it left out', {kind: 'inhiberend', sources: ['panteia-2019', 'wrr-2017'], query: ' tijd '}, {
    nl: 'Belemmerende factoren · Bronnen: Panteia (2019) of Wetenschappelijke Raad voor het Regeringsbeleid (2017) · zoekterm “tijd” · 1 van 83 factoren',
    en: 'Inhibiting factors · Sources: Panteia (2019) or Wetenschappelijke Raad voor het Regeringsbeleid (2017) · search “tijd” · 1 of 83 factors',
    nlPaper: 'Belemmerende factoren met als bron Panteia (2019) of Wetenschappelijke Raad voor het Regeringsbeleid (2017), gezocht op “tijd”: 1 van de 83 factoren uit de psychologische landschapsanalyse.',
    enPaper: 'Inhibiting factors citing Panteia (2019) or Wetenschappelijke Raad voor het Regeringsbeleid (2017), search “tijd”: 1 of the 83 factors from the psychological landscape analysis.',
  }],
  ['nothing found', {query: 'ruimtevaart'}, {
    nl: 'zoekterm “ruimtevaart” · 0 van 83 factoren',
    en: 'search “ruimtevaart” · 0 of 83 factors',
    nlPaper: 'Factoren, gezocht op “ruimtevaart”: 0 van de 83 factoren uit de psychologische landschapsanalyse.',
    enPaper: 'Factors, search “ruimtevaart”: 0 of the 83 factors from the psychological landscape analysis.',
  }],
];

// First, while this page has not asked for the English texts: they come only when asked for.
describe('what a view shows, in words, before the English texts came', () => {
  it('is Dutch in both languages until the English chunk is loaded, then English', async () => {
    const shown = summary({kind: 'inhiberend', actors: ['werkgever']});
    expect(englishTexts(), 'nothing asked for the English texts yet').to.equal(undefined);
    expect(filterStatement(shown, 'en')).to.equal('Belemmerende factoren · Werkgever · 8 van 83 factoren');
    expect(printStatement(shown, 'en')).to.match(/^Belemmerende factoren voor werkgevers: /);
    await loadEnglish();
    expect(filterStatement(shown, 'en')).to.equal('Inhibiting factors · Employer · 8 of 83 factors');
  });
});

describe('what a view shows, in words', () => {
  before(() => loadEnglish());

  for (const [name, filter, expected] of cases) {
    it(`${name}: on screen and on paper, in Dutch and English`, () => {
      const shown = summary(filter);
      expect(filterStatement(shown, 'nl')).to.equal(expected.nl);
      expect(filterStatement(shown, 'en')).to.equal(expected.en);
      expect(printStatement(shown, 'nl')).to.equal(expected.nlPaper);
      expect(printStatement(shown, 'en')).to.equal(expected.enPaper);
    });
  }

  it('names a dataset other than the document by its title', () => {
    const shown = {kind: null, actors: [], citations: [], query: '', shown: 1, total: 1};
    expect(printStatement(shown, 'nl', 'Mijn factoren')).to.equal('De enige factor uit “Mijn factoren”.');
    expect(printStatement({...shown, kind: 'inhiberend' as const, total: 3}, 'en', 'My factors'))
      .to.equal('Inhibiting factors: 1 of the 3 factors from “My factors”.');
  });

  it('says when and from which page a printout was made, as each language writes a date', () => {
    const date = new Date(2026, 11, 7, 12);
    expect(printedLine(date, 'https://www.uwv.nl/scholing', 'nl')).to.equal('Afgedrukt op 7 december 2026 van https://www.uwv.nl/scholing');
    expect(printedLine(date, 'https://www.uwv.nl/scholing', 'en')).to.equal('Printed on 7 December 2026 from https://www.uwv.nl/scholing');
  });
});

describe('the publications a printout lists', () => {
  it('are exactly those the printed factors cite, each once, in the dataset\'s order', () => {
    const factors = filterFactors(data, {...NO_FILTER, kind: 'inhiberend', actors: ['werkgever']});
    expect(sourcesCitedBy(data, factors).map((source) => source.id)).to.deep.equal([
      'de-greef-heimens-visser-2020', 'roa-2018-kwetsbare-positie', 'roa-2018-levenslang-leren', 'scp-2019', 'panteia-2019', 'de-vries-2019',
    ]);
    expect(sourcesCitedBy(data, [])).to.deep.equal([]);
  });
});
