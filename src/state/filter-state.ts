import {DOCUMENT_ORDER, NO_FILTER, type FactorFilter, type SortOrder} from '../data/index.js';

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
