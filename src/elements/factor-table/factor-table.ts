import {FactorTable} from './factor-table.component.js';
import {defineElement} from '../define.js';

export {FactorTable};
// Its events' types, and with them their names in HTMLElementEventMap (for addEventListener, Angular's $event).
export type {FactorErrorEvent, FactorFilterChangeEvent} from '../../state/events.js';
defineElement('factor-table', FactorTable);

declare global {
  interface HTMLElementTagNameMap {
    'factor-table': FactorTable;
  }
}
