// The CDN entry, `dist/cdn/scholingsfactoren.js`: the file an editor's script line names. It imports
// nothing statically, and loads the elements' chunk only if no copy of the library is on the page yet.
//
// Two CMS blocks may each paste the script line, from two addresses (a versioned URL, another host).
// Each address is a module graph of its own, so a second copy would evaluate a second Lit, and on a page
// whose Trusted Types policy allows one `lit-html` policy, Lit's policy creation throws. So the first
// copy to run claims the page, synchronously, before either has loaded its chunk; a later copy loads
// nothing (and says so if its version differs), and the first copy's elements serve every block.
// The same address twice, or with a cache-buster (`?v=2`), is one module graph for the chunk anyway.

/** This build's version; test/node/package.test.js checks it against package.json. */
const VERSION = '0.1.0';
/** Where defineElement (src/elements/define.ts) marks the classes it registers, also those of the npm build. */
const VERSION_KEY = Symbol.for('scholingsfactoren.version');
const CLAIM = Symbol.for('scholingsfactoren.cdn');

type Elements = typeof import('./cdn-elements.js');
interface Claim {
  readonly version: string;
  readonly elements: Promise<Elements | undefined>;
}
type Page = typeof globalThis & {[CLAIM]?: Claim};

const page = globalThis as Page;
const present = page[CLAIM]?.version ?? (customElements.get('factor-table') as {[VERSION_KEY]?: string} | undefined)?.[VERSION_KEY];

if (present === undefined) {
  page[CLAIM] = {
    version: VERSION,
    elements: import('./cdn-elements.js').catch((error: unknown) => {
      console.error('scholingsfactoren: de elementen konden niet worden geladen', error);
      return undefined;
    }),
  };
} else if (present !== VERSION) {
  console.warn(`scholingsfactoren: versie ${present} is al op deze pagina geladen; deze kopie (versie ${VERSION}) laadt niets.`);
}

/**
 * Also loads the elements that are in `root`, the shadow root of a component of the page, and those
 * added to it later: the page itself is searched from the start, a shadow root only when passed here.
 *   import {observe} from '…/scholingsfactoren.js'; observe(this.shadowRoot);
 */
export async function observe(root: Document | ShadowRoot): Promise<void> {
  (await page[CLAIM]?.elements)?.observe(root);
}
