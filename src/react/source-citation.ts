'use client';
import * as React from 'react';
import {createComponent} from '@lit/react';
import {SourceCitation as SourceCitationElement} from '../elements/source-citation/source-citation.js';
import {groupEvents} from './events.js';

/** `<source-citation>` as a React component: props are set as the element's properties, also after hydration. */
export const SourceCitation = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'source-citation',
  elementClass: SourceCitationElement,
  events: groupEvents,
  displayName: 'SourceCitation',
});
