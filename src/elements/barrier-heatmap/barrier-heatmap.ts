import {BarrierHeatmap} from './barrier-heatmap.component.js';
import {defineElement} from '../define.js';

export {BarrierHeatmap};
// Its events' types, and with them their names in HTMLElementEventMap (for addEventListener, Angular's $event).
export type {FactorErrorEvent, FactorFilterChangeEvent} from '../../state/events.js';
defineElement('barrier-heatmap', BarrierHeatmap);

declare global {
  interface HTMLElementTagNameMap {
    'barrier-heatmap': BarrierHeatmap;
  }
}
