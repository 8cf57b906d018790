import {css, html, nothing, type PropertyDeclarations, type TemplateResult} from 'lit';
import {ACTORS, KINDS, facetCounts, filterFactors, type Actor, type Kind} from '../../data/index.js';
import {common} from '../../i18n/common.js';
import {actorFilterText} from '../../i18n/actor-filter.js';
import {GroupElement} from '../group-element.js';
import {sharedStyles} from '../shared.styles.js';

/**
 * A set of toggle buttons to choose the actors a group shows, each with the number of factors it
 * would show given the other active filters. Works with every element of the same group, anywhere
 * on the page: no wiring.
 *
 * @tagname actor-filter
 * @summary Choose actors (werkgever, werknemer, omgeving, trainer), with counts; filters its group.
 *
 * @fires {FactorFilterChangeEvent} factor-filter-change - The group's filter changed here; `detail` is the new state.
 * @fires {FactorErrorEvent} factor-error - The dataset from `src` or `data` could not be used; `detail.errors` says why, in Dutch.
 *
 * @csspart group - A fieldset of toggle buttons.
 * @csspart legend - The legend of a fieldset.
 * @csspart option - A toggle button.
 * @csspart count - The count in a toggle button.
 * @csspart all - The "alle" button that lifts the restriction.
 * @csspart status - The loading message.
 * @csspart error - The message when the dataset cannot be used.
 *
 * @cssprop --sf-font-family - Font of the element. Falls back to `--utrecht-document-font-family`, then `--basis-text-font-family-default`.
 * @cssprop --sf-color - Text colour. Falls back to `--utrecht-document-color`, then `--basis-color-default-color-document`.
 * @cssprop --sf-background - Background. Falls back to `--utrecht-document-background-color`, then `--basis-color-default-bg-document`.
 * @cssprop --sf-accent - Buttons, filled when pressed. Falls back to `--utrecht-link-color`.
 * @cssprop --sf-accent-contrast - Text on the accent colour (a pressed button). Falls back to the theme's background (`--utrecht-document-background-color`, then `--basis-color-default-bg-document`).
 * @cssprop --sf-focus-color - The focus outline. Falls back to `--utrecht-focus-outline-color`, then `--basis-focus-outline-color`.
 * @cssprop --sf-subtle-background - Background of the counts and a hovered button. Falls back to `--basis-color-default-bg-subtle`, else a tint of the text colour.
 * @cssprop --sf-radius - Corner radius of the buttons.
 */
export class ActorFilter extends GroupElement {
  static override properties: PropertyDeclarations = {
    withKind: {type: Boolean, attribute: 'with-kind'},
    layout: {reflect: true},
    compact: {type: Boolean, reflect: true},
  };
  static override styles = [sharedStyles, css`
    fieldset { border: 0; margin: 0 0 0.75em; padding: 0; min-width: 0; }
    legend { font-weight: 700; padding: 0; margin-block-end: 0.5em; }
    .options { display: flex; flex-wrap: wrap; gap: 0.5em; list-style: none; margin: 0; padding: 0; }
    :host([layout='vertical']) .options { flex-direction: column; align-items: stretch; }
    :host([layout='vertical']) button { width: 100%; justify-content: space-between; }
    :host([compact]) button { min-height: 2.25em; padding: 0.125em 0.5em; font-size: 0.875em; }
    :host([compact]) legend { font-size: 0.875em; }
    button { display: inline-flex; gap: 0.5em; align-items: center; border-radius: 999px; }
    button[aria-pressed='true'] { background: var(--_accent); color: var(--_accent-contrast); }
    /* The tick is decoration (aria-pressed says it): an empty alternative text keeps it out of the name. */
    button[aria-pressed='true']::before { content: '✓' / ''; font-weight: 700; }
    /* Narrow (a phone, a sidebar): the counts without their word, so several buttons share a line; a
       screen reader still hears "Werkgever, 15 factoren" (the button's aria-label). */
    :host { container-type: inline-size; }
    @container (max-width: 36em) {
      .noun { display: none; }
      .options { gap: 0.375em; }
      button { gap: 0.375em; padding-inline: 0.625em; }
    }
    .count { font-variant-numeric: tabular-nums; white-space: nowrap; border-radius: 999px; padding: 0 0.375em; background: var(--_subtle); color: var(--_color); }
    @media (forced-colors: active) {
      button[aria-pressed='true'] { background: Highlight; color: HighlightText; forced-color-adjust: none; }
    }
    @media print { :host { display: none; } }
  `];

  /** Also offer the kind of factor (stimulerend / inhiberend). */
  withKind = false;

  /** `horizontal` (default) or `vertical`. */
  layout: 'horizontal' | 'vertical' = 'horizontal';

  /** Smaller buttons, for a sidebar. */
  compact = false;

  get #text() {
    return actorFilterText[this.language];
  }

  #toggleActor(actor: Actor): void {
    const actors = this.filterState.actors;
    const next = actors.includes(actor) ? actors.filter((a) => a !== actor) : [...actors, actor];
    // Keep the document's order of actors, so the URL and chips do not depend on click order.
    this.updateFilter({actors: ACTORS.filter((a) => next.includes(a))});
  }

  #setKind(kind: Kind | null): void {
    this.updateFilter({kind});
  }

  protected override render(): TemplateResult {
    const status = this.renderDataStatus();
    const dataset = this.readyDataset;
    if (status !== nothing || !dataset) return html`${status}`;
    const filter = this.filterState;
    const counts = facetCounts(dataset, filter);
    const labels = common[this.language];
    return html`
      ${this.withKind ? html`<fieldset part="group">
        <legend part="legend">${this.#text.kindLegend}</legend>
        <ul class="options">
          <li>${this.#option(this.#text.allKinds, filter.kind === null, counts.kinds.stimulerend + counts.kinds.inhiberend, () => this.#setKind(null), 'all')}</li>
          ${KINDS.map((kind) => html`<li>${this.#option(labels.kinds[kind], filter.kind === kind, counts.kinds[kind],
            () => this.#setKind(filter.kind === kind ? null : kind))}</li>`)}
        </ul>
      </fieldset>` : nothing}
      <fieldset part="group">
        <legend part="legend">${this.#text.legend}</legend>
        <ul class="options">
          <li>${this.#option(this.#text.all, filter.actors.length === 0, filterFactors(dataset, {...filter, actors: []}).length,
            () => this.updateFilter({actors: []}), 'all')}</li>
          ${ACTORS.map((actor) => html`<li>${this.#option(labels.actors[actor], filter.actors.includes(actor), counts.actors[actor],
            () => this.#toggleActor(actor), undefined, actor)}</li>`)}
        </ul>
      </fieldset>`;
  }

  // The name in one piece ("Werkgever, 15 factoren"): taken from the parts, browsers join a label and a
  // count in a pill as "Werkgever , 15factoren", and drop the word where it is hidden on a phone. The
  // space between label and count is for checkers that compare the name with the visible text (axe's
  // label-content-name-mismatch); the button is a flex box, where it takes no room.
  #option(label: string, pressed: boolean, count: number | undefined, onClick: () => void, part = 'option', value?: string): TemplateResult {
    const noun = count === undefined ? '' : this.#text.noun(count);
    return html`<button part=${part} type="button" aria-pressed=${pressed ? 'true' : 'false'} data-value=${value ?? nothing}
      aria-label=${count === undefined ? nothing : `${label}, ${this.#text.count(count)} ${noun}`}
      @click=${onClick}>${label} ${count === undefined ? nothing
        : html`<span part="count" class="count">${this.#text.count(count)}<span class="noun"> ${noun}</span></span>`}</button>`;
  }
}
