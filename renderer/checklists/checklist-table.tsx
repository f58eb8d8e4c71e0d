import { useEffect, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTable } from '@tanstack/react-table';
import type { CapabilityItem, CapabilityStatus } from '../../shared/plan/schema';
import { DataGrid } from '../components/grid/data-grid';
import { gridFeatures } from '../components/grid/grid-features';
import { keptViews, tableView } from '../components/grid/kept-view';
import type { TableView } from '../components/grid/kept-view';
import { CHECKLIST_COLUMNS } from './checklist-columns';
import { BulkStatusBar } from './bulk-status-bar';
import { selectedIds, selectRow } from './row-range';

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
  /** Rates the selected items at once (one undo step). */
  onSetStatus: (ids: readonly string[], status: CapabilityStatus) => void;
}

/** One area's checklist as a sortable grid, edited in place. */
export function ChecklistTable({ label, items, due, docId, viewKey, onCommit, onSetStatus }: ChecklistTableProps) {
  const [kept] = useState(() => views.get(docId, viewKey));
  const table = useTable({ features: gridFeatures, columns: CHECKLIST_COLUMNS, data: items, getRowId: rowId, enableRowSelection: true, initialState: kept });
  useEffect(() => views.set(docId, viewKey, tableView(table.state)));
  const selected = selectedIds(table);

  // The grid toggles a row on Space; Shift+Space extends the selection from the last row toggled.
  function onKeyDownCapture(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== ' ' || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    // A cell editor or a button in a cell takes Space for itself.
    if (!target || target.matches('input:not([type="checkbox"]), textarea, select, button')) return;
    const rowId = target.closest<HTMLElement>('tr[data-row-id]')?.dataset.rowId;
    if (!rowId) return;
    event.preventDefault();
    event.stopPropagation();
    selectRow(table, rowId, event.shiftKey);
  }

  return (
    <div className="checklist-grid" onKeyDownCapture={onKeyDownCapture}>
      {selected.length > 0 && (
        <BulkStatusBar
          count={selected.length}
          onSet={(status) => {
            onSetStatus(selected, status);
            table.resetRowSelection(true);
          }}
          onClear={() => table.resetRowSelection(true)}
        />
      )}
      <DataGrid
      table={table}
      label={label}
      rowLabel={rowLabel}
      onCommit={onCommit}
      rowClassName={(item) => (due.has(item.id) ? (item.status === 'missing' ? 'grid-row-alert' : 'grid-row-warn') : undefined)}
      empty={<p>No items in this area yet.</p>}
      />
    </div>
  );
}
