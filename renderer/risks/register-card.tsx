import { useMemo } from 'react';
import type { RefObject } from 'react';
import type { Plan, Risk } from '../../shared/plan/schema';
import { DataGrid } from '../components/grid/data-grid';
import type { AreaProps } from '../state/area-props';
import { BulkEditBar } from './bulk-edit-bar';
import { ColumnMenu } from './column-menu';
import { RegisterActions } from './register-columns';
import { RegisterFilterBar } from './register-filter-bar';
import { gridHeight, hiddenCount, ROW_HEIGHT, rowClass, rowLabel, selectedRiskIds } from './register-layout';
import type { RiskPanel } from './use-risk-panel';
import type { RegisterTable } from './use-register-table';

export interface RegisterCardProps extends Pick<AreaProps, 'edit' | 'showStatus'> {
  plan: Plan;
  table: RegisterTable;
  panel: RiskPanel;
  /** The grid's scroll box (the panel returns focus into it). */
  gridScroll: RefObject<HTMLDivElement | null>;
  onCommit: (risk: Risk, columnId: string, value: string) => string | null;
}

/** The register table with its column menu, filters and the bulk edit bar for selected rows. */
export function RegisterCard({ plan, table, panel, gridScroll, onCommit, edit, showStatus }: RegisterCardProps) {
  const items = plan.risks.items;
  const selection = table.state.rowSelection;
  const selectedIds = useMemo(() => selectedRiskIds(selection, items), [selection, items]);
  const { open } = panel;
  const actions = useMemo(() => ({ open: (id: string) => open(id) }), [open]);
  const rows = table.getRowModel().rows;

  return (
    <section className="card register-card" aria-labelledby="register-heading">
      <div className="register-head">
        <h3 className="card-heading" id="register-heading">
          Register
        </h3>
        <ColumnMenu table={table} />
      </div>
      <RegisterFilterBar table={table} total={items.length} />
      {selectedIds.length > 0 && (
        <BulkEditBar plan={plan} selectedIds={selectedIds} hidden={hiddenCount(selectedIds, rows)} edit={edit} showStatus={showStatus} onClear={() => table.resetRowSelection(true)} />
      )}
      <RegisterActions.Provider value={actions}>
        <DataGrid
          table={table}
          label="Risk register"
          rowLabel={rowLabel}
          rowClassName={rowClass}
          onCommit={onCommit}
          onOpen={(risk) => open(risk.id)}
          onActiveRowChange={(risk) => panel.follow(risk.id)}
          scrollRef={gridScroll}
          reveal={panel.reveal}
          virtual={{ rowHeight: ROW_HEIGHT, height: gridHeight(rows.length) }}
          empty={
            items.length === 0 ? (
              <p>The register is empty. Add risks from the catalogue, write a new one or import a CSV file.</p>
            ) : (
              <p>No risk matches the filters.</p>
            )
          }
        />
      </RegisterActions.Provider>
      <p className="grid-help">Arrow keys move between cells · Enter edits or opens · Escape cancels · Space selects the row</p>
    </section>
  );
}
