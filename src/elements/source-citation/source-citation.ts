import {SourceCitation} from './source-citation.component.js';
import {defineElement} from '../define.js';

export {SourceCitation};
// Its events' types, and with them their names in HTMLElementEventMap (for addEventListener, Angular's $event).
export type {FactorErrorEvent, FactorFilterChangeEvent} from '../../state/events.js';
defineElement('source-citation', SourceCitation);

declare global {
  interface HTMLElementTagNameMap {
    'source-citation': SourceCitation;
  }
}
