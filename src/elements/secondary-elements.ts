// Every element beside the table but the heatmap, as one module, so a build that splits makes them one
// chunk (docs/api.md: the heatmap's own code loads only with a heatmap, and no module of under 2 kB
// gets a lazy chunk of its own):
// - the citation card, with the dialog a table shows it in and the publications' texts;
// - the printout, whose reference template the card uses; the page asks for it at a reader's first
//   sign of life (print-controller.ts), so the card is ready before the reader opens a source;
// - the filter and the landscape, each small, which editors place with a table.
// One chunk weighs 1.4 kB less than three (gzip, the budget of every chunk together).
import './actor-filter/actor-filter.js';
import './factor-landscape/factor-landscape.js';
export {sourceDialog} from './source-citation/source-dialog.js';
export * as printout from './printout/printout.js';
