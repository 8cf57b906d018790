import {css} from 'lit';

/**
 * The look of what a printout adds, in the printout's module. Every element hides `.print-only` on
 * screen itself (shared.styles.ts), so nothing of it shows before this arrives.
 */
export const printoutStyles = css`
  @media print {
    .print-only { display: block; }
    /* The whole sentence replaces the short line and the controls above the view. */
    .print-head ~ .toolbar, .print-head ~ .statement { display: none !important; }
    .print-head { margin-block-end: 0.75em; }
    .print-head p { margin: 0 0 0.25em; }
    .print-statement { font-weight: 700; }
    .print-origin { font-size: 0.875em; overflow-wrap: anywhere; }
    .print-references { margin-block-start: 1em; font-size: 0.8125em; }
    .print-references-heading { font-weight: 700; margin: 0 0 0.375em; break-after: avoid; }
    .print-references ul { list-style: none; margin: 0; padding: 0; }
    /* APA's hanging indent; only a URL longer than the line breaks inside. */
    .print-references li { padding-inline-start: 2em; text-indent: -2em; margin-block-end: 0.25em; break-inside: avoid; overflow-wrap: anywhere; }
  }
`;
