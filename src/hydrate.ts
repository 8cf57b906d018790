// `scholingsfactoren/hydrate`: `import 'scholingsfactoren'` for pages whose elements the server rendered
// (`scholingsfactoren/ssr`). Lit's hydration support comes first, before Lit defines its element class:
// then each element takes over its server markup as it is (no row made anew, nothing moves) instead of
// rendering it again. Elements that the server did not render behave as with `import 'scholingsfactoren'`.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './index.js';
