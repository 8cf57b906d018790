// The version two copies of the library on one page compare (src/cdn-claim.ts, elements/define.ts).
// Imports nothing: the CDN bundle runs it before anything else, with the claim (scripts/rollup-claim-first.js).

/** This build's version: package.json's, which `npm run build` writes here (scripts/build.js). */
export const VERSION = '0.1.0';

/** Where defineElement marks the classes it registers with their version, also those of another copy. */
export const VERSION_KEY = Symbol.for('scholingsfactoren.version');
