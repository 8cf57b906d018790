import {expect} from '@open-wc/testing';
import {
  ACTORS, KINDS, NO_FILTER, bundledDataset, facetCounts, filterFactors, type FactorFilter,
} from '../../src/data/index.js';

const data = bundledDataset;
const filterOf = (filter: Partial<FactorFilter>): FactorFilter => ({...NO_FILTER, ...filter});
const count = (filter: Partial<FactorFilter>) => filterFactors(data, filterOf(filter)).length;

interface Expected {
  actors: [number, number, number, number]; // werkgever, werknemer, omgeving, trainer
  kinds: [number, number]; // stimulerend, inhiberend
  total: number;
  sources?: Record<string, number>;
}

// Counted by hand in data/landscape.json. Each facet ignores its own filter and keeps the others.
const cases: Array<[string, Partial<FactorFilter>, Expected]> = [
  ['no filter', {}, {actors: [15, 59, 15, 3], kinds: [31, 52], total: 83,
    sources: {'panteia-2019': 23, 'roa-2018-kwetsbare-positie': 6, 'roa-2018-levenslang-leren': 13,
      'ecbo-2019-werkgeversreis': 0, 'ecbo-2019-motiveren': 6, 'ecbo-2019-evaluatie': 0,
      'de-vries-2019': 11, 'wrr-2017': 1, 'uwv-2017': 0, 'sanders-2013': 0}}],
  ['kind inhiberend', {kind: 'inhiberend'}, {actors: [8, 38, 12, 1], kinds: [31, 52], total: 52,
    sources: {'panteia-2019': 17, 'tno-2011': 0, 'de-vries-2019': 11, 'ecbo-2010': 7}}],
  ['kind inhiberend, actor werkgever', {kind: 'inhiberend', actors: ['werkgever']},
    {actors: [8, 38, 12, 1], kinds: [7, 8], total: 8}],
  ['actors werkgever or trainer', {actors: ['werkgever', 'trainer']}, {actors: [15, 59, 15, 3], kinds: [7, 9], total: 16}],
  ['query "motivatie"', {query: 'motivatie'}, {actors: [1, 10, 1, 0], kinds: [9, 2], total: 11,
    sources: {'cbs-2021': 3, 'de-greef-2021': 4, 'de-greef-heimens-visser-2020': 1, 'ecbo-2010': 3}}],
  ['source Panteia', {sources: ['panteia-2019']}, {actors: [4, 21, 1, 1], kinds: [6, 17], total: 23,
    sources: {'panteia-2019': 23, 'tno-2011': 10, 'cbs-2021': 3}}],
  ['source Panteia, query "angst"', {sources: ['panteia-2019'], query: 'angst'},
    {actors: [0, 1, 0, 0], kinds: [0, 1], total: 1, sources: {'tno-2005': 1, 'ecbo-2010': 1, 'de-greef-2021': 1}}],
];

describe('facetCounts', () => {
  for (const [name, filter, expected] of cases) {
    it(`counts actors, kinds and sources for ${name}`, () => {
      const facets = facetCounts(data, filterOf(filter));
      expect(ACTORS.map((a) => facets.actors[a])).to.deep.equal(expected.actors);
      expect(KINDS.map((k) => facets.kinds[k])).to.deep.equal(expected.kinds);
      expect(facets.total).to.equal(expected.total);
      for (const [id, n] of Object.entries(expected.sources ?? {})) expect(facets.sources.get(id), id).to.equal(n);
    });
  }

  it('has a count for every source of the dataset, and nothing else', () => {
    const facets = facetCounts(data, NO_FILTER);
    expect([...facets.sources.keys()]).to.deep.equal(data.sources.map((s) => s.id));
  });

  // Every case above, plus some wider ones, must also keep the invariants.
  const filters: Partial<FactorFilter>[] = [...cases.map(([, filter]) => filter),
    {kind: 'stimulerend', query: 'werknemers'}, {actors: ['omgeving'], sources: ['de-greef-heimens-visser-2020', 'scp-2019']},
    {query: 'xyzzy'}, {kind: 'inhiberend', actors: ['werknemer', 'trainer'], sources: ['ecbo-2019-motiveren'], query: 'scholing'}];

  for (const filter of filters) {
    const label = JSON.stringify(filter);
    it(`each count equals filterFactors with that single choice: ${label}`, () => {
      const facets = facetCounts(data, filterOf(filter));
      for (const actor of ACTORS) expect(facets.actors[actor], actor).to.equal(count({...filter, actors: [actor]}));
      for (const kind of KINDS) expect(facets.kinds[kind], kind).to.equal(count({...filter, kind}));
      for (const {id} of data.sources) expect(facets.sources.get(id), id).to.equal(count({...filter, sources: [id]}));
      expect(facets.total).to.equal(count(filter));
    });

    it(`kinds add up to the total without a kind filter: ${label}`, () => {
      const facets = facetCounts(data, filterOf({...filter, kind: null}));
      expect(facets.kinds.stimulerend + facets.kinds.inhiberend).to.equal(facets.total);
    });
  }

  it('totals equal what filterFactors returns under an actor filter', () => {
    for (const actor of ACTORS) {
      for (const kind of [null, ...KINDS]) {
        const filter = filterOf({actors: [actor], kind});
        expect(facetCounts(data, filter).total, `${actor} ${kind}`).to.equal(filterFactors(data, filter).length);
        expect(facetCounts(data, filter).total).to.equal(facetCounts(data, filterOf({kind})).actors[actor]);
      }
    }
  });
});
