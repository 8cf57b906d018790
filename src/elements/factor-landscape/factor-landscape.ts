import {FactorLandscape} from './factor-landscape.component.js';
import {defineElement} from '../define.js';

export {FactorLandscape};
defineElement('factor-landscape', FactorLandscape);

declare global {
  interface HTMLElementTagNameMap {
    'factor-landscape': FactorLandscape;
  }
}
