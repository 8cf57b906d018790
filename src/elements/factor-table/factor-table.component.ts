import {html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {
  DOCUMENT_ORDER, isFilterEmpty, matchingFactors,
  type DatasetWithoutTexts, type Factor, type SortKey, type SortOrder,
} from '../../data/index.js';
import {COLUMN_KEYS, type ColumnKey, type WithEveryColumn} from '../../data/columns.js';
import {csvWithTitles} from '../../data/csv.js';
import {prepareSearch} from '../../data/filter.js';
import {summarizeFilter, type FilterSummary} from '../../data/filter-summary.js';
import {factorsInOrder} from '../../data/rows.js';
import {evidenceCount} from '../../data/sort.js';
import {citationsOf, hasTexts, sourceById, type Citation} from '../../data/sources.js';
import type {FilterState} from '../../state/filter-state.js';
import {common} from '../../i18n/common.js';
import {factorTableText} from '../../i18n/factor-table.js';
import {filterParts} from '../../i18n/filter-statement.js';
import {downloadText} from '../download.js';
import {FilteringElement} from '../filtering-element.js';
import {printController} from '../print-controller.js';
import {whenIdle} from '../when-idle.js';
import {activeFilterChips, type FilterChip} from './filter-chips.js';
import {RENDER_ALL_UP_TO, incrementalRows} from './incremental-rows.js';
import {liveAnnouncer} from './live-announcer.js';
import type {SourceDialog} from '../source-citation/source-dialog.js';
import type {PrintedView} from '../printout/printout.js';
import {factorTableStyles} from './factor-table.styles.js';

const DIRECTIONS = ['ascending', 'descending'] as const;

/**
 * Whether a row takes more than a third of an A4 page on paper, where it may break across two pages
 * (a shorter one moves to the next page whole). Estimated from its text: on paper the how column holds
 * about 45 characters a line, the factor column 27, and a third of a page about 22 lines.
 */
const tallOnPaper = (factor: Factor) => Math.max(factor.how.length / 45, factor.factor.length / 27) > 22;

/** Ascending, then descending, then back to the document's order. */
function nextOrder(current: SortOrder, column: ColumnKey): SortOrder {
  if (current.key !== column) return {key: column, direction: 'ascending'};
  return current.direction === 'ascending' ? {key: column, direction: 'descending'} : DOCUMENT_ORDER;
}

/**
 * The factors as a real, accessible table: factor, how, who and source, with the kind of each row.
 * Sort by any column, search, filter with attributes or with any element of the same group.
 *
 * @tagname factor-table
 * @summary Factors that stimulate or inhibit training, as a sortable, searchable table.
 *
 * @fires {FactorFilterChangeEvent} factor-filter-change - The group's filter or order changed here; `detail` is the new state.
 * @fires {FactorErrorEvent} factor-error - The dataset from `src` or `data` could not be used; `detail.errors` says why, in Dutch.
 *
 * @csspart toolbar - The search box, the filter chips and the CSV button.
 * @csspart search-box - The search input with its label.
 * @csspart search - The search input.
 * @csspart chips - The list of active filters.
 * @csspart chip - One active filter, a button that removes it.
 * @csspart clear - The "wis alle filters" button.
 * @csspart statement - What the table shows, in words: "Belemmerende factoren · Werkgever · 8 van 83 factoren".
 * @csspart count - The "8 van 83 factoren" part of the statement.
 * @csspart csv - The CSV download button.
 * @csspart table - The `<table>`.
 * @csspart caption - The table caption.
 * @csspart header - A column header cell.
 * @csspart sort-button - The button in a column header.
 * @csspart sort-select - The one sort control of the narrow layout (containers up to 48em), instead of the header buttons.
 * @csspart row - A factor row.
 * @csspart cell - A cell of a factor row.
 * @csspart kind - The kind badge of a row.
 * @csspart source-button - A citation in the bron column; it opens the card of its publications.
 * @csspart empty - The message when no factor matches.
 * @csspart dialog - The source card's dialog.
 * @csspart status - The loading message.
 * @csspart error - The message when the dataset cannot be used.
 * @csspart print-head - On paper only: what the table shows in a whole sentence, the date and the page's address.
 * @csspart print-references - On paper only: the references of the publications that the printed rows cite.
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
export class FactorTable extends FilteringElement {
  static override styles = factorTableStyles;
  static override properties: PropertyDeclarations = {
    noSearch: {type: Boolean, attribute: 'no-search'},
    noExport: {type: Boolean, attribute: 'no-export'},
  };

  /** Hide the search box (the `query` attribute and the group's filter still apply). */
  noSearch = false;

  /** Hide the CSV download button. */
  noExport = false;

  readonly #rows = incrementalRows(this);
  readonly #announcer = liveAnnouncer(this);
  readonly #print = printController(this, () => this.performUpdate());
  /** The card of a citation in a dialog, from the first click on a citation on: its code loads then. */
  #sourceDialog?: SourceDialog;
  /** The dataset and filter of the rows last shown: a change of either is announced, also after "loading". */
  #shownFor?: {readonly dataset: DatasetWithoutTexts; readonly filter: FilterState};
  #searchPreparedFor?: DatasetWithoutTexts;

  /** The factors that match the group's filter now, in the order shown. */
  get visibleFactors(): readonly Factor[] {
    const dataset = this.readyDataset;
    return dataset ? matchingFactors(dataset, this.filterState) : [];
  }

  get #text() {
    return factorTableText[this.language];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.readyDataset;
    if (!dataset) return; // loading or refused: keep what was shown last, to announce what comes next
    const filter = this.filterState;
    const before = this.#shownFor;
    this.#shownFor = {dataset, filter};
    if (before && (before.filter !== filter || before.dataset !== dataset)) {
      this.#rows.reset();
      this.#announcer.announce(this.#announcement(before.filter, dataset, filter));
    }
  }

  /** Also waits for the rows held back from the first frame, so `await table.updateComplete` sees every row. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#rows.rest;
    return super.getUpdateComplete();
  }

  protected override updated(): void {
    const dataset = this.readyDataset;
    if (dataset && dataset !== this.#searchPreparedFor) {
      this.#searchPreparedFor = dataset;
      // Fold the texts a search looks in while the reader is still reading, not on the first keystroke.
      whenIdle(() => prepareSearch(dataset));
    }
  }

  #announcement(previous: FilterState, dataset: DatasetWithoutTexts, filter: FilterState): string {
    const sortChanged = previous.sort.key !== filter.sort.key || previous.sort.direction !== filter.sort.direction;
    if (!sortChanged) return this.#text.count(this.visibleFactors.length, dataset.factors.length);
    const {key, direction} = filter.sort;
    return key === 'document' ? this.#text.documentOrder : this.#text.sortedBy(this.#text.columns[key], this.#text.directions[direction]);
  }

  #removeChip(chip: FilterChip, index: number): void {
    this.updateFilter(chip.without);
    // The chip is gone: focus the one that took its place (or the last), else the search box,
    // instead of dropping focus to the top of the page.
    void this.updateComplete.then(() => {
      const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('.chip')];
      (chips[Math.min(index, chips.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('.search input, .count'))?.focus();
    });
  }

  #clearFilters = (): void => {
    this.updateFilter({kind: null, actors: [], sources: [], query: ''});
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.search input, .count')?.focus());
  };

  #downloadCsv(dataset: DatasetWithoutTexts): void {
    const csv = csvWithTitles(dataset, this.visibleFactors, COLUMN_KEYS.map((column) => this.#text.columns[column]));
    downloadText(this.renderRoot as ShadowRoot, csv, this.#text.csvFile, 'text/csv;charset=utf-8');
  }

  protected override render(): TemplateResult {
    const status = this.renderDataStatus();
    const dataset = this.readyDataset;
    if (status !== nothing || !dataset) return html`${status}`;
    const filter = this.filterState;
    const rows = this.visibleFactors;
    // A dataset of a few screens keeps every factor in a row and hides those the filter leaves out: a
    // keystroke then only hides and shows rows, and the rows that stay keep their text and their boxes
    // (half the time of filling the rows anew). A large one renders the matching rows only, in steps.
    const list = dataset.factors.length > RENDER_ALL_UP_TO ? rows : factorsInOrder(dataset, filter.sort);
    const shown = this.#rows.shown(list, rows);
    // `rows` is `list` without the rows the filter hides, in the same order: the next row shown is the
    // one after those shown so far. The header row is row 1.
    let rowIndex = 1;
    const summary = summarizeFilter(dataset, filter, rows.length);
    const paper = this.#print.forPaper;
    const printed: PrintedView = {dataset, summary, factors: rows, language: this.language, dataLang: this.dataLang};
    // Rows by place, not keyed by factor (no `repeat`): a new order fills the same rows with other text
    // instead of moving each row, which makes the browser build its style and boxes anew. On paper the
    // table's `lang` lets a browser hyphenate a long word in the interface's language, also where the
    // page says no language; the screen keeps the page's.
    return html`
      ${paper?.renderPrintHead(printed) ?? nothing}
      <a class="skip" href="#" @click=${this.#skipTable}>${this.#text.skipTable}</a>
      ${this.#renderToolbar(dataset, filter, summary)}
      <div class="table-wrap">
        <table part="table" role="table" class="ui-${this.language}" lang=${this.#print.onPaper ? this.language : nothing} aria-rowcount=${rows.length + 1}>
          <caption part="caption">${this.#text.caption}</caption>
          <thead role="rowgroup">
            <tr role="row">${COLUMN_KEYS.map((column) => this.#renderHeader(column, filter))}</tr>
          </thead>
          <tbody role="rowgroup" @click=${this.#openClickedSource}>
            ${shown.map((factor) => this.#renderRow(dataset, factor, factor === rows[rowIndex - 1] ? ++rowIndex : 0))}
          </tbody>
        </table>
      </div>
      ${paper?.renderPrintReferences(printed) ?? nothing}
      ${rows.length === 0 ? this.#renderEmpty(filter) : nothing}
      ${shown.length < list.length && !this.#rows.rest
        ? html`<div class="more-sentinel"></div>
          <button class="more" type="button" @click=${this.#rows.showMore}>${this.#text.showMore(shown.length, rows.length)}</button>`
        : nothing}
      <div class="table-end" tabindex="-1" @blur=${this.#leaveTableEnd}>${this.#text.tableEnd}</div>
      ${this.#sourceDialog?.render(this.group, this.language) ?? nothing}
    `;
  }

  #renderToolbar(dataset: DatasetWithoutTexts, filter: FilterState, summary: FilterSummary): TemplateResult {
    const t = this.#text;
    const chips = activeFilterChips(dataset, filter, common[this.language], t.searchChip);
    return html`<div part="toolbar" class="toolbar">
      ${this.noSearch ? nothing : html`<div part="search-box" class="search">
        <label for="search">${t.search}</label>
        <input id="search" part="search" type="search" autocomplete="off" spellcheck="false"
          placeholder=${t.searchPlaceholder} .value=${filter.query}
          @input=${(event: InputEvent) => this.updateFilter({query: (event.target as HTMLInputElement).value})}>
      </div>`}
      <div class="summary">
        <p part="statement" class="statement">${filterParts(summary, this.language).map((part) => `${part} · `)}<span
          part="count" class="count" tabindex="-1">${t.count(summary.shown, summary.total)}</span></p>
        ${this.noExport ? nothing : html`<button part="csv" class="csv" type="button" @click=${() => this.#downloadCsv(dataset)}>${t.csv}</button>`}
      </div>
      ${chips.length === 0 ? nothing : html`<div class="chips" part="chips" role="group" aria-label=${t.activeFilters}>
        <ul>
          ${chips.map((chip, index) => html`<li><button part="chip" class="chip" type="button" aria-label=${t.removeFilter(chip.label)}
            @click=${() => this.#removeChip(chip, index)}>${chip.label}<span aria-hidden="true" class="chip-x">×</span></button></li>`)}
        </ul>
        <button part="clear" class="clear" type="button" @click=${this.#clearFilters}>${t.clearAll}</button>
      </div>`}
      <label class="sort-select">${t.sortLabel} <select part="sort-select" @change=${this.#sortFromSelect}>
        ${[DOCUMENT_ORDER, ...COLUMN_KEYS.flatMap((key) => DIRECTIONS.map((direction) => ({key, direction})))]
          .map(({key, direction}) => html`<option value="${key} ${direction}" ?selected=${filter.sort.key === key && filter.sort.direction === direction}>${
            key === 'document' ? t.documentOrder : `${t.columns[key]}, ${t.directions[direction]}`}</option>`)}
      </select></label>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#announcer.text}</div>
    </div>`;
  }

  /** The narrow layout's one sort control: "<column> <direction>", or the document's order. */
  #sortFromSelect = (event: Event): void => {
    const [key, direction] = (event.target as HTMLSelectElement).value.split(' ') as [SortKey, SortOrder['direction']];
    this.updateFilter({sort: {key, direction}});
  };

  /**
   * The skip link: on to the end of the table, past its many buttons, in one step. The end is a tab stop
   * while it has the focus: Chromium goes from an element of tabindex -1 at the end of a shadow root back to
   * the root's first stop on Tab, not on to what follows the table. A div, not a p: Chromium names the
   * focused element after its text, and Orca reads a named paragraph's name and then its line ("Einde van
   * de tabel Einde van de tabel"), a named div (a section) once.
   */
  #skipTable = (event: Event): void => {
    event.preventDefault();
    const end = this.renderRoot.querySelector<HTMLElement>('.table-end');
    if (end) end.tabIndex = 0;
    end?.focus();
  };

  #leaveTableEnd = (event: Event): void => {
    (event.target as HTMLElement).tabIndex = -1;
  };

  #renderHeader(column: ColumnKey, filter: FilterState): TemplateResult {
    const sorted = filter.sort.key === column;
    const name = this.#text.columns[column];
    const arrow = sorted ? (filter.sort.direction === 'ascending' ? '▲' : '▼') : '↕';
    // The name twice: in the button, and alone for the narrow layout, which sorts with one select instead of six buttons.
    return html`<th part="header" role="columnheader" scope="col" class="col-${column}" aria-sort=${sorted ? filter.sort.direction : nothing}>
      <span class="name">${name}</span><button part="sort-button" class="sort" type="button" title=${this.#text.sortHint(name)}
        @click=${() => this.updateFilter({sort: nextOrder(this.filterState.sort, column)})}>${name}<span class="arrow" aria-hidden="true">${arrow}</span></button>
    </th>`;
  }

  // Each element and binding here is paid once per shown row (all 83, hundreds in a large dataset), in
  // memory, in work at every render and in the first layout. Hence one click listener on the tbody for all
  // source buttons, the card layout's column names in a stylesheet (column-labels.ts), the actors as one
  // text, the citations as buttons without a list around them, and the evidence bar as one element.
  /**
   * A row: one cell per column, in the order of COLUMN_KEYS, written out rather than made per column.
   * Its return type names the columns it has a cell for: a column it lacks (data/columns.ts) is a type error here.
   * @param rowIndex the row's aria-rowindex, or 0 for a row the filter hides
   */
  #renderRow(dataset: DatasetWithoutTexts, factor: Factor, rowIndex: number):
    WithEveryColumn<'kind' | 'factor' | 'how' | 'actor' | 'source' | 'evidence', TemplateResult> {
    const labels = common[this.language];
    const evidence = evidenceCount(dataset, factor);
    return html`<tr part="row" role="row" data-factor-id=${factor.id} class="kind-${factor.kind}${tallOnPaper(factor) ? ' tall' : ''}" ?hidden=${!rowIndex}
      aria-rowindex=${rowIndex || nothing}>
      <td part="cell" role="cell" class="col-kind"><span part="kind" class="badge">${labels.kinds[factor.kind]}</span></td>
      <th part="cell" role="rowheader" scope="row" class="col-factor" lang=${this.dataLang}>${factor.factor}</th>
      <td part="cell" role="cell" class="col-how" lang=${this.dataLang}>${factor.how}</td>
      <td part="cell" role="cell" class="col-actor">${factor.actors.map((actor) => labels.actors[actor]).join(', ')}</td>
      <td part="cell" role="cell" class="col-source">${citationsOf(dataset, factor).map((citation) => this.#renderSourceButton(dataset, citation))}</td>
      <td part="cell" role="cell" class="col-evidence"><span class="evidence" title=${this.#text.evidenceTitle}>${evidence}</span><span
        class="evidence-bar level-${Math.min(evidence, 5)}" aria-hidden="true"></span></td>
    </tr>`;
  }

  /** A citation, with the title of its first publication as a tooltip where the dataset has the texts (not the bundled one: they come with the card). */
  #renderSourceButton(dataset: DatasetWithoutTexts, citation: Citation): TemplateResult {
    const title = hasTexts(dataset) ? sourceById(dataset, citation.sources[0]!.id)?.title : undefined;
    return html`<button part="source-button" class="source" type="button" aria-haspopup="dialog" title=${title || nothing}
      aria-label=${this.#text.sourceButton(citation.text)}>${citation.text}</button>`;
  }

  /** A click on a source button anywhere in the rows: its row and place say which citation it is. */
  #openClickedSource = (event: Event): void => {
    const dataset = this.readyDataset;
    const button = (event.target as Element).closest?.<HTMLElement>('button.source');
    const row = button?.closest('tr');
    const factor = row && dataset && this.visibleFactors.find((shown) => shown.id === row.dataset['factorId']);
    const citation = factor && citationsOf(dataset, factor)[[...row.querySelectorAll('button.source')].indexOf(button!)];
    if (citation) void this.#openSource(citation, button!);
  };

  async #openSource(citation: Citation, opener: HTMLElement): Promise<void> {
    const {sourceDialog} = await import('../secondary-elements.js');
    this.#sourceDialog ??= sourceDialog(this);
    await this.#sourceDialog.open(citation, opener);
  }

  #renderEmpty(filter: FilterState): TemplateResult {
    return html`<div part="empty" class="empty">
      <p>${this.#text.empty}</p>
      ${isFilterEmpty(filter) ? nothing : html`<button class="clear" type="button" @click=${this.#clearFilters}>${this.#text.clearAll}</button>`}
    </div>`;
  }
}
