import {html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {isActor, type AxisOrder, type HeatmapCell, type Kind} from '../../data/index.js';
import {heatmapSummary} from '../../i18n/heatmap-summary.js';
import {common} from '../../i18n/common.js';
import {barrierHeatmapText} from '../../i18n/barrier-heatmap.js';
import {filterStatement} from '../../i18n/filter-statement.js';
import {FilteringElement} from '../filtering-element.js';
import {printController} from '../print-controller.js';
import type {PrintedView} from '../printout/printout.js';
import {cellKey, heatmapGrid, legendSteps, stepScale, type GridAxisEntry, type HeatmapGrid} from './heatmap-geometry.js';
import {heatmapView, type HeatmapView} from './heatmap-view.js';
import {gridFocusController} from './grid-focus.js';
import {cellChoiceController} from './cell-selection.js';
import {adoptColumnCount, barrierHeatmapStyles} from './barrier-heatmap.styles.js';

type Heading = (content: unknown) => TemplateResult;
/** The title as a real heading, one template per level (as the card's): plain templates minify in the CDN build. */
const HEADINGS: readonly Heading[] = [
  (content) => html`<h1 part="title" class="title" id="title">${content}</h1>`,
  (content) => html`<h2 part="title" class="title" id="title">${content}</h2>`,
  (content) => html`<h3 part="title" class="title" id="title">${content}</h3>`,
  (content) => html`<h4 part="title" class="title" id="title">${content}</h4>`,
  (content) => html`<h5 part="title" class="title" id="title">${content}</h5>`,
  (content) => html`<h6 part="title" class="title" id="title">${content}</h6>`,
];

/**
 * A heatmap of the factors: how many concern each actor (rows) in each source (columns). Every cell
 * shows its count as text, coloured on a colour-blind-safe sequential scale with a legend. Hover or
 * focus a cell to see its factors; choose it (Enter, Space or a click) to filter the group, so a
 * `<factor-table>` of the same group shows exactly those factors. A table view and a generated
 * plain-language summary give the same numbers without the picture.
 *
 * The `counts` attribute chooses which factors this heatmap counts (`inhiberend` unless it says
 * `stimulerend`); it is this heatmap's view, not a filter of the group, hence not `kind` (its former name,
 * which still works). The group's search (`query`) narrows the counts; the group's actor and source
 * filter is shown as the chosen cell. `actor` plus `source` attributes therefore choose a cell from the start.
 *
 * @tagname barrier-heatmap
 * @summary A heatmap of the inhibiting (or stimulating) factors: actor × source, each cell a count.
 *
 * @fires {FactorFilterChangeEvent} factor-filter-change - A cell was chosen or its choice cleared here; `detail` is the group's new state.
 * @fires {FactorErrorEvent} factor-error - The dataset from `src` or `data` could not be used; `detail.errors` says why, in Dutch.
 *
 * @csspart title - The heatmap's heading (level from `heading-level`).
 * @csspart statement - What the heatmap counts, in words: "Belemmerende factoren · 52 van 83 factoren".
 * @csspart summary - The generated plain-language summary.
 * @csspart toolbar - The "toon als tabel" and "wis de keuze" buttons.
 * @csspart toggle - The "toon als tabel" button.
 * @csspart clear - The "wis de keuze" button, shown while a cell is chosen.
 * @csspart hint - The line that explains the keys.
 * @csspart scroller - The box that scrolls the grid or the table sideways in a narrow column.
 * @csspart grid - The grid (`role="grid"`).
 * @csspart corner - The header cell above the row headers.
 * @csspart column-header - A column header of the grid.
 * @csspart row-header - A row header of the grid.
 * @csspart cell - A cell of the grid.
 * @csspart selected - The chosen cell (together with `cell`).
 * @csspart details - The panel that lists the factors of the cell under the pointer or the focus. It is no live
 *   region: on moving to a cell a screen reader hears the cell's name and what Enter does there, no more.
 * @csspart announcement - The visually hidden live region that says what Enter does on the cell just reached.
 * @csspart legend - The colour legend.
 * @csspart table - The `<table>` of the table view.
 * @csspart empty - The message when no factor matches.
 * @csspart status - The loading message.
 * @csspart error - The message when the dataset cannot be used.
 * @csspart print-head - On paper only: what the heatmap counts in a whole sentence, the date and the page's address.
 * @csspart print-table - On paper only: the counts as a table, a row per source.
 * @csspart print-references - On paper only: the references of the publications that the counted factors cite.
 *
 * @cssprop --sf-font-family - Font of the element. Falls back to `--utrecht-document-font-family`, then `--basis-text-font-family-default`.
 * @cssprop --sf-color - Text colour. Falls back to `--utrecht-document-color`, then `--basis-color-default-color-document`.
 * @cssprop --sf-background - Background. Falls back to `--utrecht-document-background-color`, then `--basis-color-default-bg-document`.
 * @cssprop --sf-accent - Buttons. Falls back to `--utrecht-link-color`.
 * @cssprop --sf-focus-color - The focus outline. Falls back to `--utrecht-focus-outline-color`, then `--basis-focus-outline-color`.
 * @cssprop --sf-accent-contrast - Text on the accent colour (the pressed "toon als tabel" button). Falls back to the theme's background (`--utrecht-document-background-color`, then `--basis-color-default-bg-document`).
 * @cssprop --sf-border-color - Lines between headers and the details panel. Falls back to `--utrecht-table-row-border-block-end-color`, then `--basis-color-default-border-subtle`.
 * @cssprop --sf-muted - Secondary text: the hint, the corner, the how of a factor. Falls back to `--basis-color-default-color-subtle`, else a mix of text and background colour.
 * @cssprop --sf-heatmap-0 - Fill of an empty cell (0 factors). The default ramp is d3's single-hue Blues, light to dark.
 * @cssprop --sf-heatmap-1 - Fill of the step with the fewest factors.
 * @cssprop --sf-heatmap-2 - Fill of step 2.
 * @cssprop --sf-heatmap-3 - Fill of step 3.
 * @cssprop --sf-heatmap-4 - Fill of step 4.
 * @cssprop --sf-heatmap-5 - Fill of step 5.
 * @cssprop --sf-heatmap-6 - Fill of the step with the most factors.
 * @cssprop --sf-heatmap-ink-0 - Count colour on `--sf-heatmap-0`. Set each ink with its fill, so the count keeps 4.5:1 contrast.
 * @cssprop --sf-heatmap-ink-1 - Count colour on `--sf-heatmap-1`.
 * @cssprop --sf-heatmap-ink-2 - Count colour on `--sf-heatmap-2`.
 * @cssprop --sf-heatmap-ink-3 - Count colour on `--sf-heatmap-3`.
 * @cssprop --sf-heatmap-ink-4 - Count colour on `--sf-heatmap-4`.
 * @cssprop --sf-heatmap-ink-5 - Count colour on `--sf-heatmap-5`.
 * @cssprop --sf-heatmap-ink-6 - Count colour on `--sf-heatmap-6`.
 * @cssprop --sf-heatmap-cell-size - Width and height of a cell (default 2.75em, a comfortable touch target).
 * @cssprop --sf-radius - Corner radius of the buttons.
 */
export class BarrierHeatmap extends FilteringElement {
  static override styles = barrierHeatmapStyles;
  static override properties: PropertyDeclarations = {
    counts: {},
    order: {},
    transposed: {type: Boolean, reflect: true},
    showTable: {type: Boolean, reflect: true, attribute: 'show-table'},
    headingLevel: {type: Number, attribute: 'heading-level'},
    announcement: {state: true},
  };

  /** Which factors to count: `stimulerend`, or else `inhiberend` (the default). Chooses this view only; the group's filter keeps its kind. */
  counts?: Kind | null;

  /**
   * The former name of `counts`, which it still means here; `counts` wins where both are set.
   * @deprecated Use `counts`: on the heatmap `kind` never filtered the group, as it does on the table.
   */
  override kind?: Kind | null;

  /** Order of rows and columns: `total` (most factors first, the default) or `document` (the document's order). */
  order: AxisOrder = 'total';

  /** Swap rows and columns: sources as rows, actors as columns. */
  transposed = false;

  /** Show the numbers as a table instead of the coloured grid. */
  showTable = false;

  /** Level (1–6) of the heatmap's heading: 2 by default, a section of a page whose title is its h1. */
  headingLevel = 2;

  /** The grid's column count beyond what the styles' rules give (see adoptColumnCount). */
  #columnsSheet?: CSSStyleSheet;

  /** What the live region says: set on reaching a cell by keyboard, never on hover or when the focus leaves. */
  private announcement = '';

  #view?: HeatmapView;
  readonly #print = printController(this, () => this.performUpdate());
  readonly #choice = cellChoiceController(this, () => this.#view, () => this.filterState, (change) => this.updateFilter(change));
  readonly #focus = gridFocusController(this, () => this.#view?.grid, (cell) => this.#announce(cell), (cell) => this.#choice.toggle(cell));

  get #text() {
    return barrierHeatmapText[this.language];
  }

  // `counts` (and `kind`, its former name) picks this element's own view; only actor, source and query feed the group's filter.
  protected override readonly filterAttributes = ['actor', 'source', 'query'] as const;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.readyDataset;
    this.#view = dataset && heatmapView({
      dataset,
      query: this.filterState.query,
      kind: (this.counts ?? this.kind) === 'stimulerend' ? 'stimulerend' : 'inhiberend',
      order: this.order === 'document' ? 'document' : 'total',
      transposed: this.transposed,
    }, this.#view);
  }

  protected override updated(): void {
    this.#columnsSheet = adoptColumnCount(this.shadowRoot!, this.#view?.grid.columns.length ?? 0, this.#columnsSheet);
  }

  /** The button removes itself: keep keyboard focus in the grid instead of dropping it to the page's top. */
  #onClearClick(): void {
    const hadFocus = (this.renderRoot as ShadowRoot).activeElement?.matches('[part="clear"]') ?? false;
    this.#choice.clear();
    if (!hadFocus) return;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"], [part="toggle"]')?.focus());
  }

  /**
   * What a reader hears after the cell (the headers "Werknemer" and "Panteia (2019)" that changed, then its
   * name "16 belemmeringen"): only what Enter does there, and nothing for an empty cell. The same words again
   * are not spoken again: the text is unchanged.
   */
  #announce(cell: HeatmapCell): void {
    const chosen = this.#choice.chosenKey() === cellKey(cell);
    this.announcement = chosen ? this.#text.chosenCell : cell.count === 0 ? '' : this.#text.chooseCell;
  }

  #toggleTable(): void {
    this.showTable = !this.showTable;
  }

  #axisLabel(entry: GridAxisEntry): string {
    return entry.axis === 'actor' && isActor(entry.key) ? common[this.language].actors[entry.key] : entry.label;
  }

  protected override render(): TemplateResult {
    const status = this.renderDataStatus();
    const view = this.#view;
    if (status !== nothing || !view) return html`${status}`;
    const t = this.#text;
    const {grid} = view;
    const chosen = this.#choice.chosenKey();
    const paper = this.#print.forPaper;
    const printed: PrintedView = {dataset: view.dataset, summary: view.summary, factors: view.factors, language: this.language, dataLang: this.dataLang};
    const statement = html`<p part="statement" class="statement">${filterStatement(view.summary, this.language)}</p>`;
    const title = HEADINGS[Math.min(6, Math.max(1, Math.round(Number(this.headingLevel) || 2))) - 1]!(t.title(view.kind));
    if (grid.rows.length === 0 || grid.columns.length === 0) {
      return html`${title}
        ${statement}
        <p part="empty" class="empty" role="status">${t.empty(view.kind)}</p>`;
    }
    return html`
      ${paper?.renderPrintHead(printed) ?? nothing}
      ${title}
      ${statement}
      <p part="summary" class="summary" id="summary">${heatmapSummary(view.matrix, {kind: view.kind, language: this.language})}</p>
      <div part="toolbar" class="toolbar">
        <button part="toggle" class="toggle" type="button" aria-pressed=${this.showTable ? 'true' : 'false'}
          @click=${this.#toggleTable}>${t.showTable}</button>
        ${chosen ? html`<button part="clear" class="clear" type="button" @click=${this.#onClearClick}>${t.clearSelection}</button>` : nothing}
      </div>
      ${paper ? this.#renderPaperTable(view) : nothing}
      ${this.showTable ? this.#renderTable(view) : this.#renderGridView(view, chosen)}
      ${paper?.renderPrintReferences(printed) ?? nothing}
    `;
  }

  /**
   * The counts on paper: a table with a row per source and a column per actor, which fits the width of
   * a page (a column per source does not); shown instead of the grid and of the table view.
   */
  #renderPaperTable(view: HeatmapView): TemplateResult {
    return html`<div part="print-table" class="print-only print-table">${this.#renderNumbers(view, heatmapGrid(view.matrix, true), true)}</div>`;
  }

  // The scroller is no tab stop of its own (Firefox makes every scrolling box one): the grid's cells are,
  // and a focused cell scrolls into view. The summary and the hint are paragraphs, read once where they
  // stand; not also the grid's description, which a screen reader would read a second time.
  #renderGridView(view: HeatmapView, chosen: string | undefined): TemplateResult {
    return html`
      <p part="hint" class="hint" id="hint">${this.#text.hint}</p>
      <p part="announcement" class="visually-hidden" role="status">${this.announcement}</p>
      <div class="layout">
        <div class="chart">
          <div part="scroller" class="scroller" tabindex="-1">${this.#renderGrid(view, chosen)}</div>
          ${this.#renderLegend(view)}
        </div>
        ${this.#renderDetails(view, chosen)}
      </div>
    `;
  }

  #renderGrid(view: HeatmapView, chosen: string | undefined): TemplateResult {
    const {grid} = view;
    const focus = this.#focus.tabStop(grid, chosen);
    const step = stepScale(grid.max);
    return html`<div part="grid" class="grid" data-columns=${grid.columns.length} role="grid" aria-labelledby="title" aria-readonly="true"
      @keydown=${this.#focus.onKeydown} @focusin=${this.#focus.onFocusin} @focusout=${this.#focus.onFocusout}
      @pointerover=${this.#focus.onPointerover} @pointerleave=${this.#focus.onPointerleave} @click=${this.#focus.onClick}>
      <div class="row head" role="row">
        <div part="corner" class="corner" role="columnheader">${this.#text.axes[grid.rows[0].axis]}</div>
        ${grid.columns.map((column) => html`<div part="column-header" class="column-header" role="columnheader">
          <span class="column-label">${this.#axisLabel(column)}</span></div>`)}
      </div>
      ${grid.rows.map((row, r) => html`<div class="row" role="row">
        <div part="row-header" class="row-header" role="rowheader">${this.#axisLabel(row)}</div>
        ${grid.cells[r].map((cell, c) =>
          this.#renderCell(view, cell, step(cell.count), r === focus.row && c === focus.column, cellKey(cell) === chosen))}
      </div>`)}
    </div>`;
  }

  #renderCell(view: HeatmapView, cell: HeatmapCell, step: number, focusable: boolean, chosen: boolean): TemplateResult {
    // The name is the cell's content, "16 belemmeringen", hidden from sight beside the number the eye reads,
    // not an aria-label: Orca reads a grid cell's content and skips its label. Its row and column headers
    // say the actor and the source, as a screen reader reads them on moving to another row or column.
    return html`<div part=${chosen ? 'cell selected' : 'cell'} class="cell step-${step}" role="gridcell"
      data-actor=${cell.actor} data-source=${cell.sourceId} tabindex=${focusable ? '0' : '-1'}
      aria-selected=${chosen ? 'true' : 'false'}><span class="visually-hidden">${this.#text.count(cell.count, view.kind)}</span><span
      aria-hidden="true">${cell.count}</span></div>`;
  }

  #renderDetails(view: HeatmapView, chosen: string | undefined): TemplateResult {
    const key = this.#focus.shownKey(chosen);
    const cell = key === undefined ? undefined : view.cellByKey.get(key);
    // Not a live region: a cell's whole list (up to 1,400 characters) on every arrow key would talk for
    // minutes. A reader gets the list on request: Enter shows the cell's factors in the table.
    return html`<div part="details" class="details">
      ${cell ? this.#renderCellFactors(view, cell, key === chosen) : html`<p class="details-hint">${this.#text.detailsHint}</p>`}
    </div>`;
  }

  #renderCellFactors(view: HeatmapView, cell: HeatmapCell, chosen: boolean): TemplateResult {
    const t = this.#text;
    return html`<p class="details-title"><strong>${t.detailsTitle(common[this.language].actors[cell.actor], cell.citation)}</strong>:
        ${t.count(cell.count, view.kind)}</p>
      ${chosen ? html`<p class="details-chosen">${t.selected}</p>` : nothing}
      ${cell.count === 0 ? html`<p>${t.detailsEmpty}</p>` : html`<ul class="details-list" lang=${this.dataLang}>
        ${cell.factorIds.map((id) => {
          // A cell lists a few dozen at most: finding each among the factors costs less than keeping a map of them.
          const factor = view.dataset.factors.find((candidate) => candidate.id === id);
          return html`<li data-factor-id=${id}>${factor?.factor ?? id}${factor?.how ? html`<span class="how">: ${factor.how}</span>` : nothing}</li>`;
        })}
      </ul>`}`;
  }

  #renderLegend(view: HeatmapView): TemplateResult {
    return html`<div part="legend" class="legend">
      <p class="legend-title" id="legend-title">${this.#text.legend(view.kind)}</p>
      <ul class="legend-steps" aria-labelledby="legend-title">
        ${legendSteps(view.grid.max).map((entry) => html`<li class="legend-step">
          <span class="swatch step-${entry.step}" aria-hidden="true"></span>${entry.from === entry.to ? entry.from : `${entry.from}–${entry.to}`}</li>`)}
      </ul>
    </div>`;
  }

  #renderTable(view: HeatmapView): TemplateResult {
    return html`<div part="scroller" class="scroller" role="region" tabindex="0" aria-labelledby="table-caption">
      ${this.#renderNumbers(view, view.grid, false)}
    </div>`;
  }

  /** The counts as a table: the table view on screen, and on paper (no part or id there: the table view is the one to style and to name). */
  #renderNumbers(view: HeatmapView, grid: HeatmapGrid, paper: boolean): TemplateResult {
    return html`<table part=${paper ? nothing : 'table'} class="numbers">
      <caption id=${paper ? nothing : 'table-caption'}>${this.#text.title(view.kind)}</caption>
      <thead>
        <tr><th scope="col">${this.#text.axes[grid.rows[0].axis]}</th>${grid.columns.map((column) => html`<th scope="col">${this.#axisLabel(column)}</th>`)}</tr>
      </thead>
      <tbody>
        ${grid.rows.map((row, r) => html`<tr>
          <th scope="row">${this.#axisLabel(row)}</th>
          ${grid.cells[r].map((cell) => html`<td data-actor=${cell.actor} data-source=${cell.sourceId}>${cell.count}</td>`)}
        </tr>`)}
      </tbody>
    </table>`;
  }
}
