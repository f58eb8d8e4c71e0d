/**
 * The one TanStack Table feature set behind the register and the checklists (sorting, column and
 * global filtering, column visibility, row selection), defined once at module scope as v9 asks,
 * and the column meta the shared DataGrid reads to lay out, label and edit cells.
 */
import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  filterFn_equalsString,
  filterFn_includesString,
  globalFilteringFeature,
  metaHelper,
  rowSelectionFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';
import type { Column, Row, RowData } from '@tanstack/react-table';
import type { SelectOption } from '../select-field';
import { createLeanFilteredRowModel, leanColumnFilteringFeature } from './lean-filtering';

/** How a cell is edited in place; absent means the cell is read only. */
export type CellEditor =
  | { kind: 'text'; maxLength?: number }
  | { kind: 'longtext' }
  | { kind: 'score' }
  | { kind: 'date' }
  | { kind: 'select'; options: readonly SelectOption[] };

export interface GridColumnMeta {
  /** The column's name in the column menu, filters and screen-reader labels. */
  label: string;
  /** Fixed width in px; the column marked `grow` takes the rest (at least its width). */
  width: number;
  grow?: boolean;
  align?: 'start' | 'center' | 'end';
  editor?: CellEditor;
  /** What Enter does on a cell that is not edited in place: open the row, select it, or press the cell's button. */
  activate?: 'open' | 'toggle-select' | 'press';
  /**
   * The cell holds buttons besides its own action (e.g. links): while it is the active cell,
   * Tab reaches them (see useCellTabIndex), as the grid pattern allows for widgets in a cell.
   */
  tabbable?: boolean;
}

export const gridFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
  // Stock filtering, without per-row work while no filter is set (see lean-filtering.ts).
  columnFilteringFeature: leanColumnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createLeanFilteredRowModel(),
  filterFns: { includesString: filterFn_includesString, equalsString: filterFn_equalsString },
  columnVisibilityFeature,
  rowSelectionFeature,
  columnMeta: metaHelper<GridColumnMeta>(),
});

export type GridFeatures = typeof gridFeatures;
export type GridRow<T extends RowData> = Row<GridFeatures, T>;
export type GridColumn<T extends RowData> = Column<GridFeatures, T, unknown>;

/** A column helper typed for the grid's features. */
export const gridColumnHelper = <T extends RowData>() => createColumnHelper<GridFeatures, T>();

/** The meta of a column; every grid column must declare one. */
export function metaOf<T extends RowData>(column: GridColumn<T>): GridColumnMeta {
  const meta = column.columnDef.meta;
  if (!meta) throw new Error(`Grid column ${column.id} has no meta`);
  return meta;
}
