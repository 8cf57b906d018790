'use client';
import * as React from 'react';
import {createComponent} from '@lit/react';
import {FactorLandscape as FactorLandscapeElement} from '../elements/factor-landscape/factor-landscape.js';

/** `<factor-landscape>` as a React component: the elements inside it (its children) get groups of their own. */
export const FactorLandscape = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'factor-landscape',
  elementClass: FactorLandscapeElement,
  displayName: 'FactorLandscape',
});
