// The library's elements, listed once: what registers them and in which order the documentation names them.

/** The tags of the library's elements, in the order the documentation lists them. */
export const ELEMENT_TAGS = ['factor-table', 'actor-filter', 'source-citation', 'barrier-heatmap', 'factor-landscape'] as const;

export type ElementTag = (typeof ELEMENT_TAGS)[number];

/**
 * Registers one element, each module a chunk of its own where a build splits them (the embed page loads
 * only the elements it shows).
 */
export const ELEMENT_LOADERS: Record<ElementTag, () => Promise<unknown>> = {
  'factor-table': () => import('./factor-table/factor-table.js'),
  'actor-filter': () => import('./actor-filter/actor-filter.js'),
  'source-citation': () => import('./source-citation/source-citation.js'),
  'barrier-heatmap': () => import('./barrier-heatmap/barrier-heatmap.js'),
  'factor-landscape': () => import('./factor-landscape/factor-landscape.js'),
};
