// The CDN entry, `dist/cdn/scholingsfactoren.js`: the file an editor's script line names.
// It only imports the code of the elements (src/cdn-elements.ts), which rollup builds as a chunk of
// its own. CMSes often add a cache-buster (`scholingsfactoren.js?v=3`); the lazy chunks import their
// shared code by a plain relative URL, and if that were this file, the browser would run it a second
// time (with a second Lit, which a Trusted Types policy allowing one `lit-html` policy refuses).
import './cdn-elements.js';
