import {html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {
  citationGroupsOf, evidenceCount, filterFactors, isFilterEmpty, prepareSearch, sourceById,
  type CitationGroup, type Dataset, type Factor, type SortKey,
} from '../../data/index.js';
import {INITIAL_FILTER_STATE, type FilterState} from '../../state/filter-state.js';
import {common} from '../../i18n/common.js';
import {factorTableText} from '../../i18n/factor-table.js';
import {FilteredLandscapeElement} from '../filtered-element.js';
import {activeFilterChips, type FilterChip} from './filter-chips.js';
import type {SourceDialogController} from './source-dialog.js';
import {factorTableStyles} from './factor-table.styles.js';

/**
 * Rows rendered at first; more follow as the reader scrolls. Keeps a keystroke in the search box
 * within one frame with 10,000 rows (see `npm run bench`), and is more than one screen of rows.
 */
const ROWS_PER_STEP = 30;
/** Up to this many matching rows render at once: the document's 83 rows are always all there (also in print). */
const RENDER_ALL_UP_TO = 120;
/** Wait this long after the last keystroke before the live region speaks, so it is not read mid-word. */
const ANNOUNCE_DELAY_MS = 600;

const COLUMNS = ['kind', 'factor', 'how', 'actor', 'source', 'evidence'] as const;
type Column = (typeof COLUMNS)[number];

/**
 * The factors as a real, accessible table: factor, how, who and source, with the kind of each row.
 * Sort by any column, search, filter with attributes or with any element of the same group.
 *
 * @tagname factor-table
 * @summary Factors that stimulate or inhibit training, as a sortable, searchable table.
 *
 * @fires factor-filter-change - The group's filter or order changed here; `detail` is the new state.
 * @fires factor-error - The dataset from `src` or `data` could not be used; `detail.errors` says why, in Dutch.
 *
 * @csspart toolbar - The search box, the filter chips and the CSV button.
 * @csspart search - The search input.
 * @csspart chips - The list of active filters.
 * @csspart chip - One active filter, a button that removes it.
 * @csspart clear - The "wis alle filters" button.
 * @csspart count - The "12 van 83 factoren" text (also the live region).
 * @csspart csv - The CSV download button.
 * @csspart table - The `<table>`.
 * @csspart caption - The table caption.
 * @csspart header - A column header cell.
 * @csspart sort-button - The button in a column header.
 * @csspart row - A factor row.
 * @csspart cell - A cell of a factor row.
 * @csspart kind - The kind badge of a row.
 * @csspart source-button - A source label in the bron column.
 * @csspart empty - The message when no factor matches.
 * @csspart dialog - The source card's popover.
 * @csspart status - The loading message.
 * @csspart error - The message when the dataset cannot be used.
 *
 * @cssprop --sf-font-family - Font of the element. Falls back to `--utrecht-document-font-family`, then `--basis-text-font-family-default`.
 * @cssprop --sf-color - Text colour. Falls back to `--utrecht-document-color`, then `--basis-color-default-color-document`.
 * @cssprop --sf-background - Background. Falls back to `--utrecht-document-background-color`, then `--basis-color-default-bg-document`.
 * @cssprop --sf-accent - Buttons, links and the sorted column. Falls back to `--utrecht-link-color`.
 * @cssprop --sf-border-color - Table lines. Falls back to `--utrecht-table-row-border-block-end-color`, then `--basis-color-default-border-subtle`.
 * @cssprop --sf-focus-color - The focus outline. Falls back to `--utrecht-focus-outline-color`, then `--basis-focus-outline-color`.
 * @cssprop --sf-muted - The search box's border and, in the card layout, the column names. Falls back to `--basis-color-default-color-subtle`, else a mix of text and background colour.
 * @cssprop --sf-subtle-background - Background of the filter chips and a hovered column header. Falls back to `--basis-color-default-bg-subtle`, else a tint of the text colour.
 * @cssprop --sf-stimulerend - Badge colour of stimulating factors.
 * @cssprop --sf-inhiberend - Badge colour of inhibiting factors.
 * @cssprop --sf-radius - Corner radius of buttons and chips.
 */
export class FactorTable extends FilteredLandscapeElement {
  static override styles = factorTableStyles;
  static override properties: PropertyDeclarations = {
    noSearch: {type: Boolean, attribute: 'no-search'},
    noExport: {type: Boolean, attribute: 'no-export'},
    rowLimit: {state: true},
    announcement: {state: true},
  };

  /** Hide the search box (the `query` attribute and the group's filter still apply). */
  noSearch = false;

  /** Hide the CSV download button. */
  noExport = false;

  /** How many rows are rendered; grows as the reader scrolls or asks for more. */
  private rowLimit = ROWS_PER_STEP;
  /** What the live region says; set a moment after the last change. */
  private announcement = '';

  /** The source card's dialog, from the first click on a source on: its code loads then. */
  private sourceDialog?: SourceDialogController;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private observer?: IntersectionObserver;
  private rows: Factor[] = [];
  private rowsFor?: {dataset: Dataset; filter: FilterState};
  /** The dataset and filter of the rows last shown; kept through "loading", so a new dataset is announced too. */
  private shownFor?: {dataset: Dataset; filter: FilterState};

  /** The factors that match the group's filter now, in the order shown. */
  get visibleFactors(): readonly Factor[] {
    this.computeRows();
    return this.rows;
  }

  private get text() {
    return factorTableText[this.language];
  }

  private computeRows(): void {
    const dataset = this.readyDataset;
    const filter = this.filterState ?? INITIAL_FILTER_STATE;
    if (!dataset) {
      this.rows = [];
      this.rowsFor = undefined;
      return;
    }
    if (this.rowsFor?.dataset === dataset && this.rowsFor.filter === filter) return;
    const matching = filterFactors(dataset, filter);
    // filterFactors keeps the document's order already.
    const inDocumentOrder = filter.sort.key === 'document' && filter.sort.direction === 'ascending';
    if (!inDocumentOrder && !this.sortFactors) {
      // A sort from the URL or the group before the sort code is here: this once, sort when it arrives.
      void this.loadSortCode().then(() => this.requestUpdate());
      this.rows = matching;
      this.rowsFor = undefined;
      return;
    }
    this.rows = inDocumentOrder || !this.sortFactors ? matching : this.sortFactors(dataset, matching, filter.sort);
    this.rowsFor = {dataset, filter};
  }

  private sortFactors?: typeof import('../../data/sort.js').sortFactors;
  private sortCode?: Promise<void>;

  /** The sort code loads when a reader first sorts: a table in the document's order never needs it. */
  private loadSortCode(): Promise<void> {
    return (this.sortCode ??= import('../../data/sort.js').then((module) => {
      this.sortFactors = module.sortFactors;
    }));
  }

  /** A pointer or the keyboard near the sort buttons: fetch the sort code now, so the click sorts at once. */
  private prefetchSortCode = (): void => void this.loadSortCode();

  /** Also waits for the sort code, so a script that clicks a sort button and awaits this sees the order. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    if (this.sortCode && !this.sortFactors) {
      await this.sortCode;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.computeRows();
    const now = this.rowsFor;
    if (!now) return; // loading, an error, or the sort code on its way: keep what was shown last
    const before = this.shownFor;
    this.shownFor = now;
    if (before && (before.filter !== now.filter || before.dataset !== now.dataset)) {
      this.rowLimit = ROWS_PER_STEP;
      this.scheduleAnnouncement(before.filter);
    }
  }

  protected override updated(): void {
    // Load more rows when the end of the rendered part scrolls into view.
    this.observer ??= new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.showMore();
    }, {rootMargin: '400px'});
    this.observer.disconnect();
    const sentinel = this.renderRoot.querySelector('.more-sentinel');
    if (sentinel) this.observer.observe(sentinel);
    const dataset = this.readyDataset;
    if (dataset && dataset !== this.searchPreparedFor) {
      this.searchPreparedFor = dataset;
      // Fold the texts a search looks in while the reader is still reading, not on their first keystroke
      // (about 20 ms with 10,000 rows). Safari has no requestIdleCallback.
      (globalThis.requestIdleCallback ?? setTimeout)(() => prepareSearch(dataset));
    }
  }

  private searchPreparedFor?: Dataset;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.showAllForPrint);
  }

  // Paper has no "show more" button: print every matching row (Lit renders before the print layout).
  private showAllForPrint = (): void => {
    this.rowLimit = Math.max(this.rowLimit, this.rows.length);
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.showAllForPrint);
    this.observer?.disconnect();
    clearTimeout(this.announceTimer);
  }

  private scheduleAnnouncement(previous: FilterState): void {
    const filter = this.filterState ?? INITIAL_FILTER_STATE;
    const total = this.readyDataset?.factors.length ?? 0;
    const sortChanged = previous.sort !== filter.sort &&
      (previous.sort.key !== filter.sort.key || previous.sort.direction !== filter.sort.direction);
    const message = sortChanged ? this.sortMessage(filter) : this.text.count(this.rows.length, total);
    clearTimeout(this.announceTimer);
    // Clear first, so the same sentence said twice in a row is still spoken.
    this.announcement = '';
    this.announceTimer = setTimeout(() => (this.announcement = message), ANNOUNCE_DELAY_MS);
  }

  private sortMessage(filter: FilterState): string {
    const key = filter.sort.key;
    if (key === 'document') return this.text.sortedBy('', 'document');
    return this.text.sortedBy(this.columnName(key as Column), filter.sort.direction);
  }

  private columnName(column: Column | SortKey): string {
    return (this.text.columns as Record<string, string>)[column] ?? column;
  }

  /** Ascending, then descending, then back to the document's order. */
  private async toggleSort(column: Column): Promise<void> {
    if (!this.sortFactors) await this.loadSortCode(); // only the first time: later clicks sort at once
    const sort = (this.filterState ?? INITIAL_FILTER_STATE).sort;
    const next: FilterState['sort'] = sort.key !== column
      ? {key: column, direction: 'ascending'}
      : sort.direction === 'ascending' ? {key: column, direction: 'descending'} : {key: 'document', direction: 'ascending'};
    this.updateFilter({sort: next});
  }

  private showMore(): void {
    if (this.rowLimit < this.rows.length) this.rowLimit += ROWS_PER_STEP * 4;
  }

  private removeChip(chip: FilterChip, index: number): void {
    this.updateFilter(chip.without);
    // The chip is gone: focus the one that took its place (or the last), else the search box,
    // instead of dropping focus to the top of the page.
    void this.updateComplete.then(() => {
      const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('.chip')];
      (chips[Math.min(index, chips.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('.search input, .count'))?.focus();
    });
  }

  private clearFilters(): void {
    const sort = (this.filterState ?? INITIAL_FILTER_STATE).sort;
    this.updateFilter({...INITIAL_FILTER_STATE, sort});
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.search input, .count')?.focus());
  }

  private async downloadCsv(dataset: Dataset): Promise<void> {
    // Loaded on the first click: most readers never export, so a page does not download this up front.
    const [{factorsToCsv}, {downloadText}] = await Promise.all([import('../../data/csv.js'), import('../download.js')]);
    const t = this.text.columns;
    const csv = factorsToCsv(dataset, this.rows, {kind: t.kind, factor: t.factor, how: t.how, actors: t.actor, sources: t.source, evidence: t.evidence});
    downloadText(this.renderRoot as ShadowRoot, csv, this.text.csvFile, 'text/csv;charset=utf-8');
  }

  protected override render(): TemplateResult {
    const status = this.renderDataStatus();
    const dataset = this.readyDataset;
    if (status !== nothing || !dataset) return html`${status}`;
    const filter = this.filterState ?? INITIAL_FILTER_STATE;
    const shown = this.rows.length <= RENDER_ALL_UP_TO ? this.rows : this.rows.slice(0, this.rowLimit);
    // Rows by place, not keyed by factor (no `repeat`): a new order fills the same rows with other text,
    // where moving each row made the browser build its style and boxes anew. Sorting 83 rows paints some
    // 4 ms sooner and a keystroke some 4 ms later (rows below a removed one get new text), both within a
    // frame or two; and the first download is 0.8 kB smaller. (Both ways were measured: see git log.)
    return html`
      ${this.renderToolbar(dataset, filter)}
      <div class="table-wrap">
        <table part="table" role="table" class="ui-${this.language}" aria-rowcount=${this.rows.length + 1}>
          <caption part="caption">${this.text.caption}</caption>
          <thead role="rowgroup" @pointerover=${this.prefetchSortCode} @focusin=${this.prefetchSortCode}>
            <tr role="row">${COLUMNS.map((column) => this.renderHeader(column, filter))}</tr>
          </thead>
          <tbody role="rowgroup" @click=${this.openClickedSource}>
            ${shown.map((factor, i) => this.renderRow(dataset, factor, i))}
          </tbody>
        </table>
      </div>
      ${this.rows.length === 0 ? this.renderEmpty() : nothing}
      ${shown.length < this.rows.length
        ? html`<div class="more-sentinel"></div>
          <button class="more" type="button" @click=${this.showMore}>${this.text.showMore(shown.length, this.rows.length)}</button>`
        : nothing}
      ${this.sourceDialog?.render(this.group, this.language) ?? nothing}
    `;
  }

  private renderToolbar(dataset: Dataset, filter: FilterState): TemplateResult {
    const chips = activeFilterChips(dataset, filter, common[this.language], this.text.searchChip);
    return html`<div part="toolbar" class="toolbar">
      ${this.noSearch ? nothing : html`<div class="search">
        <label for="search">${this.text.search}</label>
        <input id="search" part="search" type="search" autocomplete="off" spellcheck="false"
          placeholder=${this.text.searchPlaceholder} .value=${filter.query}
          @input=${(event: InputEvent) => this.updateFilter({query: (event.target as HTMLInputElement).value})}>
      </div>`}
      <div class="summary">
        <p part="count" class="count" tabindex="-1">${this.text.count(this.rows.length, dataset.factors.length)}</p>
        ${this.noExport ? nothing : html`<button part="csv" class="csv" type="button" @click=${() => void this.downloadCsv(dataset)}>${this.text.csv}</button>`}
      </div>
      ${chips.length === 0 ? nothing : html`<div class="chips" part="chips" role="group" aria-label=${this.text.activeFilters}>
        <ul>
          ${chips.map((chip, index) => html`<li><button part="chip" class="chip" type="button" aria-label=${this.text.removeFilter(chip.label)}
            @click=${() => this.removeChip(chip, index)}>${chip.label}<span aria-hidden="true" class="chip-x">×</span></button></li>`)}
        </ul>
        <button part="clear" class="clear" type="button" @click=${this.clearFilters}>${this.text.clearAll}</button>
      </div>`}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderHeader(column: Column, filter: FilterState): TemplateResult {
    const sorted = filter.sort.key === column;
    const ariaSort = sorted ? filter.sort.direction : nothing;
    const name = this.columnName(column);
    const arrow = sorted ? (filter.sort.direction === 'ascending' ? '▲' : '▼') : '↕';
    return html`<th part="header" role="columnheader" scope="col" class="col-${column}" aria-sort=${ariaSort}>
      <button part="sort-button" class="sort" type="button" title=${this.text.sortHint(name)}
        @click=${() => void this.toggleSort(column)}>${name}<span class="arrow" aria-hidden="true">${arrow}</span></button>
    </th>`;
  }

  // Each binding here is paid once per shown row (all 83, hundreds in a large dataset), in memory and in
  // work at every render. Hence one click listener on the tbody for all source buttons, the card layout's
  // column names in a stylesheet (column-labels.ts) and the actors as one text.
  private renderRow(dataset: Dataset, factor: Factor, index: number): TemplateResult {
    const t = this.text;
    const labels = common[this.language];
    const evidence = evidenceCount(dataset, factor);
    return html`<tr part="row" role="row" data-factor-id=${factor.id} class="kind-${factor.kind}" aria-rowindex=${index + 2}>
      <td part="cell" role="cell" class="col-kind"><span part="kind" class="badge">${labels.kinds[factor.kind]}</span></td>
      <th part="cell" role="rowheader" scope="row" class="col-factor" lang=${this.dataLang}>${factor.factor}</th>
      <td part="cell" role="cell" class="col-how" lang=${this.dataLang}>${factor.how}</td>
      <td part="cell" role="cell" class="col-actor">${factor.actors.map((actor) => labels.actors[actor]).join(', ')}</td>
      <td part="cell" role="cell" class="col-source">
        <ul class="sources">${citationGroupsOf(dataset, factor).map((group) => this.renderSourceButton(dataset, group))}</ul></td>
      <td part="cell" role="cell" class="col-evidence">
        <span class="evidence" title=${t.evidenceTitle}>${evidence}</span>
        <span class="evidence-bar" aria-hidden="true"><span class="evidence-fill level-${Math.min(evidence, 5)}"></span></span></td>
    </tr>`;
  }

  private renderSourceButton(dataset: Dataset, group: CitationGroup): TemplateResult {
    const first = group.sources[0];
    const title = first ? sourceById(dataset, first.id)?.title ?? '' : '';
    return html`<li><button part="source-button" class="source" type="button" aria-haspopup="dialog"
      title=${title || nothing} aria-label=${this.text.sourceButton(group.citation)}>${group.citation}</button></li>`;
  }

  /** A click on a source button anywhere in the rows: its row and place say which publications it names. */
  private openClickedSource = (event: Event): void => {
    const button = (event.target as Element).closest?.<HTMLElement>('button.source');
    const row = button?.closest('tr');
    const factor = row && this.rows.find((shown) => shown.id === row.dataset['factorId']);
    const group = factor && citationGroupsOf(this.readyDataset!, factor)[[...row.querySelectorAll('button.source')].indexOf(button!)];
    if (group) void this.openSource(group, button!);
  };

  private async openSource(group: CitationGroup, opener: HTMLElement): Promise<void> {
    const {SourceDialogController} = await import('./source-dialog.js');
    this.sourceDialog ??= new SourceDialogController(this);
    await this.sourceDialog.open(group, opener);
  }

  private renderEmpty(): TemplateResult {
    const filter = this.filterState ?? INITIAL_FILTER_STATE;
    return html`<div part="empty" class="empty">
      <p>${this.text.empty}</p>
      ${isFilterEmpty(filter) ? nothing : html`<button class="clear" type="button" @click=${this.clearFilters}>${this.text.clearAll}</button>`}
    </div>`;
  }
}
