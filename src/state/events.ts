import type {ValidationError} from '../data/index.js';
import type {FilterState} from './filter-state.js';

/** The `detail` of `factor-filter-change`: the group's new filter and order. */
export type FactorFilterChangeDetail = FilterState;

/** The `detail` of `factor-error`: why the dataset (or a `source`) could not be used, in Dutch. */
export interface FactorErrorDetail {
  readonly errors: readonly ValidationError[];
}

/** Fired (bubbling, composed) by an element whenever its group's filter or order changes; `detail` is the new state. */
export class FactorFilterChangeEvent extends CustomEvent<FactorFilterChangeDetail> {
  static readonly eventName = 'factor-filter-change';
  constructor(state: FilterState) {
    super(FactorFilterChangeEvent.eventName, {detail: state, bubbles: true, composed: true});
  }
}

/** Fired (bubbling, composed) when a dataset cannot be loaded or is invalid; `detail.errors` lists why, in Dutch. */
export class FactorErrorEvent extends CustomEvent<FactorErrorDetail> {
  static readonly eventName = 'factor-error';
  constructor(errors: readonly ValidationError[]) {
    super(FactorErrorEvent.eventName, {detail: {errors}, bubbles: true, composed: true});
  }
}

declare global {
  interface HTMLElementEventMap {
    'factor-filter-change': FactorFilterChangeEvent;
    'factor-error': FactorErrorEvent;
  }
}
