import {DOCUMENT_ORDER, NO_FILTER, isActor, isKind, isSortKey, type DatasetWithoutTexts, type FactorFilter, type SortOrder} from '../data/index.js';

/** Everything a group of elements shares about what to show: the filter and the order. */
export interface FilterState extends FactorFilter {
  readonly sort: SortOrder;
}

/** A group's state before anyone filters or sorts. */
export const INITIAL_FILTER_STATE: FilterState = Object.freeze({...NO_FILTER, sort: DOCUMENT_ORDER});

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/** True when two states show the same rows in the same order (so no event and no re-render is needed). */
export function sameFilterState(a: FilterState, b: FilterState): boolean {
  return a.kind === b.kind && a.query === b.query && sameList(a.actors, b.actors) && sameList(a.sources, b.sources) &&
    a.sort.key === b.sort.key && a.sort.direction === b.sort.direction;
}

/**
 * A filter as text: what an editor types into the attributes `kind`, `actor`, `source` and `query`, or
 * what a link carries in its query string (also `sort`). Absent or `null`: not given, nothing changes.
 * `""`: no restriction.
 */
export interface FilterText {
  readonly kind?: string | null;
  readonly actor?: string | null;
  readonly source?: string | null;
  readonly query?: string | null;
  readonly sort?: string | null;
}

/** A value that {@link parseFilter} left out, and where it was. */
export interface UnknownFilterValue {
  readonly field: keyof FilterText;
  readonly value: string;
}

export interface ParsedFilter {
  /** The filter change the known values make. */
  readonly change: Partial<FilterState>;
  /** Values that are no kind, actor, source id of the dataset or order. */
  readonly unknown: readonly UnknownFilterValue[];
}

/** The ids of a dataset's publications, to check source ids against. */
export const sourceIdsOf = (dataset: DatasetWithoutTexts): ReadonlySet<string> => new Set(dataset.sources.map((source) => source.id));

/** A query longer than this is cut off: no search needs more, and a link should not carry a novel. */
const MAX_QUERY_LENGTH = 200;

/** Several values, separated by spaces or commas, each once, in the order given. */
const valuesOf = (text: string) => [...new Set(text.split(/[\s,]+/).filter((value) => value !== ''))];

type Change = {-readonly [K in keyof FilterState]?: FilterState[K]};

/**
 * Turns a filter as text into a filter change, with one set of rules for attributes, links and the embed
 * page. What it does not know is left out and listed, never fatal: a mistyped newsletter link still opens
 * the page. Kinds and actors are read without regard to case (`Werkgever`). Source ids are checked
 * against `sourceIds` when the dataset is known; without it they are kept as given. A list of which no
 * value is known changes nothing (`actor="baas"` is no restriction to "nobody").
 */
export function parseFilter(text: FilterText, sourceIds?: ReadonlySet<string>): ParsedFilter {
  const change: Change = {};
  const unknown: UnknownFilterValue[] = [];
  const {query, sort} = text;
  const kind = text.kind?.toLowerCase();

  if (kind === '') change.kind = null;
  else if (isKind(kind)) change.kind = kind;
  else if (kind != null) unknown.push({field: 'kind', value: text.kind!});

  if (text.actor != null) {
    const values = valuesOf(text.actor);
    const actors = [...new Set(values.map((value) => value.toLowerCase()).filter(isActor))];
    unknown.push(...values.filter((value) => !isActor(value.toLowerCase())).map((value) => ({field: 'actor' as const, value})));
    if (actors.length > 0 || values.length === 0) change.actors = actors;
  }

  if (text.source != null) {
    const values = valuesOf(text.source);
    const sources = sourceIds ? values.filter((id) => sourceIds.has(id)) : values;
    unknown.push(...values.filter((id) => !sources.includes(id)).map((value) => ({field: 'source' as const, value})));
    if (sources.length > 0 || values.length === 0) change.sources = sources;
  }

  if (query != null) change.query = query.slice(0, MAX_QUERY_LENGTH);

  if (sort === '') change.sort = DOCUMENT_ORDER;
  else if (sort != null) {
    const key = sort.replace(/^-/, '');
    if (isSortKey(key)) change.sort = {key, direction: sort.startsWith('-') ? 'descending' : 'ascending'};
    else unknown.push({field: 'sort', value: sort});
  }
  return {change, unknown};
}
