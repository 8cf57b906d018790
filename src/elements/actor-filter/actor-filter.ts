import {ActorFilter} from './actor-filter.component.js';
import {defineElement} from '../define.js';

export {ActorFilter};
// Its events' types, and with them their names in HTMLElementEventMap (for addEventListener, Angular's $event).
export type {FactorErrorEvent, FactorFilterChangeEvent} from '../../state/events.js';
defineElement('actor-filter', ActorFilter);

declare global {
  interface HTMLElementTagNameMap {
    'actor-filter': ActorFilter;
  }
}
