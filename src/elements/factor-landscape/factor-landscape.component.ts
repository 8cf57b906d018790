import {LitElement, css, html} from 'lit';
import {GroupScope, provideScope} from '../../state/group-scope.js';

/**
 * A wrapper that gives the elements inside it their own groups, apart from the rest of the page:
 * two independent sets of filter and table on one page, without inventing group names.
 * With `sync-url` inside it, the page URL names its parameters after the landscape's `id`
 * (`?vergelijk.actor=werkgever`), or after its place on the page when it has none (`?landschap-2.actor=…`).
 *
 * @tagname factor-landscape
 * @summary Isolates the filter state of the elements inside it from the rest of the page.
 *
 * @slot - Any of the library's elements, at any depth.
 */
export class FactorLandscape extends LitElement {
  // As in sharedStyles: `hidden` wins even from a page's "[hidden] {display: block !important}".
  static override styles = css`:host { display: block; } :host([hidden]) { display: none !important; }`;

  constructor() {
    super();
    // This element answers the context requests of everything inside it before the page can.
    provideScope(this, new GroupScope(() => this.#urlName()));
  }

  /** What the URL parameters of the groups inside start with: the id, else the place among the page's landscapes. */
  #urlName(): string {
    if (this.id) return this.id;
    const place = [...document.querySelectorAll('factor-landscape')].indexOf(this) + 1;
    return `landschap-${place > 0 ? place : 1}`;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
