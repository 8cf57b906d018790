import {expect} from '@open-wc/testing';
import {
  ACTORS, DOCUMENT_ORDER, KINDS, SORT_KEYS, bundledDataset, sortFactors,
  type Dataset, type Factor, type SortDirection, type SortKey,
} from '../../src/data/index.js';
import {evidenceCount} from '../../src/data/sort.js';
import {citationsOf} from '../../src/data/sources.js';

const data = bundledDataset;
const byId = (id: string) => data.factors.find((f) => f.id === id)!;
const position = (f: Factor) => data.factors.indexOf(f);
const sorted = (key: SortKey, direction: SortDirection = 'ascending', factors: readonly Factor[] = data.factors) =>
  sortFactors(data, factors, {key, direction});
const sortedIds = (key: SortKey, direction?: SortDirection) => sorted(key, direction).map((f) => f.id);
const DIRECTIONS: SortDirection[] = ['ascending', 'descending'];

// An independent collator, as the contract asks: Dutch, accents and case ignored, numbers natural.
const nl = new Intl.Collator('nl', {sensitivity: 'base', numeric: true});
// What each key compares, worked out here from the data rather than taken from src/data/sort.ts.
const keyOf: Partial<Record<SortKey, (a: Factor, b: Factor) => number>> = {
  document: () => 0,
  factor: (a, b) => nl.compare(a.factor, b.factor),
  how: (a, b) => nl.compare(a.how, b.how),
  kind: (a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind),
  source: (a, b) => nl.compare(citationsOf(data, a)[0].text, citationsOf(data, b)[0].text),
  evidence: (a, b) => citationsOf(data, a).length - citationsOf(data, b).length,
};

describe('sortFactors invariants', () => {
  for (const key of SORT_KEYS) {
    for (const direction of DIRECTIONS) {
      it(`${key} ${direction} returns a permutation of its input and leaves the input alone`, () => {
        const input = data.factors.filter((_, i) => i % 3 !== 1);
        const before = [...input];
        const result = sorted(key, direction, input);
        expect(result).to.not.equal(input);
        expect(input).to.deep.equal(before);
        expect(result).to.have.length(input.length);
        expect(result.map((f) => f.id).sort()).to.deep.equal(input.map((f) => f.id).sort());
      });
    }
  }

  for (const [key, compare] of Object.entries(keyOf) as Array<[SortKey, (a: Factor, b: Factor) => number]>) {
    for (const direction of DIRECTIONS) {
      it(`${key} ${direction} is ordered, and ties keep document order`, () => {
        const result = sorted(key, direction);
        const sign = direction === 'ascending' ? 1 : -1;
        for (let i = 1; i < result.length; i++) {
          const [a, b] = [result[i - 1], result[i]];
          const c = sign * compare(a, b);
          const inDocumentOrder = key === 'document' ? sign * (position(a) - position(b)) < 0 : position(a) < position(b);
          expect(c < 0 || (c === 0 && inDocumentOrder), `${a.id} before ${b.id}`).to.equal(true);
        }
      });
    }
  }
});

describe('sortFactors by key', () => {
  it('keeps the document order by default, also for a shuffled input', () => {
    expect(DOCUMENT_ORDER).to.deep.equal({key: 'document', direction: 'ascending'});
    const shuffled = [...data.factors].reverse();
    expect(sortFactors(data, shuffled, DOCUMENT_ORDER)).to.deep.equal([...data.factors]);
    expect(sortedIds('document', 'descending')).to.deep.equal(data.factors.map((f) => f.id).reverse());
  });

  it('sorts factor names the Dutch way: "(gebrek aan) motivatie" first, "oriëntatie" after "organisatie"', () => {
    const names = sorted('factor').map((f) => f.factor);
    expect(names.slice(0, 4)).to.deep.equal(['(gebrek aan) motivatie', '(geen) voorkeur voor in welke tijd scholing volgen',
      '(gevoel van) gebrek aan tijd', '(gevoel van) overbelasting']);
    const i = names.indexOf('oriëntatie op loopbaanmogelijkheden');
    expect(names[i - 1]).to.equal('organisatie zet HRM-instrumenten in (functioneringsgesprek, POP etc.)');
    expect(names[i + 1]).to.equal('performance');
    expect(names.at(-1)).to.equal('zekerheid');
  });

  it('ignores accents and case, and compares numbers naturally', () => {
    const names = ['éénmalig', 'Ezel', 'zebra', '10 weken', 'eenheid', '2 weken'];
    const tiny: Dataset = {title: 't', language: 'nl', sources: [], factors: names.map((factor, i) =>
      ({id: `f${i}`, kind: 'stimulerend', factor, how: '', actors: ['werknemer'], sources: []}))};
    expect(sortFactors(tiny, tiny.factors, {key: 'factor', direction: 'ascending'}).map((f) => f.factor))
      .to.deep.equal(['2 weken', '10 weken', 'eenheid', 'éénmalig', 'Ezel', 'zebra']);
  });

  const sixMotivations = ['leren-is-leuk', 'huidig-werk', 'toekomstige-veranderingen', 'arbeidsmarktkansen',
    'basisvaardigheden', 'kennisontwikkeling'].map((s) => `intrinsieke-motivatie-${s}`);
  for (const direction of DIRECTIONS) {
    it(`keeps the six "intrinsieke motivatie" rows in document order, ${direction}`, () => {
      const result = sortedIds('factor', direction);
      const first = result.indexOf(sixMotivations[0]);
      expect(result.slice(first, first + 6)).to.deep.equal(sixMotivations);
    });
  }

  it('puts the nine empty "how" cells first, in document order', () => {
    expect(sortedIds('how').slice(0, 9)).to.deep.equal(['feedback-van-collegas', 'schaamte', 'onvoldoende-samenwerking',
      'geen-fan-van-theoretisch-leren', 'geen-fan-van-langere-opleidingstrajecten', 'bijna-met-pensioen-kunnen-gaan',
      'persoonlijke-omstandigheden', 'werkgever-investeert-niet-minder', 'niet-gewend-in-zichzelf-te-investeren']);
  });

  it('sorts by kind: stimulerend first, each kind in document order, also descending', () => {
    const stim = data.factors.filter((f) => f.kind === 'stimulerend');
    const inh = data.factors.filter((f) => f.kind === 'inhiberend');
    expect(sorted('kind')).to.deep.equal([...stim, ...inh]);
    expect(sorted('kind', 'descending')).to.deep.equal([...inh, ...stim]);
  });

  it('sorts by first source label: Bisschop first, WRR last', () => {
    expect(sortedIds('source').slice(0, 2)).to.deep.equal(['bijna-met-pensioen-kunnen-gaan', 'intrinsieke-motivatie-toekomstige-veranderingen']);
    expect(sortedIds('source', 'descending')[0]).to.equal('doenvermogen');
  });

  it('counts evidence as distinct citation labels', () => {
    const cases: Array<[string, number]> = [['gebrek-aan-zelfvertrouwen', 5], ['negatief-beeld-van-scholing', 4],
      ['kennis', 4], ['gebrek-aan-nut', 3], ['motivatie', 1], ['organisatie-zet-hrm-instrumenten-in', 2], ['schaamte', 1]];
    for (const [id, count] of cases) expect(evidenceCount(data, byId(id)), id).to.equal(count);
  });

  it('sorts by evidence, most first when descending, ties in document order', () => {
    const strongest = ['gebrek-aan-zelfvertrouwen', 'kennis', 'negatief-beeld-van-scholing', 'gebrek-aan-financiele-middelen',
      'intrinsieke-motivatie-arbeidsmarktkansen', 'gebrek-aan-nut', 'weinig-ondersteuning-vanuit-werkgever'];
    expect(sortedIds('evidence', 'descending').slice(0, 7)).to.deep.equal(strongest);
    expect(sortedIds('evidence').slice(-7)).to.deep.equal([...strongest.slice(4), ...strongest.slice(1, 4), strongest[0]]);
    expect(sortedIds('evidence').slice(0, 2)).to.deep.equal(['goede-coaching', 'brede-blik-op-leeropbrengsten']);
  });

  it('sorts by actor in the order of ACTORS, one actor before several, ties in document order', () => {
    const result = sorted('actor');
    const only = (actor: string) => data.factors.filter((f) => f.actors.length === 1 && f.actors[0] === actor);
    // Ten factors concern werkgever alone; the trainer never stands alone in the data.
    expect(result.slice(0, 10)).to.deep.equal(only('werkgever'));
    expect(result.filter((f) => f.actors.length === 1))
      .to.deep.equal(ACTORS.flatMap((actor) => only(actor)));
  });

  it('sorts a factor by the set of its actors, not by how its list happens to be ordered', () => {
    // "gebrek aan prioriteit" concerns werkgever and werknemer (listed werknemer first); it belongs with werkgever.
    const result = sorted('actor').map((f) => f.actors.includes('werkgever'));
    expect(result.indexOf(false), 'first factor without werkgever').to.equal(15);
    expect(result.lastIndexOf(true), 'last factor with werkgever').to.equal(14);
  });
});
