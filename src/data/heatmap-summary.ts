import type {Actor} from './types.js';
import type {HeatmapAxisEntry, HeatmapCell, HeatmapMatrix} from './heatmap.js';

/** What stands out in a heatmap matrix: the numbers a summary is made of. */
export interface HeatmapFacts {
  /** Distinct factors in the matrix (a factor with two actors counts once). */
  readonly total: number;
  /** Citations with at least one factor. */
  readonly citations: number;
  /** The actors with the most factors (more than one on a tie); empty when there are none. */
  readonly topActors: readonly HeatmapAxisEntry<Actor>[];
  /** The actors with the fewest factors, when they have fewer than the top. */
  readonly leastActors: readonly HeatmapAxisEntry<Actor>[];
  /** The largest cells, in the matrix's order; the first is "the" largest cell. */
  readonly largestCells: readonly HeatmapCell[];
  /** The citations that the most factors cite (more than one on a tie). */
  readonly topCitations: readonly HeatmapAxisEntry<string>[];
}

const withMost = <T extends {total: number}>(entries: readonly T[]) => {
  const most = Math.max(0, ...entries.map((entry) => entry.total));
  return most === 0 ? [] : entries.filter((entry) => entry.total === most);
};

/** Finds what stands out in a matrix: the biggest actor, cell and citation, and the smallest actor. */
export function heatmapFacts(matrix: HeatmapMatrix): HeatmapFacts {
  const cells = matrix.cells.flat();
  const total = new Set(cells.flatMap((cell) => cell.factorIds)).size;
  const topActors = withMost(matrix.rows);
  const least = Math.min(...matrix.rows.map((row) => row.total));
  const leastActors = topActors.length > 0 && least < topActors[0].total ? matrix.rows.filter((row) => row.total === least) : [];
  return {
    total,
    citations: matrix.columns.filter((column) => column.total > 0).length,
    topActors,
    leastActors,
    largestCells: matrix.max === 0 ? [] : cells.filter((cell) => cell.count === matrix.max),
    topCitations: withMost(matrix.columns),
  };
}
