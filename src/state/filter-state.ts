// A group's filter, and the filter as text: one set of rules for the attributes, the page's address and
// the embed page's query, documented in docs/api.md ("The filter as text").
import {DOCUMENT_ORDER, NO_FILTER, isActor, isKind, isSortKey, type DatasetWithoutTexts, type FactorFilter, type FilterState} from '../data/index.js';

export type {FilterState};

/** A group's state before anyone filters or sorts. */
export const INITIAL_FILTER_STATE: FilterState = Object.freeze({...NO_FILTER, sort: DOCUMENT_ORDER});

/**
 * A filter as text: what an editor types into the attributes `kind`, `actor`, `source` and `query`, or
 * what a link or an embed page's address carries in its query string (a link also `sort`). Absent or
 * `null`: not given, nothing changes. `""`: no restriction.
 */
export interface FilterText {
  readonly kind?: string | null;
  readonly actor?: string | null;
  readonly source?: string | null;
  readonly query?: string | null;
  readonly sort?: string | null;
}

/** A filter, or the parts of one as they go into text (values already escaped for an address, say), with or without its order. */
type FilterParts = {readonly [K in keyof FactorFilter]: FactorFilter[K] extends readonly string[] ? readonly string[] : FactorFilter[K]} &
  {readonly sort?: FilterState['sort']};

/** The names of the filter as text, in the order an address writes them. */
export const FILTER_TEXT_NAMES = ['kind', 'actor', 'source', 'query', 'sort'] as const satisfies readonly (keyof FilterText)[];

/**
 * A filter as text, the way {@link parseFilter} reads it back: each restriction under its name, lists
 * joined with `separator` (an address joins with commas, attributes with spaces), the order as `sort`
 * (`-` in front for descending); `""` where it restricts nothing.
 */
export function filterText(filter: FilterParts, separator = ','): Required<{[K in keyof FilterText]: string}> {
  const {sort} = filter;
  return {
    kind: filter.kind ?? '',
    actor: filter.actors.join(separator),
    source: filter.sources.join(separator),
    query: filter.query.trim() === '' ? '' : filter.query,
    sort: !sort || sort.key === DOCUMENT_ORDER.key ? '' : `${sort.direction === 'descending' ? '-' : ''}${sort.key}`,
  };
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
