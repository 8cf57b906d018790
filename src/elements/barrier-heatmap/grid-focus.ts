import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Actor, HeatmapCell} from '../../data/index.js';
import {cellKey, type HeatmapGrid} from './heatmap-geometry.js';
import {moveInGrid, type GridPosition} from './grid-navigation.js';

type Host = ReactiveControllerHost & {readonly renderRoot: ParentNode};

/** What the grid focus needs to know of its element. */
export interface GridFocusOptions {
  /** The grid on screen, if any. */
  grid(): HeatmapGrid | undefined;
  /** A cell was reached by keyboard: moved to, chosen, or entered with a focus ring. */
  reached(cell: HeatmapCell): void;
  /** Enter, Space or a click on a cell. */
  activate(cell: HeatmapCell): void;
}

interface GridFocusState {
  /** The cell that keeps the grid's one tab stop, by `cellKey`. */
  readonly focusKey?: string;
  /** The cell under the pointer, by `cellKey`. */
  readonly hoverKey?: string;
  /** Whether the focus is inside the grid (then the details panel follows it). */
  readonly focusInside: boolean;
}

/** Where a cell is in the grid, by its `cellKey`. */
function positionOf(grid: HeatmapGrid, key: string | undefined): GridPosition | undefined {
  if (key === undefined) return undefined;
  for (let row = 0; row < grid.cells.length; row++) {
    const column = grid.cells[row].findIndex((cell) => cellKey(cell) === key);
    if (column >= 0) return {row, column};
  }
  return undefined;
}

/** The cell of the grid an event happened in: its element carries the cell's actor and source. */
function cellOf(grid: HeatmapGrid, event: Event): HeatmapCell | undefined {
  const element = (event.target as Element | null)?.closest?.('[role="gridcell"]') ?? undefined;
  // Whatever the attributes hold, only a key of the grid finds a cell.
  const position = element && positionOf(grid, cellKey({actor: element.getAttribute('data-actor') as Actor, sourceId: element.getAttribute('data-source')!}));
  return position && grid.cells[position.row][position.column];
}

/**
 * The grid's keyboard and pointer, as Spectrum's RovingTabindex: one tab stop, moved by the keys of the
 * WAI-ARIA data grid (grid-navigation.ts), and which cell the pointer or the focus is on, for the details
 * panel. The element puts the handlers on its grid and asks `isTabStop` per cell; it never tracks focus.
 */
export class GridFocusController implements ReactiveController {
  readonly #host: Host;
  readonly #options: GridFocusOptions;
  #state: GridFocusState = {focusInside: false};

  constructor(host: Host, options: GridFocusOptions) {
    (this.#host = host).addController(this);
    this.#options = options;
  }

  hostDisconnected(): void {
    // Moved or removed: neither the pointer nor the focus is on a cell any more; the tab stop stays.
    this.#state = {focusKey: this.#state.focusKey, focusInside: false};
  }

  /** The key of the cell whose details show: under the pointer, else focused, else `fallback` (the chosen cell). */
  shownKey(fallback: string | undefined): string | undefined {
    const {hoverKey, focusInside, focusKey} = this.#state;
    return hoverKey ?? (focusInside ? focusKey : undefined) ?? fallback;
  }

  /** Where the tab stop is: the last focused cell, else `fallback` (the chosen cell), else the first. */
  tabStop(grid: HeatmapGrid, fallback: string | undefined): GridPosition {
    return positionOf(grid, this.#state.focusKey) ?? positionOf(grid, fallback) ?? {row: 0, column: 0};
  }

  #cellOf(event: Event): HeatmapCell | undefined {
    const grid = this.#options.grid();
    return grid && cellOf(grid, event);
  }

  /** Renders again only when something changed: pointer moves inside one cell are many. */
  #set(change: Partial<GridFocusState>): void {
    const before = this.#state;
    this.#state = {...before, ...change};
    if ((Object.keys(change) as (keyof GridFocusState)[]).some((name) => change[name] !== before[name])) this.#host.requestUpdate();
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    const grid = this.#options.grid();
    const cell = grid && cellOf(grid, event);
    if (!grid || !cell) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#options.activate(cell);
      this.#options.reached(cell);
      return;
    }
    const from = positionOf(grid, cellKey(cell)) ?? {row: 0, column: 0};
    const to = moveInGrid(from, event.key, event.ctrlKey || event.metaKey, {rows: grid.rows.length, columns: grid.columns.length});
    if (!to) return;
    event.preventDefault();
    const target = grid.cells[to.row][to.column];
    this.#set({focusKey: cellKey(target)});
    this.#options.reached(target);
    void this.#host.updateComplete.then(() => {
      const stop = this.#host.renderRoot.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]');
      stop?.focus({preventScroll: true});
      stop?.scrollIntoView({block: 'nearest', inline: 'nearest'});
    });
  };

  readonly onFocusin = (event: FocusEvent): void => {
    const cell = this.#cellOf(event);
    if (!cell) return;
    // Coming into the grid by keyboard (a focus ring shows) says what Enter does; a click says nothing,
    // and a move inside the grid said it in onKeydown.
    if (!this.#state.focusInside && (event.target as Element).matches(':focus-visible')) this.#options.reached(cell);
    this.#set({focusKey: cellKey(cell), focusInside: true});
  };

  readonly onFocusout = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as Element).contains(next)) this.#set({focusInside: false});
  };

  readonly onPointerover = (event: PointerEvent): void => {
    const cell = this.#cellOf(event);
    this.#set({hoverKey: cell && cellKey(cell)});
  };

  readonly onPointerleave = (): void => this.#set({hoverKey: undefined});

  readonly onClick = (event: MouseEvent): void => {
    const cell = this.#cellOf(event);
    if (!cell) return;
    this.#set({focusKey: cellKey(cell)});
    this.#options.activate(cell);
  };
}
