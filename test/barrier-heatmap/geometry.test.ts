import {expect} from '@open-wc/testing';
import {NO_FILTER, actorSourceMatrix, bundledDataset, filterFactors} from '../../src/data/index.js';
import {
  HEATMAP_STEPS, STEP_FILLS, STEP_INKS, cellKey, contrastRatio, heatmapGrid, inkFor, legendSteps, stepScale,
} from '../../src/elements/barrier-heatmap/heatmap-geometry.js';
import {moveInGrid} from '../../src/elements/barrier-heatmap/grid-navigation.js';
import {cellFilter, cellOfFilter} from '../../src/elements/barrier-heatmap/cell-selection.js';

const data = bundledDataset;
const inhiberend = actorSourceMatrix(data, filterFactors(data, {...NO_FILTER, kind: 'inhiberend'}));

describe('heatmap geometry', () => {
  it('has seven fills from light to dark, each with a text colour of at least 4.5:1 (WCAG AA)', () => {
    expect(STEP_FILLS).to.have.length(HEATMAP_STEPS);
    STEP_FILLS.forEach((fill, step) => {
      expect(fill).to.match(/^#[0-9a-f]{6}$/);
      expect(contrastRatio(fill, STEP_INKS[step]), `step ${step}`).to.be.at.least(4.5);
      if (step > 0) expect(contrastRatio(fill, '#ffffff'), `step ${step} darker than ${step - 1}`).to.be.above(contrastRatio(STEP_FILLS[step - 1], '#ffffff'));
    });
  });

  it('gives each step the text colour, black or white, that reads better on its fill', () => {
    expect(STEP_INKS).to.deep.equal(STEP_FILLS.map(inkFor));
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
    expect(contrastRatio('#777777', '#777777')).to.equal(1);
    expect(contrastRatio('rgb(0, 0, 0)', '#ffffff')).to.equal(21);
  });

  for (const [max, counts, steps] of [
    [16, [0, 1, 2, 3, 7, 8, 15, 16], [0, 1, 1, 2, 3, 4, 6, 6]],
    [1, [0, 1], [0, 6]],
    [2, [0, 1, 2], [0, 4, 6]],
    [0, [0], [0]],
  ] as const) {
    it(`maps counts to steps for max ${max}: 0 is empty, the largest is the darkest`, () => {
      const step = stepScale(max);
      expect(counts.map(step)).to.deep.equal(steps);
    });
  }

  it('makes a legend of the steps that occur, each with its range of counts', () => {
    expect(legendSteps(16)).to.deep.equal([
      {step: 0, from: 0, to: 0}, {step: 1, from: 1, to: 2}, {step: 2, from: 3, to: 5}, {step: 3, from: 6, to: 7},
      {step: 4, from: 8, to: 10}, {step: 5, from: 11, to: 13}, {step: 6, from: 14, to: 16},
    ]);
    expect(legendSteps(2)).to.deep.equal([{step: 0, from: 0, to: 0}, {step: 4, from: 1, to: 1}, {step: 6, from: 2, to: 2}]);
    expect(legendSteps(0)).to.deep.equal([{step: 0, from: 0, to: 0}]);
  });

  it('transposes the matrix without changing a cell', () => {
    const grid = heatmapGrid(inhiberend, false);
    const flipped = heatmapGrid(inhiberend, true);
    expect(grid.rows.map((r) => r.key)).to.deep.equal(inhiberend.rows.map((r) => r.key));
    expect(flipped.rows.map((r) => r.key)).to.deep.equal(inhiberend.columns.map((c) => c.key));
    expect(flipped.columns.map((c) => c.axis)).to.deep.equal(inhiberend.rows.map(() => 'actor'));
    inhiberend.cells.forEach((row, r) => row.forEach((cell, c) => expect(flipped.cells[c][r]).to.equal(cell)));
    expect(cellKey(flipped.cells[0][0])).to.equal(cellKey(inhiberend.cells[0][0]));
  });
});

describe('grid keys', () => {
  const size = {rows: 4, columns: 12};
  const cases: [string, boolean, [number, number], [number, number] | undefined][] = [
    ['ArrowRight', false, [1, 3], [1, 4]],
    ['ArrowRight', false, [1, 11], [1, 11]],
    ['ArrowLeft', false, [1, 0], [1, 0]],
    ['ArrowLeft', false, [1, 3], [1, 2]],
    ['ArrowDown', false, [3, 3], [3, 3]],
    ['ArrowDown', false, [0, 3], [1, 3]],
    ['ArrowUp', false, [0, 3], [0, 3]],
    ['Home', false, [2, 5], [2, 0]],
    ['End', false, [2, 5], [2, 11]],
    ['Home', true, [2, 5], [0, 0]],
    ['End', true, [2, 5], [3, 11]],
    ['PageDown', false, [0, 5], [3, 5]],
    ['PageUp', false, [3, 5], [0, 5]],
    ['a', false, [0, 0], undefined],
    ['Tab', false, [0, 0], undefined],
  ];
  for (const [key, ctrl, [row, column], expected] of cases) {
    it(`${ctrl ? 'Ctrl+' : ''}${key} from (${row}, ${column})`, () => {
      const to = moveInGrid({row, column}, key, ctrl, size);
      expect(to && [to.row, to.column]).to.deep.equal(expected);
    });
  }
  it('does nothing in an empty grid', () => {
    expect(moveInGrid({row: 0, column: 0}, 'ArrowRight', false, {rows: 0, columns: 0})).to.equal(undefined);
  });
});

describe('choosing a cell', () => {
  it('filters on the kind, the actor and every publication with the label, and finds the cell back', () => {
    const roa = inhiberend.columns.find((c) => c.label === 'ROA (2018)')!;
    const filter = {...NO_FILTER, ...cellFilter(data, {actor: 'werknemer', sourceId: roa.key}, 'inhiberend')};
    expect(filter.sources.length).to.equal(data.sources.filter((s) => s.citation === 'ROA (2018)').length);
    expect(filter.sources.length).to.be.above(1);
    const c = inhiberend.columns.indexOf(roa);
    const r = inhiberend.rows.findIndex((row) => row.key === 'werknemer');
    expect(filterFactors(data, filter).map((f) => f.id)).to.deep.equal(inhiberend.cells[r][c].factorIds);
    expect(cellOfFilter(data, filter, 'inhiberend')).to.deep.equal({actor: 'werknemer', citation: 'ROA (2018)'});
    expect(cellOfFilter(data, {...filter, sources: [roa.key]}, 'inhiberend')).to.deep.equal({actor: 'werknemer', citation: 'ROA (2018)'});
  });

  it('is no cell for two actors, two labels, no source, or the other kind', () => {
    const base = {...NO_FILTER, actors: ['werknemer' as const], sources: ['panteia-2019']};
    expect(cellOfFilter(data, base, 'inhiberend')).to.deep.equal({actor: 'werknemer', citation: 'Panteia (2019)'});
    expect(cellOfFilter(data, {...base, actors: ['werknemer', 'werkgever']}, 'inhiberend')).to.equal(undefined);
    expect(cellOfFilter(data, {...base, sources: ['panteia-2019', 'scp-2019']}, 'inhiberend')).to.equal(undefined);
    expect(cellOfFilter(data, {...base, sources: []}, 'inhiberend')).to.equal(undefined);
    expect(cellOfFilter(data, {...base, kind: 'stimulerend'}, 'inhiberend')).to.equal(undefined);
  });
});
