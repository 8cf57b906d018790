import {createContext} from '@lit/context';
import type {GroupState} from './group-state.js';
import type {FilterState} from './filter-state.js';

/** The actions an element may take on its group; every one yields a new state, never a mutation. */
export interface LandscapeActions {
  /** Merges a change into the group's filter; `origin` fires `factor-filter-change`. */
  updateFilter(group: string, change: Partial<FilterState>, origin?: Element): void;
  /** Loads a dataset for the group from a URL; `origin` fires `factor-error` if that fails. */
  loadSrc(group: string, src: string, origin?: Element): void;
  /** Uses a dataset object for the group after validating it. */
  setData(group: string, data: unknown, origin?: Element): void;
  /** Keeps the group's filter in the page URL from now on, after restoring it from there. */
  syncUrl(group: string, origin?: Element): void;
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
