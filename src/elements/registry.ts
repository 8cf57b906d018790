// The library's elements, each once. Whatever lists the elements reads this module or is checked against
// it: the CDN build and the embed page (which chunk brings an element), the embed page's `show` values and
// the builder (their order and labels), the CMS settings, server rendering, the tests' sweeps; and, by
// test/node/registry.test.js, what cannot import it: package.json's exports and sideEffects, src/index.ts,
// scholingsfactoren/react, the stories and the WordPress plugin.
//
// Adding an element: its folder under elements/ (<tag>.component.ts, <tag>.styles.ts, <tag>.ts), an entry
// in ELEMENTS and in LAZY_ELEMENT_LOADERS; the type checker and that test then name every other place.

/** What the library needs to know about one of its elements. */
export interface ElementInfo {
  /** Its class, as `scholingsfactoren` and `scholingsfactoren/react` export it. */
  readonly className: string;
  /**
   * Whether an embed page can show it (a value of `show`) and the builder offer it: `listed` is its place
   * in the builder's list, `placed` its place on the page (filters and overview above the table).
   */
  readonly embed?: {readonly listed: number; readonly placed: number};
}

/** Every element, in the order the documentation names them. */
export const ELEMENTS = {
  'factor-table': {className: 'FactorTable', embed: {listed: 1, placed: 3}},
  'actor-filter': {className: 'ActorFilter', embed: {listed: 2, placed: 1}},
  'source-citation': {className: 'SourceCitation', embed: {listed: 4, placed: 4}},
  'barrier-heatmap': {className: 'BarrierHeatmap', embed: {listed: 3, placed: 2}},
  'factor-landscape': {className: 'FactorLandscape'},
} as const satisfies Record<string, ElementInfo>;

export type ElementTag = keyof typeof ELEMENTS;

/** The tags, in the order of {@link ELEMENTS}. */
export const ELEMENT_TAGS = /* @__PURE__ */ Object.keys(ELEMENTS) as ElementTag[];

/** The elements an embed page can show. */
export type EmbedElement = {[T in ElementTag]: (typeof ELEMENTS)[T] extends {embed: object} ? T : never}[ElementTag];

const isEmbedElement = (tag: ElementTag): tag is EmbedElement => 'embed' in ELEMENTS[tag];
const embedElementsBy = (place: 'listed' | 'placed'): readonly EmbedElement[] =>
  ELEMENT_TAGS.filter(isEmbedElement).sort((a, b) => ELEMENTS[a].embed[place] - ELEMENTS[b].embed[place]);

/** The elements an embed page can show (the values of `show`), in the order the builder lists them. */
export const EMBED_ELEMENTS = /* @__PURE__ */ embedElementsBy('listed');
/** The same, in the order they stand on an embed page: filters and overview above the table, the sources below it. */
export const EMBED_PAGE_ORDER = /* @__PURE__ */ embedElementsBy('placed');

type Loader = () => Promise<unknown>;

/** Loads the card, the printout, the filter and the landscape, which come together (secondary-elements.ts). */
const secondaryElements = () => import('./secondary-elements.js');

/**
 * What registers each element but the table, which the CDN bundle has in its entry (src/cdn.ts) and
 * loads these when their tag appears. A build that splits makes each module here a chunk: elements that
 * name the same module come in one chunk.
 */
export const LAZY_ELEMENT_LOADERS: Record<Exclude<ElementTag, 'factor-table'>, Loader> = {
  'actor-filter': secondaryElements,
  'source-citation': secondaryElements,
  'barrier-heatmap': () => import('./barrier-heatmap/barrier-heatmap.js'),
  'factor-landscape': secondaryElements,
};

/** What registers each element, for a page that loads only the elements it shows (the embed page). */
export const ELEMENT_LOADERS: Record<ElementTag, Loader> = {
  'factor-table': () => import('./factor-table/factor-table.js'),
  ...LAZY_ELEMENT_LOADERS,
};
