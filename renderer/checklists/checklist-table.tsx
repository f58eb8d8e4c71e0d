import { useTable } from '@tanstack/react-table';
import type { CapabilityItem } from '../../shared/plan/schema';
import { DataGrid } from '../risks/grid/data-grid';
import { gridFeatures } from '../risks/grid/grid-features';
import { CHECKLIST_COLUMNS } from './checklist-columns';

const rowId = (item: CapabilityItem) => item.id;
const rowLabel = (item: CapabilityItem) => `“${item.title}”`;

export interface ChecklistTableProps {
  label: string;
  items: CapabilityItem[];
  due: ReadonlyMap<string, unknown>;
  onCommit: (item: CapabilityItem, columnId: string, value: string) => string | null;
}

/** One area's checklist as a sortable grid, edited in place. */
export function ChecklistTable({ label, items, due, onCommit }: ChecklistTableProps) {
  const table = useTable({ features: gridFeatures, columns: CHECKLIST_COLUMNS, data: items, getRowId: rowId, enableRowSelection: false });
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
