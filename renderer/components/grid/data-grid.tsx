import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReactTable, RowData } from '@tanstack/react-table';
import type { CommitHow } from './cell-editor';
import { metaOf } from './grid-features';
import type { GridFeatures } from './grid-features';
import { GridHeader } from './grid-header';
import { clampPosition, moveActive } from './grid-keys';
import type { GridPosition } from './grid-keys';
import { gridMinWidth, HEADER_HEIGHT } from './grid-layout';
import { GridRowView } from './grid-row';
import type { EditingCell } from './grid-row';

export interface DataGridProps<T extends RowData> {
  table: ReactTable<GridFeatures, T, unknown>;
  /** The grid's accessible name, e.g. "Risk register". */
  label: string;
  /** Names a row in editor labels, e.g. "R-003". */
  rowLabel: (row: T) => string;
  /** Saves an edited cell; returns why the value is refused, or null once it is saved. */
  onCommit: (row: T, columnId: string, value: string) => string | null;
  /** Enter on an "open" cell, or a double click on the row. */
  onOpen?: (row: T) => void;
  /** The row holding the active cell changed (keyboard or pointer). */
  onActiveRowChange?: (row: T) => void;
  rowClassName?: (row: T) => string | undefined;
  /** Shown instead of rows when there are none. */
  empty: ReactNode;
  /** Virtual rows for long lists: only the rows on screen are in the DOM. */
  virtual?: { rowHeight: number; height: number };
  scrollRef?: RefObject<HTMLDivElement | null>;
  /** A row to scroll to and make active (a link elsewhere in the app led to it); a new `n` asks again. */
  reveal?: { rowId: string; n: number };
}

/**
 * A keyboard-first data grid over a TanStack table (ARIA grid pattern): one tab stop, arrows
 * move the active cell, Enter or F2 edits it (or opens the row), Escape cancels, Space selects
 * the row. Editing, sorting and filtering all go through the table and the caller's onCommit.
 */
export function DataGrid<T extends RowData>(props: DataGridProps<T>) {
  const { table, virtual } = props;
  const ownScroll = useRef<HTMLDivElement>(null);
  const scrollRef = props.scrollRef ?? ownScroll;
  const [activePos, setActivePos] = useState<GridPosition>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<EditingCell | null>(null);
  const focusWanted = useRef(false);

  const rows = table.getRowModel().rows;
  const columns = table.getVisibleLeafColumns();
  const active = clampPosition(activePos, { rows: rows.length, cols: columns.length });

  // The app is not built with the React Compiler, so the virtualizer's fresh functions are fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => virtual?.rowHeight ?? 44,
    getItemKey: (i) => rows[i]?.id ?? i,
    // A few rows beyond the visible ones: each costs rendering and layout on every change.
    overscan: 2,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    initialRect: { width: 1000, height: virtual?.height ?? 0 },
  });

  // Focus follows keyboard moves; a row scrolled into view renders a frame later, so keep trying.
  useLayoutEffect(() => {
    if (!focusWanted.current) return;
    const cell = scrollRef.current?.querySelector<HTMLElement>(`[data-pos="${active.row}:${active.col}"]`);
    if (cell) {
      focusWanted.current = false;
      if (!cell.contains(document.activeElement)) cell.focus({ preventScroll: !!virtual });
    }
  });

  // Revealed once the row is among the rows shown (the caller clears filters that hide it).
  const revealed = useRef(0);
  useEffect(() => {
    const request = props.reveal;
    if (!request || request.n === revealed.current) return;
    const index = rows.findIndex((r) => r.id === request.rowId);
    if (index < 0) return;
    revealed.current = request.n;
    setActivePos((pos) => ({ row: index, col: pos.col }));
    scrollRef.current?.scrollIntoView({ block: 'nearest' });
    if (virtual) virtualizer.scrollToIndex(index, { align: 'center' });
    else scrollRef.current?.querySelector(`[data-row-id="${CSS.escape(request.rowId)}"]`)?.scrollIntoView({ block: 'center' });
  }, [props.reveal, rows, virtual, virtualizer, scrollRef]);

  /** Tells the caller about a move to another row made by the planner (not by a sort or filter). */
  function reportRow(row: number) {
    const original = rows[row]?.original;
    if (row !== active.row && original !== undefined) props.onActiveRowChange?.(original);
  }

  function moveTo(pos: GridPosition) {
    reportRow(pos.row);
    setActivePos(pos);
    focusWanted.current = true;
    if (virtual) virtualizer.scrollToIndex(pos.row, { align: 'auto' });
  }

  function startEdit(rowId: string, columnId: string, byPointer: boolean) {
    setEditing({ rowId, columnId, byPointer, error: null });
  }

  function commit(value: string, how: CommitHow) {
    if (!editing) return;
    const row = rows.find((r) => r.id === editing.rowId);
    if (!row) return setEditing(null);
    const error = props.onCommit(row.original, editing.columnId, value);
    if (error) return setEditing({ ...editing, error });
    setEditing(null);
    if (how === 'tab' || how === 'shift-tab') moveTo({ row: active.row, col: Math.max(0, Math.min(columns.length - 1, active.col + (how === 'tab' ? 1 : -1))) });
    else if (how !== 'blur') moveTo(active);
  }

  function cancel() {
    setEditing(null);
    moveTo(active);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    if (editing || event.altKey) return;
    // A button reached with Tab inside a `tabbable` cell handles Enter and Space itself.
    const inWidget = event.target instanceof HTMLElement && event.target.closest('td button, td a') !== null;
    if (inWidget && (event.key === 'Enter' || event.key === ' ')) return;
    const row = rows[active.row];
    const column = columns[active.col];
    if (!row || !column) return;
    const page = virtual ? Math.max(1, Math.floor(virtual.height / virtual.rowHeight) - 1) : 10;
    const next = moveActive(active, event, { rows: rows.length, cols: columns.length, page });
    if (next) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    const meta = metaOf(column);
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      if (meta.editor) startEdit(row.id, column.id, false);
      else if (meta.activate === 'open') props.onOpen?.(row.original);
      else if (meta.activate === 'toggle-select') row.toggleSelected();
      else if (meta.activate === 'press') (event.target as HTMLElement).querySelector<HTMLButtonElement>('button')?.click();
    } else if (event.key === ' ') {
      event.preventDefault();
      row.toggleSelected();
    }
  }

  const metas = columns.map((c) => metaOf(c));
  const items = virtual
    ? virtualizer.getVirtualItems().map((item) => ({ index: item.index, start: item.start - HEADER_HEIGHT }))
    : rows.map((_, index) => ({ index, start: 0 }));

  return (
    <div ref={scrollRef} className={virtual ? 'grid-scroll grid-scroll-virtual' : 'grid-scroll'} style={virtual ? { height: virtual.height } : undefined}>
      <table
        role="grid"
        className="grid"
        aria-label={props.label}
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length}
        aria-multiselectable
        style={{ minWidth: gridMinWidth(metas) }}
      >
        <GridHeader table={table} />
        <tbody className="grid-body" style={virtual ? { height: virtualizer.getTotalSize() - HEADER_HEIGHT } : undefined} onKeyDown={onKeyDown}>
          {items.map(({ index, start }) => {
            const row = rows[index];
            if (!row) return null;
            const rowEditing = editing?.rowId === row.id ? editing : null;
            return (
              <GridRowView
                key={row.id}
                row={row}
                index={index}
                activeCol={index === active.row ? active.col : -1}
                editing={rowEditing}
                selected={row.getIsSelected()}
                rowLabel={props.rowLabel(row.original)}
                className={props.rowClassName?.(row.original)}
                style={virtual ? { transform: `translateY(${start}px)`, height: virtual.rowHeight } : undefined}
                onCellFocus={(r, c) => {
                  if (r === active.row && c === active.col) return;
                  reportRow(r);
                  setActivePos({ row: r, col: c });
                }}
                onStartEdit={startEdit}
                onCommit={commit}
                onCancel={cancel}
                onOpen={props.onOpen ? () => props.onOpen?.(row.original) : undefined}
              />
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && <div className="grid-empty">{props.empty}</div>}
    </div>
  );
}
