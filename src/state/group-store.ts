import type {DatasetWithoutTexts, ValidationError} from '../data/index.js';
// Source notes and translations are checked by the card that shows them (see validateFactorsAndSources).
import {validateFactorsAndSources} from '../data/validate.js';
import {FactorErrorEvent, FactorFilterChangeEvent} from './events.js';
import {INITIAL_FILTER_STATE, type FilterState} from './filter-state.js';
import {loadDataset} from './load-dataset.js';

/** Where a group's dataset is: loading (from `src`), ready, or refused with reasons. */
export type DatasetStatus =
  | {readonly status: 'loading'; readonly src: string}
  | {readonly status: 'ready'; readonly dataset: DatasetWithoutTexts}
  | {readonly status: 'error'; readonly errors: readonly ValidationError[]};

/** One group's state. Replaced, never mutated: a new object means something changed. */
export interface GroupState {
  readonly data: DatasetStatus;
  readonly filter: FilterState;
}

/**
 * The state of one group: its dataset and its filter. Elements of the group subscribe to it and render
 * what it holds; a change here reaches them, and no element of another group.
 */
export interface GroupStore {
  readonly state: GroupState;
  /** Calls `listener` after every change, until the returned function is called. */
  subscribe(listener: () => void): () => void;
  /**
   * Merges a change into the filter; `origin` fires `factor-filter-change` if anything changed. Without
   * `before`, the change is an action and takes every field it changes. With it, the change is the
   * filter attributes of `origin` as it joins the group (src/README.md, "Attributes and the group's
   * filter"): a field that an action has changed stays, and one that another element gave stays unless
   * `before(origin, that element)`. Returns where a different value lost: [field, the element whose
   * value lost, the element whose value counts].
   */
  updateFilter(change: Partial<FilterState>, origin?: Element, before?: (a: Element, b: Element) => boolean): [string, Element, Element][];
  /** Loads the group's dataset from a URL; `origin` fires `factor-error` if that fails. */
  useSrc(src: string, origin?: Element): void;
  /** Uses a dataset object after validating it; `origin` fires `factor-error` if it is refused. */
  useData(data: unknown, origin?: Element): void;
  /** The fetch of a dataset from `src` in progress, if any; never rejects. */
  settled(): Promise<void> | undefined;
}

/** A group's store, starting from `dataset`; built as the controllers are (src/README.md, "Controllers"). */
export function groupStore(dataset: DatasetWithoutTexts): GroupStore {
  let state: GroupState = {data: {status: 'ready', dataset}, filter: INITIAL_FILTER_STATE};
  const listeners = new Set<() => void>();
  /** The `src` or `data` asked for last: when two requests race, the newest one wins. */
  let requested: unknown;
  /** The fetch of the dataset from `src`, while it runs. */
  let loading: Promise<void> | undefined;
  /**
   * Per field of the filter, the element whose attribute gave it as that element joined the group;
   * `null` once an action (a reader's choice, a changed attribute, a deep link) has changed it since.
   */
  const givers = new Map<string, Element | null>();

  const set = (next: GroupState): void => {
    state = next;
    for (const listener of [...listeners]) listener();
  };
  const fail = (errors: readonly ValidationError[], origin?: Element): void => {
    set({...state, data: {status: 'error', errors}});
    origin?.dispatchEvent(new FactorErrorEvent(errors));
  };

  return {
    get state() {
      return state;
    },

    subscribe(listener) {
      // A group whose elements have all left starts afresh: where a page's content is replaced (a new route
      // of a single-page app), the attributes of the elements that come next count as on a new page.
      if (listeners.size === 0) givers.clear();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    updateFilter(change, origin, before) {
      const filter: Record<string, unknown> = {...state.filter};
      const lost: [string, Element, Element][] = [];
      let changed = false;
      for (const [field, value] of Object.entries(change)) {
        const giver = givers.get(field);
        // The same value reads the same as JSON: lists keep their order, and every order is {key, direction}.
        const differs = JSON.stringify(value) !== JSON.stringify(filter[field]);
        if (before) {
          const wins = giver !== null && (!giver || before(origin!, giver));
          if (giver && differs) lost.push(wins ? [field, giver, origin!] : [field, origin!, giver]);
          if (!wins) continue;
          givers.set(field, origin!);
        } else if (differs) {
          givers.set(field, null);
        }
        changed ||= differs;
        filter[field] = value;
      }
      if (changed) {
        set({...state, filter: filter as unknown as FilterState});
        origin?.dispatchEvent(new FactorFilterChangeEvent(filter as unknown as FilterState));
      }
      return lost;
    },

    useSrc(src, origin) {
      // Another element of the group asked for the same file, or it is loading.
      if (requested === src) return;
      requested = src;
      set({...state, data: {status: 'loading', src}});
      const current = loadDataset(src).then((result) => {
        if (requested !== src) return; // a newer dataset won the race
        if (result.ok) {
          set({...state, data: {status: 'ready', dataset: result.dataset}});
        } else {
          // A failed file may be asked for again (a retry, a block rendered anew).
          requested = undefined;
          fail(result.errors, origin);
        }
      }).finally(() => {
        if (loading === current) loading = undefined;
      });
      loading = current;
    },

    useData(data, origin) {
      const current = state.data;
      if (requested === data || (current.status === 'ready' && current.dataset === data)) return;
      requested = data;
      const result = validateFactorsAndSources(data);
      if (result.ok) set({...state, data: {status: 'ready', dataset: result.dataset}});
      else fail(result.errors, origin);
    },

    settled: () => loading,
  };
}
