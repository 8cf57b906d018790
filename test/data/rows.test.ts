import {expect} from '@open-wc/testing';
import {
  DOCUMENT_ORDER, NO_FILTER, SORT_KEYS, bundledDataset, filterFactors, matchingFactors, sortFactors,
  type FactorFilter, type SortOrder,
} from '../../src/data/index.js';
import {factorMatcher} from '../../src/data/filter.js';
import {factorsInOrder} from '../../src/data/rows.js';

// matchingFactors filters the rows of factorsInOrder (sorted once per order, so a keystroke after a
// sort does not sort again). It must give what filtering first and sorting then gives: sortFactors
// is stable, so both ways agree, ties included.

const data = bundledDataset;
const ids = (factors: readonly {id: string}[]) => factors.map((factor) => factor.id);
const FILTERS: [string, FactorFilter][] = [
  ['no filter', NO_FILTER],
  ['a search', {...NO_FILTER, query: 'tijd'}],
  ['a kind and an actor', {...NO_FILTER, kind: 'inhiberend', actors: ['werkgever']}],
  ['nothing matches', {...NO_FILTER, query: 'xyzzy-niets'}],
];

describe('factorsInOrder and matchingFactors', () => {
  for (const key of SORT_KEYS) {
    for (const direction of ['ascending', 'descending'] as const) {
      const sort: SortOrder = {key, direction};
      it(`${key} ${direction}: every factor once in the order of sortFactors, and each filter keeps its rows in that order`, () => {
        expect(ids(factorsInOrder(data, sort))).to.deep.equal(ids(sortFactors(data, data.factors, sort)));
        for (const [name, filter] of FILTERS) {
          const expected = ids(sortFactors(data, filterFactors(data, filter), sort));
          expect(ids(matchingFactors(data, {...filter, sort})), name).to.deep.equal(expected);
        }
      });
    }
  }

  it('keeps the document order as it is, and a filter keeps the factors it matches', () => {
    expect(ids(factorsInOrder(data, DOCUMENT_ORDER))).to.deep.equal(ids(data.factors));
    const filter = {...NO_FILTER, query: 'motivatie'};
    const matches = factorMatcher(data, filter);
    expect(ids(matchingFactors(data, {...filter, sort: DOCUMENT_ORDER}))).to.deep.equal(ids(data.factors.filter(matches)));
  });
});
