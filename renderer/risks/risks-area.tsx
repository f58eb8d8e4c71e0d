import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RiskCatalogueEntry } from '../../shared/content/risk-catalogue';
import type { RiskCsvPreview } from '../../shared/ipc';
import { setField } from '../../shared/plan/edit';
import type { Risk } from '../../shared/plan/schema';
import type { RiskImportPlan } from '../../shared/risks/csv-merge';
import type { HeatMapKind } from '../../shared/risks/heat-map';
import { addBlankRisk, addRiskFromCatalogue } from '../../shared/risks/risk-edits';
import { clearAllHistory, historyCount } from '../../shared/risks/history-edits';
import { localDay } from '../../shared/risks/scoring';
import * as api from '../api';
import type { AreaProps } from '../state/area-props';
import { BandsDialog } from './bands-dialog';
import { BulkEditBar } from './bulk-edit-bar';
import { CatalogueDialog } from './catalogue-dialog';
import { ColumnMenu } from './column-menu';
import { CsvImportDialog } from './csv-import-dialog';
import { editContext } from '../state/edit-context';
import { DataGrid } from '../components/grid/data-grid';
import { HEADER_HEIGHT } from '../components/grid/grid-layout';
import { tableView } from '../components/grid/kept-view';
import { HeatMap } from './heat-map';
import { RegisterActions } from './register-columns';
import { commitRiskCell } from './register-commit';
import { RegisterFilterBar } from './register-filter-bar';
import type { HeatCellFilter } from './register-filters';
import { registerSummary } from './register-summary';
import { formatCount, plural } from '../../shared/plan/labels';
import { RegisterSummaryCard } from './register-summary-card';
import { RiskDetail } from './risk-detail';
import { keepRegisterView, keptRegisterView } from './register-view';
import { takeRiskRequest } from '../state/risk-request';
import { useRegisterTable } from './use-register-table';

type Dialog = { kind: 'catalogue' } | { kind: 'bands' } | { kind: 'import'; preview: RiskCsvPreview } | null;

const ROW_HEIGHT = 52;
const GRID_HEIGHT = 560;
/** Short registers get a grid just tall enough, so the page does not scroll inside a scroll. */
const gridHeight = (rows: number) => Math.max(180, Math.min(GRID_HEIGHT, HEADER_HEIGHT + rows * ROW_HEIGHT + 2));

const rowLabel = (risk: Risk) => risk.ref;
const hiddenSelected = (ids: readonly string[], shown: readonly { id: string }[]) => {
  const visible = new Set(shown.map((r) => r.id));
  return ids.filter((id) => !visible.has(id)).length;
};
const rowClass = (risk: Risk) => (risk.status === 'closed' ? 'grid-row-muted' : undefined);

/** The risk register: heat map, summary, the register table, the risk detail panel and CSV. */
export function RisksArea({ doc, edit, purge, goTo, showStatus, showError }: AreaProps) {
  const plan = doc.plan;
  const { items, bands } = plan.risks;
  const [today] = useState(() => localDay(new Date()));
  // Read once: the register comes back as the planner left it with this plan.
  const [kept] = useState(() => keptRegisterView(doc.docId));
  const table = useRegisterTable(items, bands, today, kept?.table);
  const [kind, setKind] = useState<HeatMapKind>(kept?.heatKind ?? 'inherent');
  const [openId, setOpenId] = useState<string | null>(null);
  const [reveal, setReveal] = useState<{ rowId: string; n: number } | undefined>(undefined);
  const [focusRequest, setFocusRequest] = useState<{ n: number; on: 'heading' | 'title' }>({ n: 0, on: 'heading' });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [top, setTop] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const gridScroll = useRef<HTMLDivElement>(null);
  const summary = useMemo(() => registerSummary(items, bands, today), [items, bands, today]);

  const openRisk = useMemo(() => (openId ? items.find((r) => r.id === openId) : undefined), [openId, items]);
  const selection = table.state.rowSelection;
  const selectedIds = useMemo(() => {
    const picked = Object.keys(selection).filter((id) => selection[id]);
    if (picked.length === 0) return picked;
    // Selection is table state: drop ids of risks removed (or undone) since they were picked.
    const present = new Set(items.map((r) => r.id));
    return picked.filter((id) => present.has(id));
  }, [selection, items]);
  const cellFilter = (table.getColumn('cell')?.getFilterValue() as HeatCellFilter | undefined) ?? null;

  const open = useCallback((id: string, on: 'heading' | 'title' = 'heading') => {
    // The panel starts under the title bar: measured when it opens, not on every render.
    setTop(root.current?.closest('main')?.getBoundingClientRect().top ?? 0);
    setOpenId(id);
    setFocusRequest((r) => ({ n: r.n + 1, on }));
  }, []);
  const actions = useMemo(() => ({ open: (id: string) => open(id) }), [open]);
  /** Opens a risk's details and scrolls the register to its row. */
  const openInRegister = useCallback(
    (id: string) => {
      open(id);
      setReveal((r) => ({ rowId: id, n: (r?.n ?? 0) + 1 }));
    },
    [open],
  );

  useEffect(() => keepRegisterView(doc.docId, { table: tableView(table.state), heatKind: kind }));
  // A linked risk picked in the checklists: its details open as the register appears.
  useEffect(() => {
    const requested = takeRiskRequest(doc.docId);
    if (requested && items.some((r) => r.id === requested)) {
      // Filters kept from an earlier visit may hide it, but the planner came to see this risk.
      if (!table.getRowModel().rows.some((r) => r.id === requested)) {
        table.resetColumnFilters(true);
        table.setGlobalFilter('');
      }
      // eslint-disable-next-line react-hooks/set-state-in-effect -- once, on arrival: showing the requested risk is this effect's purpose
      openInRegister(requested);
    }
    // Only on arrival: later changes of the plan are not requests.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Shows a new risk: filters that would hide it go, and its details open at the title. */
  function select(risk: Risk) {
    table.resetColumnFilters(true);
    table.setGlobalFilter('');
    open(risk.id, 'title');
  }

  function addFromCatalogue(entry: RiskCatalogueEntry): string {
    const { edit: change, risk } = addRiskFromCatalogue(plan, entry, editContext(plan));
    edit(change, `add ${risk.ref} from the catalogue`);
    showStatus(`Added ${risk.ref} to the register.`);
    return risk.ref;
  }

  function addBlank() {
    const { edit: change, risk } = addBlankRisk(plan, editContext(plan));
    edit(change, `add ${risk.ref}`);
    select(risk);
  }

  function clearHistory() {
    const built = clearAllHistory(plan);
    if (!built) return showStatus('No risk has any history to clear.');
    const entries = historyCount(plan);
    purge(built, 'clear the history of every risk');
    showStatus(`Cleared ${plural(entries, 'change')} from the history of every risk. When you save, they are gone from the file and from its backup. Undo brings them back until then.`);
  }

  async function exportCsv() {
    const result = await api.exportRisksCsv(doc.docId, plan);
    const plainText = doc.protected ? ' The plan is protected, but this CSV file is not: anyone who can read it can read the register.' : '';
    if (result.ok) showStatus(`Exported ${formatCount(result.value.rows)} risks to ${result.value.path}.${plainText}`);
    else if (result.error.code !== 'CANCELLED') showError('The register was not exported', result.error);
  }

  async function importCsv() {
    const result = await api.previewRisksCsv();
    if (result.ok) setDialog({ kind: 'import', preview: result.value });
    else if (result.error.code !== 'CANCELLED') showError('The CSV file could not be read', result.error);
  }

  function confirmImport(preview: RiskCsvPreview, merge: RiskImportPlan) {
    if (merge.edit) edit(merge.edit, 'import risks from CSV');
    showStatus(`Imported “${preview.fileName}”: ${plural(merge.added, 'risk')} added, ${formatCount(merge.updated)} updated. ${merge.notices.join(' ')}`.trim());
    setDialog(null);
  }

  function commit(risk: Risk, columnId: string, value: string): string | null {
    const result = commitRiskCell(plan, risk, columnId, value, editContext(plan));
    if (!result.ok) return result.message;
    if (result.edit) edit(result.edit, result.label);
    return null;
  }

  return (
    <div className="rk-scope risks-area" ref={root}>
      <div className="area-toolbar" role="toolbar" aria-label="Register actions">
        <button type="button" className="button button-primary" onClick={() => setDialog({ kind: 'catalogue' })}>
          Add from catalogue
        </button>
        <button type="button" className="button" onClick={addBlank}>
          New risk
        </button>
        <span className="toolbar-gap" />
        <button type="button" className="button" onClick={() => void importCsv()}>
          Import CSV…
        </button>
        <button type="button" className="button" onClick={() => void exportCsv()}>
          Export CSV…
        </button>
        <button type="button" className="button" onClick={() => setDialog({ kind: 'bands' })}>
          Score bands…
        </button>
        <button type="button" className="button" onClick={clearHistory} disabled={historyCount(plan) === 0}>
          Clear history
        </button>
      </div>

      <div className="risks-overview">
        <HeatMap risks={items} bands={bands} kind={kind} onKind={setKind} selected={cellFilter} onSelect={(cell) => table.getColumn('cell')?.setFilterValue(cell ?? undefined)} />
        <RegisterSummaryCard
          summary={summary}
          bands={bands}
          onReviewFilter={(f) => table.getColumn('reviewDate')?.setFilterValue(f)}
          onBandFilter={(b) => table.getColumn('residual')?.setFilterValue(b)}
          onOpen={open}
        />
      </div>

      <section className="card register-card" aria-labelledby="register-heading">
        <div className="register-head">
          <h3 className="card-heading" id="register-heading">
            Register
          </h3>
          <ColumnMenu table={table} />
        </div>
        <RegisterFilterBar table={table} total={items.length} />
        {selectedIds.length > 0 && (
          <BulkEditBar
            plan={plan}
            selectedIds={selectedIds}
            hidden={hiddenSelected(selectedIds, table.getRowModel().rows)}
            edit={edit}
            showStatus={showStatus}
            onClear={() => table.resetRowSelection(true)}
          />
        )}
        <RegisterActions.Provider value={actions}>
          <DataGrid
            table={table}
            label="Risk register"
            rowLabel={rowLabel}
            rowClassName={rowClass}
            onCommit={commit}
            onOpen={(risk) => open(risk.id)}
            onActiveRowChange={(risk) => openId && risk.id !== openId && setOpenId(risk.id)}
            scrollRef={gridScroll}
            reveal={reveal}
            virtual={{ rowHeight: ROW_HEIGHT, height: gridHeight(table.getRowModel().rows.length) }}
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

      {openRisk && (
        <RiskDetail
          plan={plan}
          risk={openRisk}
          today={today}
          top={top}
          focusRequest={focusRequest}
          edit={edit}
          purge={purge}
          showStatus={showStatus}
          onClose={() => {
            setOpenId(null);
            // Back to where the planner was in the register, as a dialog would return focus.
            gridScroll.current?.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
          }}
          onShowCapabilities={() => goTo('capabilities')}
        />
      )}

      {dialog?.kind === 'catalogue' && <CatalogueDialog plan={plan} onAdd={addFromCatalogue} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'bands' && (
        <BandsDialog
          bands={bands}
          onClose={() => setDialog(null)}
          onSave={(next) => {
            edit(setField(['risks', 'bands'], next), 'edit score bands');
            showStatus('Score bands saved.');
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'import' && <CsvImportDialog plan={plan} preview={dialog.preview} onConfirm={(merge) => confirmImport(dialog.preview, merge)} onClose={() => setDialog(null)} />}
    </div>
  );
}
