import { useEffect, useState } from 'react';
import { useTable } from '@tanstack/react-table';
import type { CapabilityItem } from '../../shared/plan/schema';
import { DataGrid } from '../components/grid/data-grid';
import { gridFeatures } from '../components/grid/grid-features';
import { keptViews, tableView } from '../components/grid/kept-view';
import type { TableView } from '../components/grid/kept-view';
import { CHECKLIST_COLUMNS } from './checklist-columns';

const rowId = (item: CapabilityItem) => item.id;
const rowLabel = (item: CapabilityItem) => `“${item.title}”`;

/** Each checklist's sort order, kept while the plan stays open (see kept-view.ts). */
const views = keptViews<TableView>();

export interface ChecklistTableProps {
  label: string;
  items: CapabilityItem[];
  due: ReadonlyMap<string, unknown>;
  /** The open plan and the table's name in it, to keep its sort order between visits. */
  docId: string;
  viewKey: string;
  onCommit: (item: CapabilityItem, columnId: string, value: string) => string | null;
}

/** One area's checklist as a sortable grid, edited in place. */
export function ChecklistTable({ label, items, due, docId, viewKey, onCommit }: ChecklistTableProps) {
  const [kept] = useState(() => views.get(docId, viewKey));
  const table = useTable({ features: gridFeatures, columns: CHECKLIST_COLUMNS, data: items, getRowId: rowId, enableRowSelection: false, initialState: kept });
  useEffect(() => views.set(docId, viewKey, tableView(table.state)));
  return (
    <DataGrid
      table={table}
      label={label}
      rowLabel={rowLabel}
      onCommit={onCommit}
      rowClassName={(item) => (due.has(item.id) ? (item.status === 'missing' ? 'grid-row-alert' : 'grid-row-warn') : undefined)}
      empty={<p>No items in this area yet.</p>}
    />
  );
}
