import {ACTORS, KINDS, SORT_KEYS, type Actor, type Dataset, type Kind, type SortKey} from '../data/index.js';
import {DEFAULT_GROUP} from './group-state.js';
import type {FilterState} from './filter-state.js';

// Deep links: `?actor=werkgever,werknemer&kind=inhiberend&query=taal&sort=-evidence`.
// Groups other than the page-wide one prefix their parameters: `?zijbalk.actor=trainer`.

const paramName = (group: string, name: string) => (group === DEFAULT_GROUP ? name : `${group}.${name}`);
const PARAMS = ['kind', 'actor', 'source', 'query', 'sort'] as const;

const listParam = (params: URLSearchParams, name: string) =>
  params.getAll(name).flatMap((value) => value.split(/[,\s]+/)).filter((value) => value !== '');

/**
 * Reads a group's filter from a URL query string. Values the dataset does not know are dropped,
 * never fatal: a mistyped newsletter link still opens the page.
 */
export function filterFromUrl(search: string, group: string, dataset: Dataset | undefined): Partial<FilterState> {
  const params = new URLSearchParams(search);
  const state: {-readonly [K in keyof FilterState]?: FilterState[K]} = {};
  const kind = params.get(paramName(group, 'kind'));
  if (kind !== null && (KINDS as readonly string[]).includes(kind)) state.kind = kind as Kind;
  const actors = listParam(params, paramName(group, 'actor')).filter((a): a is Actor => (ACTORS as readonly string[]).includes(a));
  if (actors.length > 0) state.actors = [...new Set(actors)];
  const known = new Set(dataset?.sources.map((source) => source.id));
  const sources = listParam(params, paramName(group, 'source')).filter((id) => known.has(id));
  if (sources.length > 0) state.sources = [...new Set(sources)];
  const query = params.get(paramName(group, 'query'));
  if (query !== null) state.query = query.slice(0, 200);
  const sort = params.get(paramName(group, 'sort'));
  if (sort !== null) {
    const key = sort.replace(/^-/, '');
    if ((SORT_KEYS as readonly string[]).includes(key)) {
      state.sort = {key: key as SortKey, direction: sort.startsWith('-') ? 'descending' : 'ascending'};
    }
  }
  return state;
}

/** Writes a group's filter into a URL's query string, leaving every other parameter of the page alone. */
export function urlWithFilter(href: string, group: string, state: FilterState): string {
  const url = new URL(href);
  for (const name of PARAMS) url.searchParams.delete(paramName(group, name));
  if (state.kind) url.searchParams.set(paramName(group, 'kind'), state.kind);
  if (state.actors.length > 0) url.searchParams.set(paramName(group, 'actor'), state.actors.join(','));
  if (state.sources.length > 0) url.searchParams.set(paramName(group, 'source'), state.sources.join(','));
  if (state.query.trim() !== '') url.searchParams.set(paramName(group, 'query'), state.query);
  if (state.sort.key !== 'document') {
    url.searchParams.set(paramName(group, 'sort'), `${state.sort.direction === 'descending' ? '-' : ''}${state.sort.key}`);
  }
  return url.href;
}
