import {createContext} from '@lit/context';
import type {GroupState} from './group-state.js';
import type {FilterState} from './filter-state.js';

/** The actions an element may take on its group; every one yields a new state, never a mutation. */
export interface LandscapeActions {
  /** Merges a change into the group's filter; `origin` fires `factor-filter-change`. */
  updateFilter(group: string, change: Partial<FilterState>, origin?: Element): void;
  /** Loads a dataset for the group from a URL; `origin` fires `factor-error` if that fails. */
  loadSrc(group: string, src: string, origin?: Element): void;
  /** Uses a dataset object for the group after validating it (the validator loads on first use). */
  setData(group: string, data: unknown, origin?: Element): void;
  /** The group's dataset work in progress (a fetch, a validation), if any; never rejects. Optional, as above. */
  settled?(group: string): Promise<void> | undefined;
  /** Keeps the group's filter in the page URL from now on, after restoring it from there. */
  syncUrl(group: string, origin?: Element): void;
  /**
   * Makes sure the group's dataset has its study texts (summaries, findings): the CDN build loads
   * those of the bundled dataset on first need. Optional: a hub of an older copy of the library lacks it.
   */
  needStudyTexts?(group: string): void;
}

/** What the context carries: the state of every group, replaced on each change, and the actions. */
export interface LandscapeSnapshot {
  readonly groups: ReadonlyMap<string, GroupState>;
  readonly actions: LandscapeActions;
  /** The state of a group, also one nobody has touched yet. */
  group(name: string): GroupState;
}

/**
 * The context key. `Symbol.for` so that two copies of the library on one page
 * (two CMS blocks, or the npm build next to the CDN file) find the same provider.
 */
export const landscapeContext = createContext<LandscapeSnapshot>(Symbol.for('scholingsfactoren.landscape'));
