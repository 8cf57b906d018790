// The factor table's columns, each once: their keys in the table's order, and what the data side says
// of each (its heading's name and its cells in the CSV). Whatever else a column needs is keyed by
// ColumnKey, so a column added here is a type error in each place that must say something about it: its
// name per language (i18n/factor-table.ts), its width (the table's column-widths.ts), its cell in a row of
// the table (#renderRow) and its sort (sort.ts). No DOM: the data API, the server and the table read it alike.
import type {Factor} from './types.js';

/**
 * The columns in the table's order, which is also the CSV's. A column's key is also its sort key
 * (`SortKey`) and its class in the table (`col-<key>`).
 */
export const COLUMN_KEYS = ['kind', 'factor', 'how', 'actor', 'source', 'evidence'] as const;

/** A column of the table. */
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/**
 * Each column's heading in `CsvHeadings` (docs/api.md). They were named before the columns, so they say
 * `actors` and `sources` where the columns say `actor` and `source`.
 */
export const CSV_HEADING = {
  kind: 'kind', factor: 'factor', how: 'how', actor: 'actors', source: 'sources', evidence: 'evidence',
} as const satisfies Record<ColumnKey, string>;

type Each<List extends readonly unknown[], V> = {readonly [I in keyof List]: V};
/** A list of `V`, one per column, in the order of COLUMN_KEYS. */
type OnePerColumn<V> = Each<typeof COLUMN_KEYS, V>;

/**
 * A factor's cells in the CSV, one per column in the order of COLUMN_KEYS (a column this lacks is a type
 * error): the dataset's own words, whatever the interface's language.
 * @param citations the labels of its Bron cell (dataset-index.ts)
 */
export const csvCells = (factor: Factor, citations: readonly string[]) =>
  [factor.kind, factor.factor, factor.how, factor.actors.join(', '), citations.join('; '), citations.length] satisfies OnePerColumn<string | number>;

/** The columns that `Listed` leaves out, or `never`. */
type Lacking<Listed> = Exclude<ColumnKey, Listed>;

/**
 * `T` when `Listed` names every column, else a type that names the columns it lacks: for what must name
 * every column but cannot be made from COLUMN_KEYS (a row's cells, written out once for speed), so that
 * a column added above is a type error there.
 */
export type WithEveryColumn<Listed, T> = [Lacking<Listed>] extends [never] ? T : {readonly lacksColumns: Lacking<Listed>};

/**
 * The list as given, where it names every column; else a type error that names the columns it lacks: for
 * a list in an order of its own (SORT_KEYS, whose order docs/api.md has made public).
 */
export const everyColumn = <const L extends readonly string[]>(list: L & WithEveryColumn<L[number], unknown>): L => list;
