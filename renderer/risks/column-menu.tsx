import { useEffect, useId, useRef, useState } from 'react';
import type { RowData } from '@tanstack/react-table';
import type { ReactTable } from '@tanstack/react-table';
import { metaOf } from '../components/grid/grid-features';
import type { GridFeatures } from '../components/grid/grid-features';

/** "Columns" button with a checklist of the columns the planner may show or hide. */
export function ColumnMenu<T extends RowData>({ table }: { table: ReactTable<GridFeatures, T, unknown> }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    root.current?.querySelector<HTMLInputElement>('input')?.focus();
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const hideable = table.getAllLeafColumns().filter((c) => c.getCanHide());
  return (
    <div
      className="menu"
      ref={root}
      onBlur={(e) => {
        if (open && !root.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button ref={button} type="button" className="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Columns
      </button>
      {open && (
        <fieldset className="menu-panel" id={panelId}>
          <legend className="menu-legend">Show columns</legend>
          {hideable.map((column) => (
            <label key={column.id} className="menu-check">
              <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
              {metaOf(column).label}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
