import type {ReactiveControllerHost} from 'lit';
import type {Actor, HeatmapCell} from '../../data/index.js';
import {cellKey, type HeatmapGrid} from './heatmap-geometry.js';
import {moveInGrid, type GridPosition} from './grid-navigation.js';

type Host = ReactiveControllerHost & {readonly renderRoot: ParentNode};

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
  for (let row = 0; row < grid.cells.length; row++) {
    const column = grid.cells[row].findIndex((cell) => cellKey(cell) === key);
    if (column >= 0) return {row, column};
  }
  return undefined;
}

const FIRST_CELL: GridPosition = {row: 0, column: 0};

/** The cell of the grid an event happened in: its element carries the cell's actor and source. */
function cellOf(grid: HeatmapGrid, event: Event): HeatmapCell | undefined {
  const element = (event.target as Element | null)?.closest?.('[role="gridcell"]') ?? undefined;
  // Whatever the attributes hold, only a key of the grid finds a cell.
  const position = element && positionOf(grid, cellKey({actor: element.getAttribute('data-actor') as Actor, sourceId: element.getAttribute('data-source')!}));
  return position && grid.cells[position.row][position.column];
}

/** The grid's keyboard and pointer, as the element uses them. */
export interface GridFocus {
  /** The key of the cell whose details show: under the pointer, else focused, else `fallback` (the chosen cell). */
  shownKey(fallback: string | undefined): string | undefined;
  /** Where the tab stop is: the last focused cell, else `fallback` (the chosen cell), else the first. */
  tabStop(grid: HeatmapGrid, fallback: string | undefined): GridPosition;
  /** The listeners the element puts on its grid. */
  readonly onKeydown: (event: KeyboardEvent) => void;
  readonly onFocusin: (event: FocusEvent) => void;
  readonly onFocusout: (event: FocusEvent) => void;
  readonly onPointerover: (event: PointerEvent) => void;
  readonly onPointerleave: () => void;
  readonly onClick: (event: MouseEvent) => void;
}

/**
 * The grid's keyboard and pointer, a controller modelled on Spectrum's RovingTabindex: one tab stop, moved
 * by the keys of the WAI-ARIA data grid (grid-navigation.ts), and which cell the pointer or the focus is on,
 * for the details panel. The element puts the listeners on its grid (so the controller needs none of the
 * host's lifecycle hooks: Lit removes them with the grid) and asks `tabStop` for the cell with
 * `tabindex="0"`; it keeps no focus state of its own (src/README.md, "Controllers"). It asks the host to
 * render again when the focus, the pointer or the tab stop moves.
 */
export function gridFocusController(
  host: Host,
  /** The grid on screen, if any. */
  grid: () => HeatmapGrid | undefined,
  /** A cell was reached by keyboard: moved to, chosen, or entered with a focus ring. */
  reached: (cell: HeatmapCell) => void,
  /** Enter, Space or a click on a cell. */
  activate: (cell: HeatmapCell) => void,
): GridFocus {
  let state: GridFocusState = {focusInside: false};

  /** Renders again only when something changed: pointer moves inside one cell are many. */
  const set = (change: Partial<GridFocusState>): void => {
    const before = JSON.stringify(state);
    state = {...state, ...change};
    if (JSON.stringify(state) !== before) host.requestUpdate();
  };
  const cellAt = (event: Event): HeatmapCell | undefined => {
    const shown = grid();
    return shown && cellOf(shown, event);
  };

  const controller: GridFocus = {
    shownKey: (fallback) => state.hoverKey ?? (state.focusInside ? state.focusKey : undefined) ?? fallback,

    tabStop: (shown, fallback) => positionOf(shown, state.focusKey) ?? positionOf(shown, fallback) ?? FIRST_CELL,

    onKeydown(event) {
      const cell = cellAt(event);
      const shown = grid();
      if (!shown || !cell) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        activate(cell);
        reached(cell);
        return;
      }
      const from = positionOf(shown, cellKey(cell)) ?? FIRST_CELL;
      const to = moveInGrid(from, event.key, event.ctrlKey || event.metaKey, {rows: shown.rows.length, columns: shown.columns.length});
      if (!to) return;
      event.preventDefault();
      const target = shown.cells[to.row][to.column];
      set({focusKey: cellKey(target)});
      reached(target);
      void host.updateComplete.then(() => {
        const stop = host.renderRoot.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]');
        stop?.focus({preventScroll: true});
        stop?.scrollIntoView({block: 'nearest', inline: 'nearest'});
      });
    },

    onFocusin(event) {
      const cell = cellAt(event);
      if (!cell) return;
      // Coming into the grid by keyboard (a focus ring shows) says what Enter does; a click says nothing,
      // and a move inside the grid said it in onKeydown.
      if (!state.focusInside && (event.target as Element).matches(':focus-visible')) reached(cell);
      set({focusKey: cellKey(cell), focusInside: true});
    },

    onFocusout(event) {
      const next = event.relatedTarget as Node | null;
      if (!next || !(event.currentTarget as Element).contains(next)) set({focusInside: false});
    },

    onPointerover(event) {
      const cell = cellAt(event);
      set({hoverKey: cell && cellKey(cell)});
    },

    onPointerleave: () => set({hoverKey: undefined}),

    onClick(event) {
      const cell = cellAt(event);
      if (!cell) return;
      set({focusKey: cellKey(cell)});
      activate(cell);
    },
  };
  return controller;
}
