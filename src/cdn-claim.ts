// The first lines of the CDN bundle, `dist/cdn/scholingsfactoren.js`. The rest of the bundle (Lit, the
// elements, the dataset) runs only if `firstCopy` is true: scripts/rollup-claim-first.js puts these
// lines in front of it and wraps it in `if (firstCopy) { … }`. This module imports only the version,
// which imports nothing: they run on their own, before any of the bundle's code.
//
// Two CMS blocks may each paste the script line, from two addresses (a versioned URL, another host).
// Each address is a module graph of its own, so a second copy would evaluate a second Lit, and on a page
// whose Trusted Types policy allows one `lit-html` policy, Lit's policy creation throws. So the first
// copy to run claims the page, synchronously; a later copy runs nothing (and says so if its version
// differs), and the first copy's elements serve every block. The same address twice is one module.
//
// The elements' chunks import Lit and the rest from this file by its plain address. A script line with
// a cache-buster (`?v=2`) is a module of its own address, so it does not claim the page: it loads the
// plain address, which does, and whose code the chunks then share.

import {VERSION, VERSION_KEY} from './version.js';

/** The page's claim: the version of the copy that serves it, and that copy's `observe`. */
export const CLAIM = Symbol.for('scholingsfactoren.cdn');

export interface Claim {
  readonly version: string;
  observe?: (root: Document | ShadowRoot) => void;
}
export type ClaimedPage = typeof globalThis & {[CLAIM]?: Claim};

const page = globalThis as ClaimedPage;

function claimPage(): boolean {
  // No page (Node, a server render, a bundler's prerender): nothing to register, and Lit's browser
  // build in this bundle needs a DOM. So importing the bundle there does nothing and throws nothing.
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return false;
  const address = new URL(import.meta.url);
  if (address.search || address.hash) {
    void import(address.origin + address.pathname);
    return false;
  }
  const present = page[CLAIM]?.version ?? (customElements.get('factor-table') as {[VERSION_KEY]?: string} | undefined)?.[VERSION_KEY];
  if (present === undefined) {
    page[CLAIM] = {version: VERSION};
    return true;
  }
  if (present !== VERSION) {
    console.warn(`scholingsfactoren: versie ${present} is al op deze pagina geladen; deze kopie (versie ${VERSION}) laadt niets.`);
  }
  return false;
}

/** Whether this copy claimed the page: the only place the rest of the bundle asks. */
export const firstCopy = claimPage();

/**
 * Also loads the elements that are in `root`, the shadow root of a component of the page, and those
 * added to it later: the page itself is searched from the start, a shadow root only when passed here.
 * Works from whichever copy it is imported: the copy that serves the page does the work.
 *   import {observe} from '…/scholingsfactoren.js'; observe(this.shadowRoot);
 */
export function observe(root: Document | ShadowRoot): void {
  page[CLAIM]?.observe?.(root);
}
