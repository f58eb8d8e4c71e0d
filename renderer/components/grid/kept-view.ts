/**
 * How the planner left a table area (sort order, filters, shown columns), kept for the session
 * with the plan that is open: leaving the area and coming back finds it as it was, while another
 * plan (new or opened, so another document id) starts from the defaults. Nothing is saved to disk.
 */
import type { ColumnFiltersState, ColumnVisibilityState, SortingState } from '@tanstack/react-table';

/** The parts of a grid's table state worth keeping between visits (not the row selection). */
export interface TableView {
  sorting: SortingState;
  columnFilters: ColumnFiltersState;
  globalFilter: string;
  columnVisibility: ColumnVisibilityState;
}

/** Views of one open plan, by a key naming the table (e.g. "register", "checklist:surveillance"). */
export interface KeptViews<T> {
  get(docId: string, key: string): T | undefined;
  set(docId: string, key: string, view: T): void;
}

/** A store that holds the views of the plan last seen and forgets them when another plan shows up. */
export function keptViews<T>(): KeptViews<T> {
  let owner: string | null = null;
  let views = new Map<string, T>();
  return {
    get: (docId, key) => (docId === owner ? views.get(key) : undefined),
    set(docId, key, view) {
      if (docId !== owner) {
        owner = docId;
        views = new Map();
      }
      views.set(key, view);
    },
  };
}

/** The keepable parts of a table's state (the table's state may hold more slices). */
export function tableView(state: Partial<TableView>): TableView {
  return {
    sorting: state.sorting ?? [],
    columnFilters: state.columnFilters ?? [],
    globalFilter: typeof state.globalFilter === 'string' ? state.globalFilter : '',
    columnVisibility: state.columnVisibility ?? {},
  };
}
