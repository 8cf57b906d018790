import type {Dataset, ValidationError} from '../data/index.js';
import type {FilterState} from './filter-state.js';

/** Where a group's dataset is: loading (from `src`, or being checked), ready, or refused with reasons. */
export type DatasetStatus =
  | {readonly status: 'loading'; readonly src?: string}
  | {readonly status: 'ready'; readonly dataset: Dataset}
  | {readonly status: 'error'; readonly errors: readonly ValidationError[]};

/** One group's shared state. Replaced, never mutated: a new object means something changed. */
export interface GroupState {
  readonly name: string;
  readonly data: DatasetStatus;
  readonly filter: FilterState;
}

/** The name of the page-wide group that elements without a `group` attribute join. */
export const DEFAULT_GROUP = '';
