'use client';
import * as React from 'react';
import {createComponent} from '@lit/react';
import {BarrierHeatmap as BarrierHeatmapElement} from '../elements/barrier-heatmap/barrier-heatmap.js';
import {groupEvents} from './events.js';

/** `<barrier-heatmap>` as a React component: props are set as the element's properties, also after hydration. */
export const BarrierHeatmap = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'barrier-heatmap',
  elementClass: BarrierHeatmapElement,
  events: groupEvents,
  displayName: 'BarrierHeatmap',
});
