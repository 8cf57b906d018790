'use client';
import * as React from 'react';
import {createComponent} from '@lit/react';
import {FactorTable as FactorTableElement} from '../elements/factor-table/factor-table.js';
import {groupEvents} from './events.js';

/** `<factor-table>` as a React component: props are set as the element's properties, also after hydration. */
export const FactorTable = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'factor-table',
  elementClass: FactorTableElement,
  events: groupEvents,
  displayName: 'FactorTable',
});
