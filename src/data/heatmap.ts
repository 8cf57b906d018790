import {ACTORS, type Actor, type DatasetWithoutTexts, type Factor} from './types.js';
import {indexDataset} from './dataset-index.js';

/** One cell: the factors of one actor that one "Bron" label names. */
export interface HeatmapCell {
  readonly actor: Actor;
  /** The first publication with this label; a cell's filter takes every publication with the label (elements/barrier-heatmap/cell-selection.ts). */
  readonly sourceId: string;
  readonly citation: string;
  readonly factorIds: readonly string[];
  readonly count: number;
}

/** An axis entry with the number of distinct factors on it. */
export interface HeatmapAxisEntry<K> {
  readonly key: K;
  readonly label: string;
  readonly total: number;
}

/** Actor rows × source columns, ready to draw or to print as a table. */
export interface HeatmapMatrix {
  readonly rows: readonly HeatmapAxisEntry<Actor>[];
  readonly columns: readonly HeatmapAxisEntry<string>[];
  /** `cells[r][c]` belongs to `rows[r]` and `columns[c]`. */
  readonly cells: readonly (readonly HeatmapCell[])[];
  readonly max: number;
}

/** `total`: largest first, ties in document order; `document`: as the document introduces them. */
export type AxisOrder = 'total' | 'document';

function orderAxis<K>(entries: HeatmapAxisEntry<K>[], order: AxisOrder): HeatmapAxisEntry<K>[] {
  // Array.prototype.sort is stable, so equal totals keep the document's order.
  return order === 'total' ? [...entries].sort((a, b) => b.total - a.total) : entries;
}

/**
 * Counts the given factors per actor × "Bron" label. A factor with two actors or two labels
 * counts in each of its cells; an axis total counts each factor once.
 */
export function actorSourceMatrix(dataset: DatasetWithoutTexts, factors: readonly Factor[], order: AxisOrder = 'total'): HeatmapMatrix {
  const {citations, sourceById} = indexDataset(dataset);

  const cellFactors = new Map<string, string[]>();
  const actorFactors = new Map<Actor, Set<string>>(ACTORS.map((actor) => [actor, new Set()]));
  const labelFactors = new Map<string, Set<string>>(); // insertion order = first appearance in the document
  for (const factor of factors) {
    const labels = citations.get(factor.id) ?? factor.sources.map((id) => sourceById.get(id)?.citation ?? id);
    for (const label of labels) {
      if (!labelFactors.has(label)) labelFactors.set(label, new Set());
      labelFactors.get(label)!.add(factor.id);
    }
    for (const actor of new Set(factor.actors)) {
      actorFactors.get(actor)?.add(factor.id);
      for (const label of labels) {
        const key = `${actor}\u0000${label}`;
        const list = cellFactors.get(key);
        if (list) list.push(factor.id);
        else cellFactors.set(key, [factor.id]);
      }
    }
  }

  const rows = orderAxis(ACTORS.map((actor) => ({key: actor, label: actor, total: actorFactors.get(actor)!.size})), order);
  const columns = orderAxis(
    [...labelFactors].map(([label, ids]) => ({key: dataset.sources.find((source) => source.citation === label)?.id ?? label, label, total: ids.size})),
    order,
  );
  let max = 0;
  const cells = rows.map((row) => columns.map((column) => {
    const factorIds = cellFactors.get(`${row.key}\u0000${column.label}`) ?? [];
    max = Math.max(max, factorIds.length);
    return {actor: row.key, sourceId: column.key, citation: column.label, factorIds, count: factorIds.length};
  }));
  return {rows, columns, cells, max};
}
