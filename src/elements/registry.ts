/** The tags of the library's elements, in the order the documentation lists them. */
export const ELEMENT_TAGS = ['factor-table', 'actor-filter', 'source-citation', 'barrier-heatmap', 'factor-landscape'] as const;

export type ElementTag = (typeof ELEMENT_TAGS)[number];
