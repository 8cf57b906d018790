import {css} from 'lit';
import {sharedStyles} from '../shared.styles.js';
import {columnLabelStyles} from './column-labels.js';
import {columnWidths} from './column-widths.js';

export const factorTableStyles = [sharedStyles, css`
  :host {
    container-type: inline-size;
    --_stimulerend: var(--sf-stimulerend, #1e6b35);
    --_inhiberend: var(--sf-inhiberend, #a3261d);
  }
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: end; margin-block-end: 0.75em; }
  .search { display: flex; flex-direction: column; gap: 0.25em; flex: 1 1 16em; min-width: 0; }
  .search label { font-weight: 600; }
  .search input, select {
    min-height: 2.75em;
    padding: 0.375em 0.625em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_background);
    width: 100%;
  }
  .summary { display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: center; }
  .statement { margin: 0; font-weight: 600; }
  .chips { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; flex-basis: 100%; }
  .chips ul { display: contents; list-style: none; }
  .chips li { display: block; }
  .chip { border-radius: 999px; background: var(--_subtle); color: var(--_color); border-color: var(--_border); }
  .chip-x { margin-inline-start: 0.5em; font-weight: 700; }
  .clear { border-style: dashed; }
  /* The skip link and its target show only when they have the focus. */
  .skip:not(:focus), .table-end:not(:focus) { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .skip { display: inline-block; margin-block-end: 0.5em; color: var(--_accent); }
  .table-end { margin: 0.5em 0 0; }
  .sort-select, .name { display: none; }
  .sort-select { align-items: center; flex-wrap: wrap; gap: 0.5em; font-weight: 600; flex: 1 1 16em; }
  /* A select is as wide as its longest option, and WebKit lets that stick out of a narrower select: on a
     320 px screen it goes below its label, where it fits. */
  .sort-select select { flex: 1 1 auto; max-width: 100%; }
  select { font-weight: 400; flex: 1; }

  .table-wrap { max-width: 100%; overflow-x: auto; }
  /* A fixed table layout: the browser takes the column widths (column-widths.ts) from the header row,
     instead of measuring the text of every cell twice (its narrowest and widest) before it lays out the
     rows. Long Dutch compounds break at a syllable where the browser knows Dutch hyphenation, and only
     where a word is longer than its column, between two letters.
     No content-visibility on the cells: Chromium 156 gives a skipped table cell no height of its own
     (contain-intrinsic-size is ignored there), so rows off screen shrink and what follows them moves. */
  @container (width > 48em) { ${columnWidths} }
  /* Below 69em, 10.5% (column-widths.ts) is too narrow for "Werknemer," (or "Environment,") on one line (a CMS text column, the builder's
     preview): the Wie column takes what it needs from the factor and source columns, so the "how" column
     keeps its width. Not max(): in a fixed table layout a width that calculates with a percentage counts
     as no width at all. */
  @container (48em < width < 69em) {
    thead .col-actor { width: 7.25em; }
    .ui-en thead .col-actor { width: 7.75em; }
    thead .col-factor { width: 20%; }
    thead .col-source { width: 16%; }
  }
  .col-factor, .col-how, .col-source { hyphens: auto; }
  table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 1em; background: var(--_background); }
  caption { text-align: start; font-size: 1.125em; font-weight: 700; padding-block-end: 0.5em; caption-side: top; }
  th, td {
    padding: 0.5em;
    vertical-align: top;
    text-align: start;
    border-block-end: 1px solid var(--_border);
    font-size: 1em;
    /* break-word, not anywhere: long words may wrap, but columns are not squeezed to one letter. */
    overflow-wrap: break-word;
    hyphens: manual;
  }
  /* A column name stays on one line, its arrow goes to the next when the fixed column is too narrow. */
  thead th { border-block-end: 2px solid var(--_color); padding: 0; }
  tbody th { font-weight: 600; }
  .sort {
    display: flex; flex-wrap: wrap; gap: 0 0.375em; align-items: center; width: 100%; white-space: nowrap;
    border: 0; border-radius: 0; background: transparent; color: var(--_color); font-weight: 700; text-align: start;
    padding: 0.5em;
  }
  .sort:hover { background: var(--_subtle); }
  th[aria-sort] .sort { color: var(--_accent); }
  /* Inside the scrolling wrapper an outer ring would be cut off at the table's edges. */
  .sort:focus-visible { outline-offset: -3px; }
  .arrow { font-size: 0.75em; }
  .col-evidence { text-align: end; white-space: nowrap; }
  /* A bar, not a <meter>: a meter brings a shadow tree of its own to every row, which makes typing in the
     search of a large table slow. Its fill is a gradient stop set by one of five classes: no inline styles
     (strict CSP). */
  .evidence-bar {
    display: block; width: 3em; height: 0.5em; margin-inline-start: auto;
    background: linear-gradient(to right, var(--_accent) var(--_level), var(--_subtle) var(--_level));
  }
  .level-1 { --_level: 20%; } .level-2 { --_level: 40%; } .level-3 { --_level: 60%; } .level-4 { --_level: 80%; } .level-5 { --_level: 100%; }
  /* The columns are fixed: should a reader's own letter spacing make a word wider than its column, it
     breaks rather than running into the next column. */
  .badge {
    display: inline-block; padding: 0 0.5em; border-radius: 999px; font-size: 0.875em; font-weight: 600;
    color: #ffffff; overflow-wrap: anywhere;
  }
  /* A row the filter leaves out, also in the card layout and against a page's ::part(row) display. */
  tr[hidden] { display: none !important; }
  .kind-stimulerend .badge { background: var(--_stimulerend); }
  .kind-inhiberend .badge { background: var(--_inhiberend); }
  .source { min-height: 2em; padding: 0 0.375em; margin: 0 0.25em 0.25em 0; text-align: start; border-color: transparent; text-decoration: underline; overflow-wrap: anywhere; }
  .empty { padding: 1em; border: 1px dashed var(--_border); margin-block-start: 0.5em; }
  .empty p { margin: 0 0 0.5em; }
  .more { margin-block-start: 0.75em; }
  .more-sentinel { height: 1px; }

  /* Narrow containers: each row becomes a card. The ARIA roles in the markup keep the table for screen readers.
     The same 48em is in column-labels.ts: a query cannot take a variable. */
  @container (max-width: 48em) {
    table, thead, tbody, tr, th, td, caption { display: block; }
    /* One select sorts instead of six header buttons; the header row stays for screen readers. */
    .sort-select { display: flex; }
    thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
    thead .sort { display: none; }
    .name { display: inline; }
    tbody tr { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5em 0.75em; margin-block: 0.75em; }
    tbody th, tbody td { border: 0; padding: 0.25em 0; overflow-wrap: anywhere; }
    /* The column names themselves are in column-labels.ts. */
    tbody td::before, tbody th::before { display: block; font-size: 0.875em; font-weight: 600; color: var(--_muted); }
    .col-evidence { text-align: start; }
    .evidence-bar { margin-inline-start: 0; }
  }

  @media (forced-colors: active) {
    .badge { border: 1px solid CanvasText; forced-color-adjust: auto; }
    .evidence-bar { border: 1px solid CanvasText; forced-color-adjust: none; background: linear-gradient(to right, CanvasText var(--_level), Canvas var(--_level)); }
    th[aria-sort] .sort { text-decoration: underline; }
  }
  /* Paper (A4 portrait, also "save as PDF") always gets the table, not the cards, whatever width the page
     gives the element: it is no container there. Its columns come from their content: none is narrower
     than its longest word, so no word breaks while the page has room for them all. The short columns take
     just that (1%), the factor a quarter, the source a seventh, and how it works the rest. Where the
     browser knows the language's hyphenation (the table's lang) a long word may break at a syllable. The
     header comes back on every page; only a row taller than a third of a page (.tall) breaks across
     two. Nothing to press or type is printed, and no meaning rests on colour: the kind is a word, the
     studies a number. */
  @media print {
    :host { container-type: normal; }
    .toolbar button, .search, .chips, .more, .sort .arrow, dialog, .evidence-bar { display: none !important; }
    .table-wrap { overflow: visible; }
    table { table-layout: auto; font-size: 0.75em; line-height: 1.3; }
    thead .col-kind, thead .col-actor, thead .col-evidence { width: 1%; }
    thead .col-factor { width: 25%; }
    thead .col-source { width: 14%; }
    th, td, thead th { padding: 0.375em 0.3em; }
    /* Chromium repeats no header that holds a button. */
    .sort { display: contents; }
    .col-kind .badge { padding: 0; color: inherit; background: none; font-size: 1em; font-weight: 400; }
    .source { display: block; min-height: 0; padding: 0; margin: 0; border: 0; color: inherit; text-decoration: none; }
    .badge, .source { overflow-wrap: break-word; }
    /* Hyphenation only for a long compound, never a name. */
    .col-factor, .col-how { hyphenate-limit-chars: 12 5 5; }
    .col-source { hyphens: manual; }
    tr:not(.tall) { break-inside: avoid; }
  }
`, columnLabelStyles];
