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
export class GroupStore {
  #state: GroupState;
  readonly #listeners = new Set<() => void>();
  /** The `src` or `data` asked for last: when two requests race, the newest one wins. */
  #requested: unknown;
  /** The fetch of the dataset from `src`, while it runs. */
  #loading?: Promise<void>;
  /**
   * Per field of the filter, the element whose attribute gave it as that element joined the group;
   * `null` once an action (a reader's choice, a changed attribute, a deep link) has changed it since.
   */
  readonly #givers = new Map<string, Element | null>();

  constructor(dataset: DatasetWithoutTexts) {
    this.#state = {data: {status: 'ready', dataset}, filter: INITIAL_FILTER_STATE};
  }

  get state(): GroupState {
    return this.#state;
  }

  /** Calls `listener` after every change, until the returned function is called. */
  subscribe(listener: () => void): () => void {
    // A group whose elements have all left starts afresh: where a page's content is replaced (a new route
    // of a single-page app), the attributes of the elements that come next count as on a new page.
    if (this.#listeners.size === 0) this.#givers.clear();
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(state: GroupState): void {
    this.#state = state;
    for (const listener of [...this.#listeners]) listener();
  }

  /**
   * Merges a change into the filter; `origin` fires `factor-filter-change` if anything changed. Without
   * `before`, the change is an action and takes every field it changes. With it, the change is the
   * filter attributes of `origin` as it joins the group (src/README.md, "Attributes and the group's
   * filter"): a field that an action has changed stays, and one that another element gave stays unless
   * `before(origin, that element)`. Returns where a different value lost: [field, the element whose
   * value lost, the element whose value counts].
   */
  updateFilter(change: Partial<FilterState>, origin?: Element, before?: (a: Element, b: Element) => boolean): [string, Element, Element][] {
    const filter: Record<string, unknown> = {...this.#state.filter};
    const lost: [string, Element, Element][] = [];
    let changed = false;
    for (const [field, value] of Object.entries(change)) {
      const giver = this.#givers.get(field);
      // The same value reads the same as JSON: lists keep their order, and every order is {key, direction}.
      const differs = JSON.stringify(value) !== JSON.stringify(filter[field]);
      if (before) {
        const wins = giver !== null && (!giver || before(origin!, giver));
        if (giver && differs) lost.push(wins ? [field, giver, origin!] : [field, origin!, giver]);
        if (!wins) continue;
        this.#givers.set(field, origin!);
      } else if (differs) {
        this.#givers.set(field, null);
      }
      changed ||= differs;
      filter[field] = value;
    }
    if (changed) {
      this.#set({...this.#state, filter: filter as unknown as FilterState});
      origin?.dispatchEvent(new FactorFilterChangeEvent(filter as unknown as FilterState));
    }
    return lost;
  }

  /** Loads the group's dataset from a URL; `origin` fires `factor-error` if that fails. */
  useSrc(src: string, origin?: Element): void {
    // Another element of the group asked for the same file, or it is loading.
    if (this.#requested === src) return;
    this.#requested = src;
    this.#set({...this.#state, data: {status: 'loading', src}});
    const loading = loadDataset(src).then((result) => {
      if (this.#requested !== src) return; // a newer dataset won the race
      if (result.ok) {
        this.#set({...this.#state, data: {status: 'ready', dataset: result.dataset}});
      } else {
        // A failed file may be asked for again (a retry, a block rendered anew).
        this.#requested = undefined;
        this.#fail(result.errors, origin);
      }
    }).finally(() => {
      if (this.#loading === loading) this.#loading = undefined;
    });
    this.#loading = loading;
  }

  /** Uses a dataset object after validating it; `origin` fires `factor-error` if it is refused. */
  useData(data: unknown, origin?: Element): void {
    const current = this.#state.data;
    if (this.#requested === data || (current.status === 'ready' && current.dataset === data)) return;
    this.#requested = data;
    const result = validateFactorsAndSources(data);
    if (result.ok) this.#set({...this.#state, data: {status: 'ready', dataset: result.dataset}});
    else this.#fail(result.errors, origin);
  }

  /** The fetch of a dataset from `src` in progress, if any; never rejects. */
  settled(): Promise<void> | undefined {
    return this.#loading;
  }

  #fail(errors: readonly ValidationError[], origin?: Element): void {
    this.#set({...this.#state, data: {status: 'error', errors}});
    origin?.dispatchEvent(new FactorErrorEvent(errors));
  }
}
