import { useEffect, useMemo, useRef, useState } from 'react';
import type { HeatMapKind } from '../../shared/risks/heat-map';
import { historyCount } from '../../shared/risks/history-edits';
import { localDay } from '../../shared/risks/scoring';
import { tableView } from '../components/grid/kept-view';
import type { AreaProps } from '../state/area-props';
import { BandsDialog } from './bands-dialog';
import { CatalogueDialog } from './catalogue-dialog';
import { CsvImportDialog } from './csv-import-dialog';
import { HeatMap } from './heat-map';
import { RegisterCard } from './register-card';
import { registerCommands } from './register-commands';
import type { HeatCellFilter } from './register-filters';
import { registerSummary } from './register-summary';
import { RegisterSummaryCard } from './register-summary-card';
import { RegisterToolbar } from './register-toolbar';
import { keepRegisterView, keptRegisterView } from './register-view';
import { RiskDetail } from './risk-detail';
import { useRegisterTable } from './use-register-table';
import { useRequestedRisk, useRiskPanel } from './use-risk-panel';
import { useRiskCsv } from './use-risk-csv';

/** The risk register: heat map, summary, the register table, the risk detail panel and CSV. */
export function RisksArea({ doc, edit, purge, goTo, showStatus, showError }: AreaProps) {
  const plan = doc.plan;
  const { items, bands } = plan.risks;
  const [today] = useState(() => localDay(new Date()));
  // Read once: the register comes back as the planner left it with this plan.
  const [kept] = useState(() => keptRegisterView(doc.docId));
  const table = useRegisterTable(items, bands, today, kept?.table);
  const [kind, setKind] = useState<HeatMapKind>(kept?.heatKind ?? 'inherent');
  const [dialog, setDialog] = useState<'catalogue' | 'bands' | null>(null);
  const summary = useMemo(() => registerSummary(items, bands, today), [items, bands, today]);
  const root = useRef<HTMLDivElement>(null);
  const gridScroll = useRef<HTMLDivElement>(null);
  const panel = useRiskPanel(items, root, gridScroll);
  const csv = useRiskCsv(doc, { edit, showStatus, showError });
  const commands = registerCommands(plan, { edit, purge, showStatus });
  const cellFilter = (table.getColumn('cell')?.getFilterValue() as HeatCellFilter | undefined) ?? null;

  useEffect(() => keepRegisterView(doc.docId, { table: tableView(table.state), heatKind: kind }));
  useRequestedRisk(doc.docId, items, table, panel.openInRegister);

  /** A new risk is shown: filters that would hide it go, and its details open at the title. */
  function addBlank() {
    const risk = commands.addBlank();
    table.resetColumnFilters(true);
    table.setGlobalFilter('');
    panel.open(risk.id, 'title');
  }

  return (
    <div className="rk-scope risks-area" ref={root}>
      <RegisterToolbar
        onAddFromCatalogue={() => setDialog('catalogue')}
        onNewRisk={addBlank}
        onImportCsv={() => void csv.importCsv()}
        onExportCsv={() => void csv.exportCsv()}
        onBands={() => setDialog('bands')}
        onClearHistory={commands.clearHistory}
        canClearHistory={historyCount(plan) > 0}
      />

      <div className="risks-overview">
        <HeatMap risks={items} bands={bands} kind={kind} onKind={setKind} selected={cellFilter} onSelect={(cell) => table.getColumn('cell')?.setFilterValue(cell ?? undefined)} />
        <RegisterSummaryCard
          summary={summary}
          bands={bands}
          onReviewFilter={(f) => table.getColumn('reviewDate')?.setFilterValue(f)}
          onBandFilter={(b) => table.getColumn('residual')?.setFilterValue(b)}
          onOpen={panel.open}
        />
      </div>

      <RegisterCard plan={plan} table={table} panel={panel} gridScroll={gridScroll} onCommit={commands.commit} edit={edit} showStatus={showStatus} />

      {panel.openRisk && (
        <RiskDetail
          plan={plan}
          risk={panel.openRisk}
          today={today}
          top={panel.top}
          focusRequest={panel.focusRequest}
          edit={edit}
          purge={purge}
          showStatus={showStatus}
          onClose={panel.close}
          onShowCapabilities={() => goTo('capabilities')}
        />
      )}

      {dialog === 'catalogue' && <CatalogueDialog plan={plan} onAdd={commands.addFromCatalogue} onClose={() => setDialog(null)} />}
      {dialog === 'bands' && (
        <BandsDialog
          bands={bands}
          onClose={() => setDialog(null)}
          onSave={(next) => {
            commands.saveBands(next);
            setDialog(null);
          }}
        />
      )}
      {csv.preview && <CsvImportDialog plan={plan} preview={csv.preview} onConfirm={csv.confirmImport} onClose={csv.cancelImport} />}
    </div>
  );
}
