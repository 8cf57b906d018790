import {expect} from '@open-wc/testing';
import {
  ACTORS, KINDS, NO_FILTER, actorSourceMatrix, bundledDataset, filterFactors,
  type Actor, type Factor, type FactorFilter, type HeatmapAxisEntry,
} from '../../src/data/index.js';
import {citationsOf, factorsCitingSource, sourceById, citationOf} from '../../src/data/sources.js';

const data = bundledDataset;
const factor = (id: string) => data.factors.find((f) => f.id === id)!;
const labelsOf = (f: Factor) => new Set(f.sources.map((id) => data.sources.find((s) => s.id === id)!.citation));
const inhiberend = data.factors.filter((f) => f.kind === 'inhiberend');

describe('source queries', () => {
  it('looks a source up by id', () => {
    expect(sourceById(data, 'tno-2011')).to.equal(data.sources.find((s) => s.id === 'tno-2011'));
    expect(sourceById(data, 'tno-2011')!.citation).to.equal('TNO (2011)');
    expect(sourceById(data, 'tno-2099')).to.equal(undefined);
  });

  const sharing: Array<[string, string[]]> = [
    ['roa-2018-kwetsbare-positie', ['roa-2018-kwetsbare-positie', 'roa-2018-levenslang-leren']],
    ['roa-2018-levenslang-leren', ['roa-2018-kwetsbare-positie', 'roa-2018-levenslang-leren']],
    ['ecbo-2019-motiveren', ['ecbo-2019-werkgeversreis', 'ecbo-2019-motiveren', 'ecbo-2019-evaluatie']],
    ['roa-2017', ['roa-2017']], ['tno-2011', ['tno-2011']], ['tno-2099', []],
  ];
  for (const [id, expected] of sharing) {
    it(`finds the sources sharing the label of ${id}`, () => {
      expect(citationOf(data, id)?.sources.map((s) => s.id) ?? []).to.deep.equal(expected);
    });
  }

  // A label that stands for several publications leads each row to the ones whose text supports it (data/landscape.json, sourceNotes).
  const citing: Array<[string, number, string[]?]> = [['panteia-2019', 23], ['roa-2018-kwetsbare-positie', 6,
    ['motivatie', 'performance', 'feedback-van-collegas', 'organisatie-zet-hrm-instrumenten-in', 'tijdelijk-contract', 'werkinhoud']],
  ['roa-2018-levenslang-leren', 13], ['ecbo-2019-werkgeversreis', 0, []], ['ecbo-2019-motiveren', 6], ['ecbo-2019-evaluatie', 0, []],
  ['de-vries-2019', 11], ['wrr-2017', 1, ['doenvermogen']],
    ['cbs-2021', 3, ['intrinsieke-motivatie-huidig-werk', 'intrinsieke-motivatie-toekomstige-veranderingen',
      'intrinsieke-motivatie-arbeidsmarktkansen']], ['uwv-panteia-2017', 0, []], ['tno-2099', 0, []]];
  for (const [id, n, ids] of citing) {
    it(`finds the ${n} factors citing ${id}, in document order`, () => {
      const result = factorsCitingSource(data, id);
      expect(result).to.have.length(n);
      if (ids) expect(result.map((f) => f.id)).to.deep.equal(ids);
      expect(result).to.deep.equal(data.factors.filter((f) => result.includes(f)));
    });
  }

  const groups: Array<[string, Array<[string, string[]]>]> = [
    ['negatief-beeld-van-scholing', [
      ['ECBO (2019)', ['ecbo-2019-motiveren']],
      ['ROA (2018)', ['roa-2018-levenslang-leren']],
      ['Panteia (2019)', ['panteia-2019']], ['De Vries (2019)', ['de-vries-2019']]]],
    ['organisatie-zet-hrm-instrumenten-in', [
      ['ROA (2018)', ['roa-2018-kwetsbare-positie', 'roa-2018-levenslang-leren']], ['ECBO (2010)', ['ecbo-2010']]]],
    ['goede-coaching', [['De Greef & Heimens Visser (2020)', ['de-greef-heimens-visser-2020']]]],
  ];
  for (const [id, expected] of groups) {
    it(`groups the sources of ${id} by label, in the factor's order`, () => {
      const result = citationsOf(data, factor(id)).map((g) => [g.text, g.sources.map((s) => s.id)]);
      expect(result).to.deep.equal(expected);
    });
  }
});

// Largest total first; equal totals in the order of the 'document' axis.
const isTotalOrder = <K>(total: readonly HeatmapAxisEntry<K>[], document: readonly HeatmapAxisEntry<K>[]) => {
  const rank = (e: HeatmapAxisEntry<K>) => document.findIndex((d) => d.key === e.key);
  return total.length === document.length && total.every((e, i) => i === 0 ||
    total[i - 1].total > e.total || (total[i - 1].total === e.total && rank(total[i - 1]) < rank(e)));
};

describe('actorSourceMatrix', () => {
  for (const [name, factors] of [['all factors', data.factors], ['inhiberend', inhiberend]] as const) {
    it(`counts each cell and each total straight from the data (${name})`, () => {
      const m = actorSourceMatrix(data, factors);
      m.rows.forEach((row, r) => {
        expect(row.total).to.equal(factors.filter((f) => f.actors.includes(row.key)).length);
        m.columns.forEach((column, c) => {
          const direct = factors.filter((f) => f.actors.includes(row.key) && labelsOf(f).has(column.label));
          expect(m.cells[r][c].factorIds, `${row.key} × ${column.label}`).to.deep.equal(direct.map((f) => f.id));
          expect(m.cells[r][c].count).to.equal(direct.length);
        });
      });
      for (const column of m.columns) expect(column.total).to.equal(factors.filter((f) => labelsOf(f).has(column.label)).length);
      expect(m.max).to.equal(Math.max(...m.cells.flat().map((cell) => cell.count)));
    });

    it(`orders by total, ties in document order, and keeps ACTORS order for 'document' (${name})`, () => {
      const [byTotal, byDocument] = [actorSourceMatrix(data, factors, 'total'), actorSourceMatrix(data, factors, 'document')];
      expect(byDocument.rows.map((r) => r.key)).to.deep.equal([...ACTORS]);
      expect(isTotalOrder(byTotal.rows, byDocument.rows)).to.equal(true);
      expect(isTotalOrder(byTotal.columns, byDocument.columns)).to.equal(true);
    });
  }

  it('orders the whole dataset: werkgever before omgeving at 15 each; labels as the document introduces them', () => {
    expect(actorSourceMatrix(data, data.factors).rows.map((r) => [r.key, r.total]))
      .to.deep.equal([['werknemer', 59], ['werkgever', 15], ['omgeving', 15], ['trainer', 3]]);
    expect(actorSourceMatrix(data, data.factors, 'document').columns.slice(0, 5).map((c) => c.key)).to.deep.equal(
      ['de-greef-heimens-visser-2020', 'tno-2011', 'roa-2018-kwetsbare-positie', 'ecbo-2010', 'panteia-2019']);
  });

  it('has werknemer × Panteia (2019) as its largest inhiberend cell, 16 factors', () => {
    const m = actorSourceMatrix(data, inhiberend);
    expect(m.rows.map((r) => r.key)).to.deep.equal(['werknemer', 'omgeving', 'werkgever', 'trainer']);
    expect(m.columns.map((c) => c.key)).to.deep.equal(['panteia-2019', 'de-vries-2019', 'scp-2019',
      'de-greef-heimens-visser-2020', 'ecbo-2010', 'roa-2018-kwetsbare-positie', 'ecbo-2019-werkgeversreis',
      'de-greef-2021', 'tno-2005', 'bisschop-2018', 'hogeschool-utrecht-2020', 'wrr-2017']);
    expect(m.max).to.equal(16);
    expect([m.cells[0][0].actor, m.cells[0][0].citation, m.cells[0][0].count]).to.deep.equal(['werknemer', 'Panteia (2019)', 16]);
    expect(m.cells.flat().filter((cell) => cell.count === 16)).to.have.length(1);
  });

  it("selects every factor with a column's label when filtering on every publication of its sourceId's label", () => {
    for (const column of actorSourceMatrix(data, data.factors).columns) {
      const sources = citationOf(data, column.key)!.sources.map((s) => s.id);
      const ids = filterFactors(data, {...NO_FILTER, sources}).map((f) => f.id);
      expect(ids, column.label).to.deep.equal(data.factors.filter((f) => labelsOf(f).has(column.label)).map((f) => f.id));
    }
  });
});

// mulberry32: a small seeded generator, so every run tries the same "random" filters.
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('filterFactors on random filters', () => {
  const random = seeded(20240611);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const some = <T>(list: readonly T[], p: number) => list.filter(() => random() < p);
  const words = ['', '', 'scholing', 'ROA', 'werknemers', 'oriëntatie', 'collega\'s', 'GEEN', 'financiele', 'tijd', 'xyzzy', 'de'];
  const filters: FactorFilter[] = Array.from({length: 150}, () => ({
    kind: pick([null, ...KINDS]), actors: some<Actor>(ACTORS, 0.3),
    sources: some(data.sources.map((s) => s.id), 0.08), query: [pick(words), pick(words)].join(' '),
  }));

  // An oracle written apart from src/data: folded text of factor, how and labels must hold every word.
  const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’]/g, "'").toLowerCase();
  const matches = (f: Factor, filter: FactorFilter) =>
    (filter.kind === null || f.kind === filter.kind) &&
    (filter.actors.length === 0 || f.actors.some((a) => filter.actors.includes(a))) &&
    (filter.sources.length === 0 || f.sources.some((s) => filter.sources.includes(s))) &&
    fold(filter.query).split(/\s+/).every((word) => fold([f.factor, f.how, ...labelsOf(f)].join(' ')).includes(word));

  it('returns exactly the matching subset of the dataset, in document order', () => {
    let nonEmpty = 0;
    for (const filter of filters) {
      const result = filterFactors(data, filter);
      const positions = result.map((f) => data.factors.indexOf(f));
      expect(positions.every((p, i) => p >= 0 && (i === 0 || positions[i - 1] < p)), JSON.stringify(filter)).to.equal(true);
      expect(result.map((f) => f.id), JSON.stringify(filter))
        .to.deep.equal(data.factors.filter((f) => matches(f, filter)).map((f) => f.id));
      if (result.length > 0) nonEmpty += 1;
    }
    expect(nonEmpty, 'the random filters should not all be empty').to.be.greaterThan(10);
  });
});
