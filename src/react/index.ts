'use client';
/**
 * `scholingsfactoren/react`: each element as a React component, made with @lit/react.
 *
 * Why not `<factor-table data={…} onfactor-filter-change={…}>` straight in JSX: React 19 sets a custom
 * element's properties and adds its event listeners when it creates the element, but not when it
 * hydrates server-rendered HTML (react#35446). In Next.js and every other server-rendered React app,
 * `data` would never reach the table (it shows the bundled 83 factors, not yours) and the event prop
 * would never fire. These components set the properties and listeners themselves, after hydration too.
 *
 * Each component registers its element; one module per element, so an app that uses only the table
 * does not load the heatmap. `'use client'`: in Next.js's App Router they render in client components.
 */
export {FactorTable} from './factor-table.js';
export {ActorFilter} from './actor-filter.js';
export {SourceCitation} from './source-citation.js';
export {BarrierHeatmap} from './barrier-heatmap.js';
export {FactorLandscape} from './factor-landscape.js';
export type {FactorErrorDetail, FactorErrorEvent, FactorFilterChangeDetail, FactorFilterChangeEvent} from '../state/events.js';
export type {Dataset} from '../data/index.js';
