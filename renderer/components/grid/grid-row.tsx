import { createContext, useContext } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { flexRender } from '@tanstack/react-table';
import type { RowData } from '@tanstack/react-table';
import { CellEditor } from './cell-editor';
import type { CommitHow } from './cell-editor';
import { metaOf } from './grid-features';
import type { GridRow } from './grid-features';
import { cellStyle } from './grid-layout';

export interface EditingCell {
  rowId: string;
  columnId: string;
  byPointer: boolean;
  error: string | null;
}

export interface GridRowViewProps<T extends RowData> {
  row: GridRow<T>;
  /** Position among the displayed rows (0-based). */
  index: number;
  /** The active column when this row holds the active cell, else -1. */
  activeCol: number;
  editing: EditingCell | null;
  selected: boolean;
  rowLabel: string;
  className?: string;
  style?: CSSProperties;
  onCellFocus: (row: number, col: number) => void;
  onStartEdit: (rowId: string, columnId: string, byPointer: boolean) => void;
  onCommit: (value: string, how: CommitHow) => void;
  onCancel: () => void;
  onOpen?: () => void;
}

const ActiveCell = createContext(false);

/** The tabIndex for a button inside a `tabbable` column's cell: reachable by Tab while the cell is active. */
export const useCellTabIndex = (): 0 | -1 => (useContext(ActiveCell) ? 0 : -1);

/** One row of a DataGrid: display cells, or the in-place editor of the cell being edited. */
export function GridRowView<T extends RowData>(props: GridRowViewProps<T>) {
  const { row, index, activeCol, editing, selected, rowLabel } = props;
  const classes = ['grid-row', selected ? 'grid-row-selected' : '', editing ? 'grid-row-editing' : '', props.className ?? ''].filter(Boolean).join(' ');
  return (
    <tr className={classes} style={props.style} aria-rowindex={index + 2} aria-selected={selected} data-row-id={row.id} onDoubleClick={props.onOpen}>
      {row.getVisibleCells().map((cell, col) => {
        const meta = metaOf(cell.column);
        const isEditing = editing?.columnId === cell.column.id;
        const align = meta.align && meta.align !== 'start' ? ` grid-cell-${meta.align}` : '';
        return (
          <td
            key={cell.id}
            className={`grid-cell${meta.editor ? ' grid-cell-editable' : ''}${align}${col === activeCol ? ' grid-cell-active' : ''}`}
            style={cellStyle(meta)}
            tabIndex={col === activeCol ? 0 : -1}
            data-pos={`${index}:${col}`}
            data-column={cell.column.id}
            aria-readonly={meta.editor ? undefined : true}
            onFocus={() => props.onCellFocus(index, col)}
            onClick={(e) => {
              if (!meta.editor || isEditing) return;
              if ((e.target as HTMLElement).closest('button, input, a')) return;
              props.onStartEdit(row.id, cell.column.id, true);
            }}
          >
            {isEditing && meta.editor ? (
              <CellEditor
                editor={meta.editor}
                initial={String(cell.getValue() ?? '')}
                label={`${meta.label} of ${rowLabel}`}
                error={editing.error}
                byPointer={editing.byPointer}
                onCommit={props.onCommit}
                onCancel={props.onCancel}
              />
            ) : (
              withActiveCell(meta.tabbable === true, col === activeCol, flexRender(cell.column.columnDef.cell, cell.getContext()))
            )}
          </td>
        );
      })}
    </tr>
  );
}

/**
 * A cell's content: its renderer called directly rather than through <FlexRender> (one component
 * less per cell; the grid groups no rows, so FlexRender's aggregated cells never occur), told
 * whether the cell is active when its column is `tabbable`.
 */
function withActiveCell(tabbable: boolean, active: boolean, content: ReactNode): ReactNode {
  return tabbable ? <ActiveCell.Provider value={active}>{content}</ActiveCell.Provider> : content;
}
