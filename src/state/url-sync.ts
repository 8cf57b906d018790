import type {DatasetWithoutTexts} from '../data/index.js';
import {FILTER_TEXT_NAMES, filterText, parseFilter, sourceIdsOf, type FilterState} from './filter-state.js';
import type {GroupStore} from './group-store.js';

// Deep links: `?actor=werkgever,werknemer&kind=inhiberend&query=taal&sort=-evidence`. A group other than
// the page's default one prefixes its parameters with its name (`?zijbalk.actor=trainer`), and a group
// inside a `<factor-landscape>` with the landscape's too (`?vergelijk.actor=…`, `?vergelijk.zijbalk.actor=…`).

/** What the parameters of a group start with, given its scope's prefix. */
export const paramPrefix = (scopePrefix: string, group: string): string =>
  [scopePrefix, group].filter((part) => part !== '').map((part) => `${part}.`).join('');

/** A group's filter as a URL query string gives it; what it does not know is left out (see parseFilter). */
export function filterFromUrl(search: string, prefix: string, dataset?: DatasetWithoutTexts): Partial<FilterState> {
  const params = new URLSearchParams(search);
  const list = (name: string) => (params.has(prefix + name) ? params.getAll(prefix + name).join(',') : null);
  return parseFilter({
    kind: params.get(`${prefix}kind`), actor: list('actor'), source: list('source'),
    query: params.get(`${prefix}query`), sort: params.get(`${prefix}sort`),
  }, dataset && sourceIdsOf(dataset)).change;
}

/** A URL with a group's filter in its query string, every other parameter of the page left alone. */
export function urlWithFilter(href: string, prefix: string, state: FilterState): string {
  const url = new URL(href);
  const text = filterText(state);
  for (const name of FILTER_TEXT_NAMES) {
    url.searchParams.delete(prefix + name);
    if (text[name]) url.searchParams.set(prefix + name, text[name]);
  }
  return url.href;
}

const readyDataset = (store: GroupStore) => (store.state.data.status === 'ready' ? store.state.data.dataset : undefined);

/**
 * Keeps a group's filter in the page URL: restores it from there now (once the group's dataset is
 * there, so that source ids can be checked), writes every change back without a history entry per
 * keystroke, and restores it again when the reader goes back or forward. Returns how to stop.
 */
function bindToUrl(store: GroupStore, prefix: string): () => void {
  // The filter before the URL had its say (e.g. from attributes): what a URL without parameters means.
  let base: FilterState | undefined;
  let dataset: DatasetWithoutTexts | undefined;
  const restore = () => {
    dataset = readyDataset(store);
    if (!dataset) return; // again when the dataset is there
    base ??= store.state.filter;
    store.updateFilter({...base, ...filterFromUrl(location.search, prefix, dataset)});
  };
  const write = () => {
    if (readyDataset(store) !== dataset) restore();
    const href = urlWithFilter(location.href, prefix, store.state.filter);
    if (href !== location.href) history.replaceState(history.state, '', href);
  };
  restore();
  const unsubscribe = store.subscribe(write);
  addEventListener('popstate', restore);
  return () => {
    unsubscribe();
    removeEventListener('popstate', restore);
  };
}

const bindings = new WeakMap<GroupStore, {stop: () => void; holders: number}>();

/**
 * Keeps the group's filter in the URL for as long as an element with `sync-url` holds it: several
 * elements of one group share one binding, and the last one to let go removes its listeners. Returns
 * how to let go, once (the element's UrlSyncController forgets it when it calls it).
 */
export function keepInUrl(store: GroupStore, prefix: string): () => void {
  let binding = bindings.get(store);
  if (!binding) bindings.set(store, (binding = {stop: bindToUrl(store, prefix), holders: 0}));
  binding.holders += 1;
  return () => {
    if (--binding.holders === 0) {
      binding.stop();
      bindings.delete(store);
    }
  };
}
