// The filter as text (docs/api.md, "The filter as text"): what filterText writes, parseFilter reads back
// as the same filter, whether lists are joined as in an address (commas) or as in attributes (spaces).
import {expect} from '@open-wc/testing';
import {DOCUMENT_ORDER, bundledDataset, type FilterState} from '../../src/data/index.js';
import {INITIAL_FILTER_STATE, filterText, parseFilter, sourceIdsOf} from '../../src/state/filter-state.js';

const sourceIds = sourceIdsOf(bundledDataset);
const [first, second] = bundledDataset.sources.map((source) => source.id) as [string, string];

const FILTERS: readonly FilterState[] = [
  INITIAL_FILTER_STATE,
  {kind: 'inhiberend', actors: ['werkgever'], sources: [], query: '', sort: DOCUMENT_ORDER},
  {kind: null, actors: ['werknemer', 'trainer'], sources: [first, second], query: 'taal en cultuur', sort: {key: 'evidence', direction: 'descending'}},
  {kind: 'stimulerend', actors: [], sources: [second], query: 'coaching', sort: {key: 'factor', direction: 'ascending'}},
];

describe('the filter as text', () => {
  for (const separator of [',', ' ']) {
    it(`reads back as the same filter, lists joined with ${separator === ',' ? 'commas' : 'spaces'}`, () => {
      for (const filter of FILTERS) {
        const {change, unknown} = parseFilter(filterText(filter, separator), sourceIds);
        expect(unknown).to.deep.equal([]);
        expect({...INITIAL_FILTER_STATE, ...change}).to.deep.equal(filter);
      }
    });
  }

  it('writes "" for each part that restricts nothing, and descending orders with a minus', () => {
    expect(filterText(INITIAL_FILTER_STATE)).to.deep.equal({kind: '', actor: '', source: '', query: '', sort: ''});
    expect(filterText({...INITIAL_FILTER_STATE, query: '   ', sort: {key: 'evidence', direction: 'descending'}}))
      .to.deep.equal({kind: '', actor: '', source: '', query: '', sort: '-evidence'});
    expect(filterText({...INITIAL_FILTER_STATE, actors: ['werkgever', 'omgeving']}, ' ').actor).to.equal('werkgever omgeving');
  });
});
