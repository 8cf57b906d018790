// The page's only script: the elements with Lit's hydration support, which take over the server's
// markup as it is (no row made anew). A module script runs after the HTML is parsed, so the reader
// already sees the rows.
import 'scholingsfactoren/hydrate';
