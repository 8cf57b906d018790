import {ActorFilter} from './actor-filter.component.js';
import {defineElement} from '../define.js';

export {ActorFilter};
defineElement('actor-filter', ActorFilter);

declare global {
  interface HTMLElementTagNameMap {
    'actor-filter': ActorFilter;
  }
}
