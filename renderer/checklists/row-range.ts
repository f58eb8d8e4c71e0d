/**
 * Selecting checklist rows the way a file list does: a click or Space toggles one row and makes it
 * the anchor; Shift with a click or Space selects every row from the anchor to this one.
 */
import type { Table } from '@tanstack/react-table';
import type { CapabilityItem } from '../../shared/plan/schema';
import type { GridFeatures } from '../components/grid/grid-features';

type ChecklistTable = Table<GridFeatures, CapabilityItem>;

// One anchor per table; the table object lives as long as its checklist is on screen.
const anchors = new WeakMap<object, string>();

/** Toggles the row, or with `extend` selects the rows between the anchor and it (in the order shown). */
export function selectRow(table: ChecklistTable, rowId: string, extend: boolean): void {
  const rows = table.getRowModel().rows;
  const anchor = anchors.get(table);
  const from = anchor === undefined ? -1 : rows.findIndex((r) => r.id === anchor);
  const to = rows.findIndex((r) => r.id === rowId);
  if (to < 0) return;
  if (extend && from >= 0) {
    const [lo, hi] = from < to ? [from, to] : [to, from];
    const range = Object.fromEntries(rows.slice(lo, hi + 1).map((r) => [r.id, true as const]));
    table.setRowSelection((old) => ({ ...old, ...range }));
  } else {
    rows[to]!.toggleSelected();
  }
  anchors.set(table, rowId);
}

/** The ids of the selected rows still on the checklist, in the order shown. */
export function selectedIds(table: ChecklistTable): string[] {
  return table.getRowModel().rows.filter((r) => r.getIsSelected()).map((r) => r.id);
}
