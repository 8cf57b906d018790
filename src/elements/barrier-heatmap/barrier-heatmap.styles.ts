import {css, unsafeCSS} from 'lit';
import {sharedStyles} from '../shared.styles.js';
import {STEP_FILLS, STEP_INKS} from './heatmap-geometry.js';

/**
 * The grid's number of columns, from its `data-columns`: a rule per count, so that the server's markup and
 * a page with a strict CSP (no style attributes) lay the grid out before any script. A dataset with more
 * publications than this gets its count from a stylesheet of the element (adoptColumnCount).
 */
const COLUMN_RULES_UP_TO = 40;
const columnRules = unsafeCSS(Array.from({length: COLUMN_RULES_UP_TO}, (_, i) => `.grid[data-columns='${i + 1}'] { --_columns: ${i + 1}; }`).join('\n'));
// A class per colour step (cells and legend swatches); each colour is a themeable custom property with d3's
// value as fallback. The values are our own hex colours, never data, so unsafeCSS is safe here.
const stepClasses = unsafeCSS(STEP_FILLS.map((fill, step) =>
  `.step-${step} { --_fill: var(--sf-heatmap-${step}, ${fill}); --_ink: var(--sf-heatmap-ink-${step}, ${STEP_INKS[step]}); }`).join('\n'));

export const barrierHeatmapStyles = [sharedStyles, css`
  :host {
    container-type: inline-size;
    --_cell: var(--sf-heatmap-cell-size, 2.75em);
  }
  ${stepClasses}
  ${columnRules}

  .title { margin: 0 0 0.25em; font-size: 1.125em; font-weight: 700; line-height: 1.5; color: var(--_color); font-family: var(--_font); letter-spacing: normal; text-transform: none; }
  .statement { margin: 0 0 0.5em; font-weight: 600; }
  .summary { margin: 0 0 0.75em; max-width: 65ch; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.5em; margin-block-end: 0.5em; }
  .toggle[aria-pressed='true'] { background: var(--_accent); color: var(--_accent-contrast); }
  .toggle[aria-pressed='true']::before { content: '✓ ' / ''; }
  .clear { border-style: dashed; }
  .hint { margin: 0 0 0.5em; font-size: 0.875em; color: var(--_muted); max-width: 65ch; }
  .empty { padding: 1em; border: 1px dashed var(--_border); }

  .layout { display: flex; flex-direction: column; gap: 0.75em; }
  .chart { min-width: 0; }
  @container (min-width: 48em) {
    .layout { display: grid; grid-template-columns: minmax(0, max-content) minmax(14em, 1fr); align-items: start; }
  }

  /* The grid scrolls sideways inside its own box; the row headers stay in view (scroll-padding keeps a focused cell out from under them). */
  .scroller {
    --_row-header: 8em;
    max-width: 100%;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-padding-inline-start: var(--_row-header);
  }
  :host([transposed]) .scroller { --_row-header: 11em; }
  @container (max-width: 30em) {
    :host([transposed]) .scroller { --_row-header: 9em; }
    :host([transposed]) .row-header { font-size: 0.875em; }
  }
  @media (prefers-reduced-motion: no-preference) {
    .scroller { scroll-behavior: smooth; }
  }

  /* A CSS grid with one subgrid per row, not a table: WebKit sizes a table's columns without the width of
     labels that run upwards, and labels of two or three lines then ran into each other. The number of
     columns comes from the element (--_columns, in its own small stylesheet). */
  .grid {
    display: grid;
    grid-template-columns: max-content repeat(var(--_columns, 1), minmax(var(--_cell), max-content));
    inline-size: max-content;
    margin-block-end: 0.25em;
  }
  .row { display: grid; grid-template-columns: subgrid; grid-column: 1 / -1; }
  .corner, .column-header, .row-header, .cell { display: flex; align-items: center; }
  .corner, .row-header {
    position: sticky;
    inset-inline-start: 0;
    z-index: 2;
    padding: 0.25em 0.5em 0.25em 0;
    background: var(--_background);
    border-inline-end: 2px solid var(--_color);
    white-space: nowrap;
  }
  /* Source labels as row headers: a fixed width, wrapped between words. */
  :host([transposed]) .corner, :host([transposed]) .row-header {
    width: var(--_row-header);
    white-space: normal;
    overflow-wrap: break-word;
    hyphens: auto;
    line-height: 1.25;
  }
  .row-header { font-weight: 600; }
  .corner { align-items: end; font-size: 0.875em; color: var(--_muted); }
  .column-header {
    align-items: end;
    justify-content: center;
    padding: 0.25em 0;
    border-block-end: 2px solid var(--_color);
    font-size: 0.875em;
    font-weight: 600;
  }
  /* Column labels run upwards, so a column stays as narrow as a cell; a long label wraps into more lines. */
  .column-label {
    writing-mode: vertical-rl;
    transform: rotate(180deg);
    max-inline-size: 12em;
    line-height: 1.2;
  }

  /* A step's fill, in a cell and in its legend swatch, also on paper. */
  .cell, .swatch {
    background-color: var(--_fill);
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .cell {
    position: relative;
    justify-content: center;
    min-height: var(--_cell);
    padding: 0 0.25em;
    border: 1px solid var(--_background);
    color: var(--_ink);
    text-align: center;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    cursor: pointer;
  }
  .cell:hover { outline: 2px solid var(--_color); outline-offset: -2px; }
  .cell:focus-visible { z-index: 1; outline: 3px solid var(--_focus); outline-offset: -3px; box-shadow: inset 0 0 0 5px var(--_background); }
  /* The chosen cell: a double frame in the text colour and an underlined count, so it never rests on colour alone. */
  .cell[aria-selected='true'] { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; font-weight: 800; }
  .cell[aria-selected='true']::after {
    content: '';
    position: absolute;
    inset: 4px;
    border: 4px double currentColor;
    pointer-events: none;
  }

  .details {
    overflow-wrap: break-word;
    min-height: 5em;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .details p { margin: 0 0 0.25em; }
  .details-hint { color: var(--_muted); }
  .details-chosen { font-style: italic; }
  .details-list { margin: 0.25em 0 0; padding-inline-start: 1.25em; }
  .details-list li { margin-block: 0.125em; }
  .how { color: var(--_muted); }

  .legend { margin-block-start: 0.75em; }
  .legend-title { margin: 0 0 0.25em; font-size: 0.875em; font-weight: 600; }
  .legend-steps { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25em 0.75em; }
  .legend-step { display: flex; align-items: center; gap: 0.375em; font-size: 0.875em; font-variant-numeric: tabular-nums; }
  .swatch {
    display: inline-block;
    width: 1.5em;
    height: 1em;
    border: 1px solid var(--_border);
  }

  table.numbers { border-collapse: collapse; background: var(--_background); }
  caption { caption-side: top; text-align: start; font-weight: 700; padding-block-end: 0.5em; }
  .numbers th, .numbers td { border: 1px solid var(--_border); padding: 0.25em 0.5em; font-size: 1em; }
  .numbers thead th { vertical-align: bottom; text-align: start; font-size: 0.875em; min-width: 4em; }
  .numbers tbody th { position: sticky; inset-inline-start: 0; background: var(--_background); text-align: start; font-weight: 600; }
  .numbers td { text-align: end; font-variant-numeric: tabular-nums; }

  @media (forced-colors: active) {
    .cell { border-color: CanvasText; }
    .cell:focus-visible { outline-color: Highlight; box-shadow: none; }
    .cell[aria-selected='true']::after { border-color: Highlight; }
    .swatch { forced-color-adjust: none; border-color: CanvasText; }
    .toggle[aria-pressed='true'] { border-width: 3px; }
  }
  /* On paper the counts are a table of numbers (.print-table, once the printout has come): no colour is
     needed to read them, and nothing to press is printed. */
  @media print {
    .toolbar, .hint, .details { display: none !important; }
    .print-table ~ .layout, .print-table ~ .scroller { display: none; }
    .print-table .numbers { width: 100%; }
    .print-table td { width: 7em; }
    .numbers th, .numbers td { break-inside: avoid; }
    .scroller { overflow: visible; }
    .corner, .row-header, .numbers tbody th { position: static; }
    .cell:focus-visible { outline: none; box-shadow: none; }
  }
`];

/**
 * Gives a grid of more columns than the rules' count its count, in a stylesheet of the element's own (no
 * inline styles), made after an update in the browser: the server has no constructed stylesheets and needs
 * none up to the rules' count. Returns the sheet to pass again next time.
 */
export function adoptColumnCount(root: ShadowRoot, columns: number, sheet?: CSSStyleSheet): CSSStyleSheet | undefined {
  if (columns <= COLUMN_RULES_UP_TO && !sheet) return undefined;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(columns > COLUMN_RULES_UP_TO ? `.grid { --_columns: ${columns}; }` : '');
  return sheet;
}
