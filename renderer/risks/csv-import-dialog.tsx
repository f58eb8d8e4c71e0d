import { useMemo, useState } from 'react';
import type { RiskCsvPreview } from '../../shared/ipc';
import type { Plan } from '../../shared/plan/schema';
import { planRiskImport } from '../../shared/risks/csv-merge';
import type { RiskImportPlan } from '../../shared/risks/csv-merge';
import { ModalDialog } from '../components/modal-dialog';
import { editContext } from '../state/edit-context';
import { formatCount, plural } from '../../shared/plan/labels';
import { describeMerge } from './register-messages';

export interface CsvImportDialogProps {
  plan: Plan;
  preview: RiskCsvPreview;
  onConfirm: (merge: RiskImportPlan) => void;
  onClose: () => void;
}

/**
 * The import preview: what the file would add or change, and every row-level problem (row,
 * column, reason). Nothing reaches the plan until the planner confirms, and rows with problems
 * are only left behind when the planner says so.
 */
export function CsvImportDialog({ plan, preview, onConfirm, onClose }: CsvImportDialogProps) {
  const [skip, setSkip] = useState(false);
  const merge = useMemo(() => planRiskImport(plan, preview, editContext(plan), preview.fileName), [plan, preview]);
  const valid = preview.rows.length;
  const hasProblems = preview.errors.length > 0;
  const headerBroken = hasProblems && preview.dataRows === 0 && valid === 0;
  const canImport = merge.edit !== null && !merge.refused && (preview.invalidRows === 0 || skip);

  return (
    <ModalDialog
      title={`Import risks from “${preview.fileName}”`}
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={!canImport} onClick={() => onConfirm(merge)}>
            {valid > 0 ? `Import ${plural(valid, 'risk')}` : 'Import'}
          </button>
        </>
      }
    >
      <div className="wide-dialog csv-import">
        <p>
          {headerBroken
            ? 'The file cannot be read as a risk register.'
            : `${plural(preview.dataRows, 'row')} read: ${formatCount(valid)} ready to import${preview.invalidRows > 0 ? `, ${formatCount(preview.invalidRows)} with problems` : ''}.`}
        </p>
        {!headerBroken && <p className="csv-merge">{merge.refused ?? describeMerge(merge)}</p>}
        {merge.notices.length > 0 && (
          <ul className="csv-notices">
            {merge.notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
        {hasProblems && (
          <>
            <h3 className="csv-problems-heading" id="csv-problems-heading">
              Problems found
            </h3>
            <div className="csv-problems">
              <table className="csv-table" aria-labelledby="csv-problems-heading">
                <thead>
                  <tr>
                    <th scope="col">Row</th>
                    <th scope="col">Column</th>
                    <th scope="col">Problem</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.errors.map((e, i) => (
                    <tr key={i}>
                      <td>{e.row}</td>
                      <td>{e.column || '—'}</td>
                      <td>{e.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {preview.moreErrors > 0 && <p className="muted">…and {plural(preview.moreErrors, 'more problem')}.</p>}
          </>
        )}
        {preview.invalidRows > 0 && valid > 0 && (
          <label className="check-label csv-skip">
            <input type="checkbox" checked={skip} onChange={(e) => setSkip(e.target.checked)} />
            Skip the {plural(preview.invalidRows, 'row')} with problems and import the other {formatCount(valid)}
          </label>
        )}
        {!headerBroken && valid === 0 && <p className="notice notice-warn">No row can be imported. Fix the file and import it again.</p>}
      </div>
    </ModalDialog>
  );
}
