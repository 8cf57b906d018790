import {css} from 'lit';

/**
 * What every element shares: its own font and colours (a CMS page's global CSS must not leak in
 * through inheritance), NL Design System fallbacks, visible focus, and the hidden-but-spoken text.
 */
export const sharedStyles = css`
  :host {
    /* Our --sf-* properties first, then the NL Design System tokens a theme package sets (Utrecht's names,
       which most themes define), then its "basis" tokens, then our own default. Muted text and subtle
       backgrounds have no Utrecht token: without --sf-* or basis tokens they are mixed from the theme's own
       text and background, so a dark theme gets light muted text, not our grey. */
    --_font: var(--sf-font-family, var(--utrecht-document-font-family, var(--basis-text-font-family-default, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)));
    --_color: var(--sf-color, var(--utrecht-document-color, var(--basis-color-default-color-document, #1a1a1a)));
    --_background: var(--sf-background, var(--utrecht-document-background-color, var(--basis-color-default-bg-document, #ffffff)));
    --_accent: var(--sf-accent, var(--utrecht-link-color, #01689b));
    /* Text on the accent: the theme's page background, which its link colour is made to stand out from. */
    --_accent-contrast: var(--sf-accent-contrast, var(--utrecht-document-background-color, var(--basis-color-default-bg-document, #ffffff)));
    --_muted: var(--sf-muted, var(--basis-color-default-color-subtle, color-mix(in srgb, var(--_color) 72.5%, var(--_background))));
    --_border: var(--sf-border-color, var(--utrecht-table-row-border-block-end-color, var(--basis-color-default-border-subtle, #b3b3b3)));
    --_subtle: var(--sf-subtle-background, var(--basis-color-default-bg-subtle, color-mix(in srgb, var(--_color) 5.25%, var(--_background))));
    --_focus: var(--sf-focus-color, var(--utrecht-focus-outline-color, var(--basis-focus-outline-color, #000000)));
    /* The ring around the outline, so it shows on any background (a dark theme's black outline too). */
    --_focus-halo: var(--utrecht-focus-inverse-outline-color, var(--basis-focus-inverse-outline-color, var(--_background)));
    --_radius: var(--sf-radius, 0.25em);
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    /* The text around the element, but never below the root size: a theme that shrinks the root (Bootstrap 3's
       10px, the "62.5 %" trick) must not shrink us with it. Every length inside is in em of this size. */
    font-size: max(1rem, 1em);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    font-variant: normal;
    word-spacing: normal;
    text-shadow: none;
    text-indent: 0;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    hyphens: manual;
    list-style: disc outside;
    caption-side: top;
    border-collapse: separate;
    border-spacing: 0;
    color: var(--_color);
    background: var(--_background);
  }
  /* Important, so it also wins from a page rule like "[hidden] {display: block !important}": for important
     declarations the shadow root's own rules come first. */
  :host([hidden]) { display: none !important; }
  /* Not "inherit": a page's "* { box-sizing: content-box }" beats :host and would be inherited. */
  *, *::before, *::after { box-sizing: border-box; }
  button, input, select {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: none;
    margin: 0;
  }
  button {
    cursor: pointer;
    min-height: 2.75em;
    padding: 0.375em 0.75em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    text-shadow: none;
  }
  button:hover { background: var(--_subtle); }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_focus-halo);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px; height: 1px;
    margin: -1px; padding: 0; border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* What a printout adds (elements/printout/): on paper only. */
  .print-only { display: none; }
  .status { color: var(--_muted); margin: 0.5em 0; }
  .error {
    border: 2px solid #b30000;
    border-inline-start-width: 0.5em;
    padding: 0.75em 1em;
    margin: 0.5em 0;
    background: #fff5f5;
    color: #1a1a1a;
  }
  .error p { margin: 0 0 0.25em; }
  .error ul { margin: 0; padding-inline-start: 1.25em; }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
  }
  @media (forced-colors: active) {
    button { border-color: ButtonText; color: ButtonText; }
    :focus-visible { outline-color: Highlight; }
    .error { border-color: CanvasText; }
  }
`;
