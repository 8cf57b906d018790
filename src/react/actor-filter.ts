'use client';
import * as React from 'react';
import {createComponent} from '@lit/react';
import {ActorFilter as ActorFilterElement} from '../elements/actor-filter/actor-filter.js';
import {groupEvents} from './events.js';

/** `<actor-filter>` as a React component: props are set as the element's properties, also after hydration. */
export const ActorFilter = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'actor-filter',
  elementClass: ActorFilterElement,
  events: groupEvents,
  displayName: 'ActorFilter',
});
