import type {EventName} from '@lit/react';
import type {FactorErrorEvent, FactorFilterChangeEvent} from '../state/events.js';

/** The React props of the events every element with a dataset fires, and the events they listen to. */
export const groupEvents = {
  /** The group's filter or order changed here; `event.detail` is the new state. */
  onFilterChange: 'factor-filter-change' as EventName<FactorFilterChangeEvent>,
  /** The dataset (from `src` or `data`) could not be used; `event.detail.errors` says why, in Dutch. */
  onFactorError: 'factor-error' as EventName<FactorErrorEvent>,
};
