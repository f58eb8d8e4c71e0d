/** The register's CSV file commands: export through the save dialog, import with a preview first. */
import { useState } from 'react';
import * as api from '../api';
import type { RiskCsvPreview } from '../../shared/ipc';
import type { RiskImportPlan } from '../../shared/risks/csv-merge';
import type { OpenDocument } from '../state/document';
import type { AreaProps } from '../state/area-props';
import { csvExported, csvImported } from './register-messages';

export interface RiskCsv {
  /** The file read for import, waiting for the planner's yes in the import dialog. */
  preview: RiskCsvPreview | null;
  exportCsv(): Promise<void>;
  importCsv(): Promise<void>;
  confirmImport(merge: RiskImportPlan): void;
  cancelImport(): void;
}

/** CSV commands for the open plan; outcomes go to the shell's status line and error panel. */
export function useRiskCsv(doc: OpenDocument, { edit, showStatus, showError }: Pick<AreaProps, 'edit' | 'showStatus' | 'showError'>): RiskCsv {
  const [preview, setPreview] = useState<RiskCsvPreview | null>(null);
  return {
    preview,
    async exportCsv() {
      const result = await api.exportRisksCsv(doc.docId, doc.plan);
      if (result.ok) showStatus(csvExported(result.value.rows, result.value.path, doc.protected === true));
      // Closing the save dialog is the planner's choice, not a problem to report.
      else if (result.error.code !== 'CANCELLED') showError('The register was not exported', result.error);
    },
    async importCsv() {
      const result = await api.previewRisksCsv();
      if (result.ok) setPreview(result.value);
      else if (result.error.code !== 'CANCELLED') showError('The CSV file could not be read', result.error);
    },
    confirmImport(merge) {
      if (!preview) return;
      if (merge.edit) edit(merge.edit, 'import risks from CSV');
      showStatus(csvImported(preview.fileName, merge));
      setPreview(null);
    },
    cancelImport: () => setPreview(null),
  };
}
