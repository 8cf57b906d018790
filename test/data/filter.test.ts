import {expect} from '@open-wc/testing';
import {NO_FILTER, bundledDataset, filterFactors, isFilterEmpty, type FactorFilter} from '../../src/data/index.js';
import {factorMatcher} from '../../src/data/filter.js';
import {foldText, queryTerms} from '../../src/data/text.js';

const data = bundledDataset;
const ids = (filter: Partial<FactorFilter>) => filterFactors(data, {...NO_FILTER, ...filter}).map((f) => f.id);
const documentIds = data.factors.map((f) => f.id);

// Every expectation below was counted by hand in data/landscape.json.
const exact: Array<[string, Partial<FactorFilter>, string[]]> = [
  ['one actor (trainer)', {actors: ['trainer']},
    ['goede-coaching', 'opleiding-vindt-plaats-binnen-werktijd', 'gebrek-aan-passend-scholingsaanbod']],
  ['actor and kind', {actors: ['omgeving'], kind: 'stimulerend'},
    ['subjectieve-norm', 'steun-van-collegas', 'feedback-van-collegas']],
  ['one source', {sources: ['wrr-2017']}, ['doenvermogen']],
  ['any of two sources, in document order', {sources: ['bisschop-2018', 'wrr-2017']},
    ['doenvermogen', 'gebrek-aan-nut', 'bijna-met-pensioen-kunnen-gaan']],
  ['a source that no factor cites', {sources: ['uwv-2017']}, []],
  ['a source id that does not exist', {sources: ['tno-2099']}, []],
  ['"orientatie" finds "oriëntatie"', {query: 'orientatie'}, ['orientatie-op-loopbaanmogelijkheden']],
  ['"ORIËNTATIE" in capitals', {query: 'ORIËNTATIE'}, ['orientatie-op-loopbaanmogelijkheden']],
  ['"COLLEGA\'S" with a straight quote finds "collega’s" in factor and how', {query: "COLLEGA'S"},
    ['scholingsintentie', 'steun-van-collegas', 'feedback-van-collegas']],
  ['"collega’s" with a curly quote', {query: 'collega’s'},
    ['scholingsintentie', 'steun-van-collegas', 'feedback-van-collegas']],
  ['"privebalans" finds "werk-privébalans"', {query: 'privebalans'}, ['werk-privebalans-bewaken']],
  ['every word must match', {query: 'financiele middelen'}, ['gebrek-aan-financiele-middelen']],
  ['words in any order', {query: 'motivatie intrinsieke'}, [
    'intrinsieke-motivatie-leren-is-leuk', 'intrinsieke-motivatie-huidig-werk',
    'intrinsieke-motivatie-toekomstige-veranderingen', 'intrinsieke-motivatie-arbeidsmarktkansen',
    'intrinsieke-motivatie-basisvaardigheden', 'intrinsieke-motivatie-kennisontwikkeling']],
  ['a word only in "how"', {query: 'leuk'}, ['intrinsieke-motivatie-leren-is-leuk', 'kennis']],
  ['citation label and factor word', {query: 'Panteia angst'}, ['angst-voor-verlies']],
  ['"UWV" inside a factor name', {query: 'uwv'}, ['onvoldoende-samenwerking']],
  ['query and kind', {query: 'motivatie', kind: 'inhiberend'}, ['gebrek-aan-motivatie', 'slechte-inbedding-van-scholing']],
  ['query on a citation and an actor', {query: 'roa', actors: ['werkgever']},
    ['organisatie-zet-hrm-instrumenten-in', 'tijdelijk-contract', 'feedback-van-leidinggevende']],
  ['kind, actor and source together', {kind: 'inhiberend', actors: ['werkgever'], sources: ['panteia-2019']},
    ['gebrek-aan-prioriteit', 'weinig-ondersteuning-vanuit-werkgever', 'negatief-beeld-van-hr-afdeling']],
  ['a word nowhere in the data', {query: 'xyzzy'}, []],
  ['a matching word and a word nowhere', {query: 'angst xyzzy'}, []],
];

const counts: Array<[string, Partial<FactorFilter>, number]> = [
  ['no filter', {}, 83],
  ['blank query', {query: '   '}, 83],
  ['stimulerend', {kind: 'stimulerend'}, 31],
  ['inhiberend', {kind: 'inhiberend'}, 52],
  ['werkgever', {actors: ['werkgever']}, 15],
  ['werknemer', {actors: ['werknemer']}, 59],
  ['omgeving', {actors: ['omgeving']}, 15],
  ['werkgever or trainer (two factors have both)', {actors: ['werkgever', 'trainer']}, 16],
  ['werknemer and inhiberend', {actors: ['werknemer'], kind: 'inhiberend'}, 38],
  ['one ROA (2018) report: the rows its text supports', {sources: ['roa-2018-levenslang-leren']}, 13],
  ['either ROA (2018) report: every row with that label', {sources: ['roa-2018-kwetsbare-positie', 'roa-2018-levenslang-leren']}, 14],
  ['"Panteia" as a citation label', {query: 'Panteia'}, 23],
  ['"Panteia" and inhiberend', {query: 'panteia', kind: 'inhiberend'}, 17],
  ['"motivatie" in factor or how', {query: 'motivatie'}, 11],
];

describe('filterFactors', () => {
  for (const [name, filter, expected] of exact) {
    it(`matches ${name}`, () => expect(ids(filter)).to.deep.equal(expected));
  }
  for (const [name, filter, expected] of counts) {
    it(`counts ${expected} for ${name}`, () => expect(ids(filter)).to.have.length(expected));
  }

  it('returns every factor in document order without a filter', () => {
    expect(ids({})).to.deep.equal(documentIds);
  });

  it('matches the same source filter and the same text search by label', () => {
    expect(ids({query: 'Panteia'})).to.deep.equal(ids({sources: ['panteia-2019']}));
  });

  it('gives the same answer as factorMatcher', () => {
    const filter: FactorFilter = {...NO_FILTER, kind: 'inhiberend', query: 'scholing'};
    expect(filterFactors(data, filter)).to.deep.equal(data.factors.filter(factorMatcher(data, filter)));
  });

  it('does not look in source ids, only in labels', () => {
    expect(ids({query: 'panteia-2019'})).to.deep.equal([]);
  });
});

describe('isFilterEmpty, NO_FILTER, foldText and queryTerms', () => {
  const cases: Array<[Partial<FactorFilter>, boolean]> = [
    [{}, true], [{query: ' \t '}, true], [{kind: 'stimulerend'}, false],
    [{actors: ['trainer']}, false], [{sources: ['tno-2011']}, false], [{query: 'x'}, false],
  ];
  for (const [filter, empty] of cases) {
    it(`says ${JSON.stringify(filter)} is ${empty ? '' : 'not '}empty`, () => {
      expect(isFilterEmpty({...NO_FILTER, ...filter})).to.equal(empty);
    });
  }

  it('freezes NO_FILTER', () => expect(Object.isFrozen(NO_FILTER)).to.equal(true));

  it('folds case, accents and curly quotes', () => {
    expect(foldText('Oriëntatie COLLEGA’S privé')).to.equal("orientatie collega's prive");
  });

  it('splits a query into folded words', () => {
    expect(queryTerms('  Steun   van\tCOLLEGA’S ')).to.deep.equal(['steun', 'van', "collega's"]);
    expect(queryTerms('   ')).to.deep.equal([]);
  });
});
