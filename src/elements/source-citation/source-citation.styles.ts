import {css} from 'lit';
import {sharedStyles} from '../shared.styles.js';

export const sourceCitationStyles = [sharedStyles, css`
  .card, .bibliography { max-width: 48em; }
  .card.full {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1em 1.25em;
  }
  /* Colour, font and letter case come from :host: a page's own heading styles do not reach in here. */
  .heading, .publication-heading, .findings-heading, .factors-heading, .kind-heading {
    margin: 0 0 0.5em;
    line-height: 1.25;
    font-weight: 700;
  }
  .heading { font-size: 1.375em; }
  .publication-heading { font-size: 1.125em; }
  .findings-heading, .factors-heading { font-size: 1.0625em; margin-block-start: 1em; }
  .kind-heading { font-size: 1em; font-weight: 600; }
  p { margin: 0 0 0.75em; }
  .note {
    padding: 0.5em 0.75em;
    background: var(--_subtle);
    border-inline-start: 0.25em solid var(--_accent);
  }
  .publication + .publication {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 1em;
    margin-block-start: 1em;
  }
  /* APA's hanging indent: the first line out, the rest in. */
  .reference, .entry { padding-inline-start: 2em; text-indent: -2em; overflow-wrap: anywhere; }
  .reference { margin-block-end: 0.5em; }
  a { color: var(--_accent); }
  .findings { margin: 0 0 0.75em; padding-inline-start: 1.25em; }
  .findings li + li { margin-block-start: 0.375em; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; margin-block-end: 0.75em; }
  .copy-status, .filter-status { color: var(--_muted); font-size: 0.875em; }
  /* Empty, out of the flow but not display: none: a live region must be in the accessibility tree before
     its words change, or a screen reader does not say them (Orca said nothing of "Gekopieerd"). */
  .copy-status:empty, .filter-status:empty { position: absolute; }
  .hint, .translation { color: var(--_muted); font-size: 0.9375em; }
  .uncited { color: var(--_muted); font-style: italic; }
  p.uncited { margin: 0.75em 0 0; }
  .factor-lists { display: grid; grid-template-columns: repeat(auto-fit, minmax(14em, 1fr)); gap: 0.75em 1.5em; }
  .factor-group { border-inline-start: 0.25em solid var(--_border); padding-inline-start: 0.75em; }
  .factor-group.kind-stimulerend { border-inline-start-color: var(--sf-stimulerend, #1e6b35); }
  .factor-group.kind-inhiberend { border-inline-start-color: var(--sf-inhiberend, #a3261d); }
  .factor-list { margin: 0; padding-inline-start: 1.25em; }
  .factor + .factor { margin-block-start: 0.25em; }
  .show-factors { margin-block-start: 0.75em; }
  .how { color: var(--_muted); }

  .compact { font-size: 0.9375em; }
  .compact .summary { margin-block-end: 0.5em; }
  .compact .actions button { min-height: 2em; padding: 0.125em 0.5em; font-size: 0.875em; }
  details { margin-block-end: 0.5em; }
  summary { cursor: pointer; color: var(--_accent); font-weight: 600; min-height: 1.5em; }
  details[open] summary { margin-block-end: 0.375em; }
  .source-notes dl { margin: 0; }
  .source-notes dt { font-weight: 600; }
  .source-notes dd { margin: 0 0 0.5em; }

  .count { color: var(--_muted); }
  .entries { list-style: none; margin: 0; padding: 0; }
  .entry { margin-block-end: 0.5em; scroll-margin-block-start: 1em; }
  .entry:focus { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .entry:focus:not(:focus-visible) { outline: 2px solid var(--_accent); }

  /* The copy fallback's buffer: in the page, selectable, but neither seen nor read. */
  .clipboard-buffer {
    position: fixed; inset-block-start: 0; inset-inline-start: 0;
    width: 1px; height: 1px; padding: 0; border: 0; opacity: 0; pointer-events: none;
  }

  @media (forced-colors: active) {
    .card.full, .note, .factor-group { border-color: CanvasText; }
    a, summary { color: LinkText; }
  }
  @media print {
    .actions, .hint, .filter-status, .clipboard-buffer { display: none !important; }
    .card.full { border: 0; padding: 0; }
    details summary { color: inherit; }
    /* Print what the compact card folds away. */
    details::details-content { content-visibility: visible; display: block; }
    .publication, .entry, .factor-group { break-inside: avoid; }
    /* The page's width and a smaller size, as the printed table's references; a heading stays with what follows. */
    .card, .bibliography { max-width: none; font-size: 0.8125em; }
    .entry { margin-block-end: 0.25em; }
    .heading, .publication-heading, .findings-heading, .factors-heading, .kind-heading, .bibliography > .count { break-after: avoid; }
  }
`];
