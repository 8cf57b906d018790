/** A cell position in the grid: row and column index. */
export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

/** The keys of the grid pattern (WAI-ARIA APG "data grid") that move focus, and where they go. */
export function moveInGrid(
  from: GridPosition,
  key: string,
  ctrlKey: boolean,
  size: {readonly rows: number; readonly columns: number},
): GridPosition | undefined {
  const lastRow = size.rows - 1;
  const lastColumn = size.columns - 1;
  if (lastRow < 0 || lastColumn < 0) return undefined;
  const clamp = (row: number, column: number): GridPosition =>
    ({row: Math.min(Math.max(row, 0), lastRow), column: Math.min(Math.max(column, 0), lastColumn)});
  switch (key) {
    case 'ArrowRight': return clamp(from.row, from.column + 1);
    case 'ArrowLeft': return clamp(from.row, from.column - 1);
    case 'ArrowDown': return clamp(from.row + 1, from.column);
    case 'ArrowUp': return clamp(from.row - 1, from.column);
    case 'Home': return ctrlKey ? clamp(0, 0) : clamp(from.row, 0);
    case 'End': return ctrlKey ? clamp(lastRow, lastColumn) : clamp(from.row, lastColumn);
    case 'PageDown': return clamp(lastRow, from.column);
    case 'PageUp': return clamp(0, from.column);
    default: return undefined;
  }
}
