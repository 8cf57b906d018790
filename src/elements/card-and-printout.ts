// The citation card (its element, the dialog a table shows it in, the publications' texts) and the
// printout, as one module, so a build that splits makes them one chunk. The card takes its reference
// template from the printout, so it always brings the printout; and the page asks for the printout at
// a reader's first sign of life (print-controller.ts), which now brings the card, ready before the
// reader opens a source. Two chunks weighed 0.56 kB more than this one (gzip, docs/api.md's budget).
export {SourceDialogController} from './source-citation/source-dialog.js';
export * as printout from './printout/printout.js';
