import {LitElement, css, html} from 'lit';
import {LandscapeHub} from '../../state/landscape-hub.js';
import {bundledStatus} from '../../state/page-hub.js';

/**
 * A wrapper that gives the elements inside it their own groups, apart from the rest of the page:
 * two independent sets of filter and table on one page, without inventing group names.
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
    // A provider on this element answers the context requests of everything inside it first.
    new LandscapeHub(this, bundledStatus);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
