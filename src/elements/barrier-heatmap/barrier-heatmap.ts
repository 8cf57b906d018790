import {BarrierHeatmap} from './barrier-heatmap.component.js';
import {defineElement} from '../define.js';

export {BarrierHeatmap};
defineElement('barrier-heatmap', BarrierHeatmap);

declare global {
  interface HTMLElementTagNameMap {
    'barrier-heatmap': BarrierHeatmap;
  }
}
