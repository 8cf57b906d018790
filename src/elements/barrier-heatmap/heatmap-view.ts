import {
  NO_FILTER, actorSourceMatrix, filterFactors,
  type AxisOrder, type DatasetWithoutTexts, type Factor, type HeatmapCell, type HeatmapMatrix, type Kind,
} from '../../data/index.js';
import {summarizeFilter, type FilterSummary} from '../../data/filter-summary.js';
import {cellKey, heatmapGrid, type HeatmapGrid} from './heatmap-geometry.js';

/** What a heatmap draws: which factors it counts, and how it lays them out. */
export interface HeatmapViewInputs {
  readonly dataset: DatasetWithoutTexts;
  /** The group's search: the only part of the group's filter that narrows the counts. */
  readonly query: string;
  readonly kind: Kind;
  readonly order: AxisOrder;
  readonly transposed: boolean;
}

/** Everything drawn from one set of inputs; plain data, no DOM. */
export interface HeatmapView extends HeatmapViewInputs {
  readonly matrix: HeatmapMatrix;
  /** The factors counted, and what they are in words. */
  readonly factors: readonly Factor[];
  readonly summary: FilterSummary;
  readonly grid: HeatmapGrid;
  readonly cellByKey: ReadonlyMap<string, HeatmapCell>;
}

const INPUTS = ['dataset', 'query', 'kind', 'order', 'transposed'] as const;

/**
 * The view for `inputs`: `previous` itself while its inputs are the same (a render per arrow key must not
 * count 83 factors again), otherwise a new one. Only the search narrows the counts: the group's actors and
 * sources are the chosen cell, not a smaller heatmap.
 */
export function heatmapView(inputs: HeatmapViewInputs, previous?: HeatmapView): HeatmapView {
  if (previous && INPUTS.every((name) => previous[name] === inputs[name])) return previous;
  const {dataset, kind, query, order, transposed} = inputs;
  const counted = {...NO_FILTER, kind, query};
  const factors = filterFactors(dataset, counted);
  const matrix = actorSourceMatrix(dataset, factors, order);
  return {
    ...inputs, matrix, factors,
    summary: summarizeFilter(dataset, counted, factors.length),
    grid: heatmapGrid(matrix, transposed),
    cellByKey: new Map(matrix.cells.flat().map((cell) => [cellKey(cell), cell])),
  };
}
