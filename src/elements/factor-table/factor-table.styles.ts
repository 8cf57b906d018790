import {css} from 'lit';
import {sharedStyles} from '../shared.styles.js';
import {columnLabelStyles} from './column-labels.js';

export const factorTableStyles = [sharedStyles, css`
  :host {
    container-type: inline-size;
    --_stimulerend: var(--sf-stimulerend, #1e6b35);
    --_inhiberend: var(--sf-inhiberend, #a3261d);
  }
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: end; margin-block-end: 0.75em; }
  .search { display: flex; flex-direction: column; gap: 0.25em; flex: 1 1 16em; min-width: 0; }
  .search label { font-weight: 600; }
  .search input {
    min-height: 2.75em;
    padding: 0.375em 0.625em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_background);
    width: 100%;
  }
  .summary { display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: center; }
  .count { margin: 0; font-weight: 600; }
  .chips { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; flex-basis: 100%; }
  .chips ul { display: contents; list-style: none; }
  .chips li { display: block; }
  .chip { border-radius: 999px; background: var(--_subtle); color: var(--_color); border-color: var(--_border); }
  .chip-x { margin-inline-start: 0.5em; font-weight: 700; }
  .clear { border-style: dashed; }

  /* Long Dutch compounds may break anywhere in the text columns, so the table fits between the card
     layout and wide screens; should it still not fit, it scrolls instead of being cut off. Where the
     browser knows Dutch hyphenation, a compound breaks at a syllable, with a hyphen. */
  .table-wrap { max-width: 100%; overflow-x: auto; }
  .col-factor, .col-how, .col-source { overflow-wrap: anywhere; hyphens: auto; }
  /* Breaking anywhere makes a column's smallest width one letter, and the table hands out its room by
     each column's longest line: the "how" sentences took nearly all of it, and factor names such as
     "leeropbrengsten" broke mid-word even at 1300 px. A floor in container units keeps the factor and
     source columns wide enough for most words. Not below 48em: there the how column needs every pixel. */
  @container (min-width: 48em) {
    .col-factor { min-width: 18cqi; }
    .col-source { min-width: 12cqi; }
  }
  table { width: 100%; border-collapse: collapse; table-layout: auto; font-size: 1em; background: var(--_background); margin: 0; border: 0; }
  caption { text-align: start; font-size: 1.125em; font-weight: 700; padding-block-end: 0.5em; caption-side: top; }
  th, td {
    padding: 0.5em;
    vertical-align: top;
    text-align: start;
    border: 0;
    border-block-end: 1px solid var(--_border);
    font-size: 1em;
    /* break-word, not anywhere: long words may wrap, but columns are not squeezed to one letter. */
    overflow-wrap: break-word;
    hyphens: manual;
  }
  thead th { border-block-end: 2px solid var(--_color); padding: 0; white-space: nowrap; }
  tbody th { font-weight: 600; }
  .sort {
    display: flex; gap: 0.375em; align-items: center; width: 100%;
    border: 0; border-radius: 0; background: transparent; color: var(--_color); font-weight: 700; text-align: start;
    padding: 0.5em;
  }
  .sort:hover { background: var(--_subtle); }
  th[aria-sort] .sort { color: var(--_accent); }
  /* Inside the scrolling wrapper an outer ring would be cut off at the table's edges. */
  .sort:focus-visible { outline-offset: -3px; }
  .arrow { font-size: 0.75em; }
  .col-evidence { text-align: end; white-space: nowrap; }
  /* A bar of spans, not a <meter>: a meter brings a shadow tree of its own to every row, which makes
     typing in the search of a large table slow. Five levels, as classes: no inline styles (strict CSP). */
  .evidence-bar { display: block; width: 3em; height: 0.5em; margin-inline-start: auto; background: var(--_subtle); }
  .evidence-fill { display: block; height: 100%; background: var(--_accent); }
  .level-1 { width: 20%; } .level-2 { width: 40%; } .level-3 { width: 60%; } .level-4 { width: 80%; } .level-5 { width: 100%; }
  .badge {
    display: inline-block; padding: 0 0.5em; border-radius: 999px; font-size: 0.875em; font-weight: 600;
    color: #ffffff; white-space: nowrap;
  }
  .kind-stimulerend .badge { background: var(--_stimulerend); }
  .kind-inhiberend .badge { background: var(--_inhiberend); }
  ul.sources { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25em; }
  .source { min-height: 2em; padding: 0 0.375em; text-align: start; border-color: transparent; text-decoration: underline; }
  .empty { padding: 1em; border: 1px dashed var(--_border); margin-block-start: 0.5em; }
  .empty p { margin: 0 0 0.5em; }
  .more { margin-block-start: 0.75em; }
  .more-sentinel { height: 1px; }

  /* Narrow containers: each row becomes a card. The ARIA roles in the markup keep the table for screen readers.
     The same 40em is in column-labels.ts: a query cannot take a variable. */
  @container (max-width: 40em) {
    table, thead, tbody, tr, th, td, caption { display: block; }
    thead tr { display: flex; flex-wrap: wrap; gap: 0.25em; border: 0; }
    thead th { border: 1px solid var(--_border); border-radius: var(--_radius); }
    tbody tr { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5em 0.75em; margin-block: 0.75em; }
    tbody th, tbody td { border: 0; padding: 0.25em 0; overflow-wrap: anywhere; }
    /* The column names themselves are in column-labels.ts. */
    tbody td::before, tbody th::before { display: block; font-size: 0.875em; font-weight: 600; color: var(--_muted); }
    .col-evidence { text-align: start; }
    .evidence-bar { margin-inline-start: 0; }
  }

  @media (forced-colors: active) {
    .badge { border: 1px solid CanvasText; forced-color-adjust: auto; }
    .evidence-bar { border: 1px solid CanvasText; }
    .evidence-fill { background: CanvasText; forced-color-adjust: none; }
    th[aria-sort] .sort { text-decoration: underline; }
  }
  @media print {
    .toolbar button, .search, .more, .sort .arrow, dialog, .evidence-bar { display: none !important; }
    .sort { padding: 0; }
    tr { break-inside: avoid; }
  }
`, columnLabelStyles];
