/**
 * TanStack's column filtering, minus work this app never uses. The stock feature gives every row
 * two empty filter maps when the row is made, and the stock filtered row model gives every row two
 * fresh ones again whenever no filter is set; only filtering itself and faceting (not used here)
 * read them. For a register of 5,000 risks that was 20,000 objects on the first render and on every
 * edit. Rows now get their maps when a filter runs, and with no filter set the rows pass through.
 */
import { columnFilteringFeature, createFilteredRowModel } from '@tanstack/react-table';
import type { RowData, RowModel, Table, TableFeature, TableFeatures } from '@tanstack/react-table';
import { table_getPreFilteredRowModel } from '@tanstack/react-table/static-functions';

/** Column filtering without the per-row maps made up front (the filtered row model makes them). */
export const leanColumnFilteringFeature: TableFeature = { ...columnFilteringFeature, initRowInstanceData: undefined };

/** Whether any column filter or the global filter is set. */
function isFiltering<TFeatures extends TableFeatures, TData extends RowData>(table: Table<TFeatures, TData>): boolean {
  // The atoms, as the stock filtered row model reads them (the store's snapshot may lag in a render).
  const atoms = table.atoms as Partial<Record<'columnFilters' | 'globalFilter', { get(): unknown }>>;
  const columnFilters = atoms.columnFilters?.get() as readonly unknown[] | undefined;
  const globalFilter = atoms.globalFilter?.get();
  return (columnFilters?.length ?? 0) > 0 || (globalFilter !== undefined && globalFilter !== null && globalFilter !== '');
}

/** The stock filtered row model while a filter is set; the rows as they are otherwise. */
export function createLeanFilteredRowModel<TFeatures extends TableFeatures, TData extends RowData>() {
  const stock = createFilteredRowModel<TFeatures, TData>();
  return (table: Table<TFeatures, TData>): (() => RowModel<TFeatures, TData>) => {
    const filtered = stock(table);
    return () => (isFiltering(table) ? filtered() : table_getPreFilteredRowModel(table));
  };
}
