/**
 * The risk register's CSV methods of the IPC contract: export through the save dialog, and a
 * preview through the open dialog. The import itself happens in the renderer as one document edit
 * (shared/risks/csv-merge), so it is undoable and nothing reaches disk until the planner saves.
 */
import { dirname, join } from 'node:path';
import type { Handlers } from './handler-types';
import { finalSaveName, startFolder, suggestedFileName } from './file-names';
import type { HandlerPorts } from './ports';
import { PlannerError } from '../../shared/result';
import { exportRisksCsvFile, readRisksCsvFile } from './risk-csv';

export type RiskCsvHandlers = Pick<Handlers, 'exportRisksCsv' | 'previewRisksCsv'>;

const CSV_FILTERS = [
  { name: 'CSV files', extensions: ['csv'] },
  { name: 'All files', extensions: ['*'] },
];

/**
 * Builds the CSV handlers over the app's ports; spread the result into createHandlers' object.
 * `documentPath` tells where an open document's plan file lives (null if never saved), so an
 * export is offered beside it.
 */
export function createRiskCsvHandlers(ports: HandlerPorts, documentPath: (docId: string) => string | null = () => null): RiskCsvHandlers {
  // A document closed meanwhile just loses the suggestion; the export itself needs only the plan.
  const pathOf = (docId: string) => {
    try {
      return documentPath(docId);
    } catch {
      return null;
    }
  };
  return {
    async exportRisksCsv({ docId, plan }) {
      const name = suggestedFileName(plan.cover.title, ' - risks.csv');
      const planPath = docId ? pathOf(docId) : null;
      const defaultPath = join(planPath ? dirname(planPath) : startFolder(ports), name);
      const chosen = await ports.dialogs.showSaveDialog({ title: 'Export risk register as CSV', defaultPath, filters: CSV_FILTERS });
      if (chosen === null) throw new PlannerError('CANCELLED', 'Exporting the risk register was cancelled.');
      return exportRisksCsvFile(plan, await finalSaveName(chosen, '.csv', ports.dialogs, 'Exporting the risk register'));
    },
    async previewRisksCsv() {
      const chosen = await ports.dialogs.showOpenDialog({ title: 'Import risks from CSV', defaultPath: startFolder(ports), filters: CSV_FILTERS });
      if (chosen === null) throw new PlannerError('CANCELLED', 'Importing risks was cancelled.');
      return readRisksCsvFile(chosen);
    },
  };
}
