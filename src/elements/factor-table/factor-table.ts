import {FactorTable} from './factor-table.component.js';
import {defineElement} from '../define.js';

export {FactorTable};
defineElement('factor-table', FactorTable);

declare global {
  interface HTMLElementTagNameMap {
    'factor-table': FactorTable;
  }
}
