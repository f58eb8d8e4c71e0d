/**
 * Where the active cell of a data grid moves for a key, following the ARIA grid pattern: arrows
 * by one cell, Home/End to the row's ends, Ctrl+Home/End to the grid's corners, Page Up/Down by
 * a screenful. Pure, so the key map is easy to test and the same in every grid.
 */
export interface GridPosition {
  row: number;
  col: number;
}

export interface GridBounds {
  rows: number;
  cols: number;
  /** Rows in one screenful, for Page Up/Down. */
  page: number;
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));

/** The next active position for a navigation key, or null when the key does not navigate. */
export function moveActive(pos: GridPosition, key: KeyLike, bounds: GridBounds): GridPosition | null {
  if (bounds.rows === 0 || bounds.cols === 0) return null;
  const lastRow = bounds.rows - 1;
  const lastCol = bounds.cols - 1;
  const ctrl = key.ctrlKey || key.metaKey;
  switch (key.key) {
    case 'ArrowUp':
      return { row: clamp(pos.row - 1, lastRow), col: pos.col };
    case 'ArrowDown':
      return { row: clamp(pos.row + 1, lastRow), col: pos.col };
    case 'ArrowLeft':
      return { row: pos.row, col: clamp(pos.col - 1, lastCol) };
    case 'ArrowRight':
      return { row: pos.row, col: clamp(pos.col + 1, lastCol) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: pos.row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: lastCol } : { row: pos.row, col: lastCol };
    case 'PageUp':
      return { row: clamp(pos.row - Math.max(1, bounds.page), lastRow), col: pos.col };
    case 'PageDown':
      return { row: clamp(pos.row + Math.max(1, bounds.page), lastRow), col: pos.col };
    default:
      return null;
  }
}

/** Keeps a remembered position inside the grid after rows or columns went away. */
export function clampPosition(pos: GridPosition, bounds: Pick<GridBounds, 'rows' | 'cols'>): GridPosition {
  return { row: clamp(pos.row, Math.max(0, bounds.rows - 1)), col: clamp(pos.col, Math.max(0, bounds.cols - 1)) };
}
