import { useId, useState } from 'react';
import type { PlanEdit } from '../../shared/plan/edit';
import type { Plan } from '../../shared/plan/schema';
import { bulkUpdateRisks, removeRisks } from '../../shared/risks/risk-edits';
import { validateRiskPatch } from '../../shared/risks/risk-validation';
import { editContext } from '../state/edit-context';
import { formatCount, plural } from '../../shared/plan/labels';
import { STATUS_OPTIONS } from './risk-labels';
import { Select } from '../components/select-field';

export interface BulkEditBarProps {
  plan: Plan;
  selectedIds: readonly string[];
  /** How many of them the current filters hide: the edits reach those too. */
  hidden: number;
  edit: (edit: PlanEdit, label: string) => void;
  showStatus: (text: string) => void;
  onClear: () => void;
}

/** Appears while risks are selected: set the status or owner of all of them at once, or remove them. */
export function BulkEditBar({ plan, selectedIds, hidden, edit, showStatus, onClear }: BulkEditBarProps) {
  const [status, setStatus] = useState('');
  const [owner, setOwner] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const ids = useId();
  const count = plural(selectedIds.length, 'risk');

  function applyStatus() {
    if (status === '') return;
    const change = bulkUpdateRisks(plan, selectedIds, { status: status as Plan['risks']['items'][number]['status'] }, editContext(plan));
    if (change) edit(change, `set status of ${count}`);
    showStatus(change ? `Status set for ${count}.` : 'Those risks already had that status.');
  }

  function applyOwner() {
    const value = owner.trim();
    const problems = validateRiskPatch({ owner: value });
    if (problems.length > 0) return setProblem(problems[0]!.message);
    setProblem(null);
    const change = bulkUpdateRisks(plan, selectedIds, { owner: value }, editContext(plan));
    if (change) edit(change, `set owner of ${count}`);
    showStatus(change ? `Owner set for ${count}.` : 'Those risks already had that owner.');
  }

  function remove() {
    edit(removeRisks(plan, selectedIds), `remove ${count}`);
    showStatus(`Removed ${count}. Undo brings ${selectedIds.length === 1 ? 'it' : 'them'} back.`);
    onClear();
  }

  return (
    <div className="bulk-bar" role="region" aria-label="Edit the selected risks">
      <div className="bulk-top">
        <strong className="bulk-count">{count} selected</strong>
        {hidden > 0 && <span className="bulk-hidden">{formatCount(hidden)} of them hidden by the filters</span>}
        <button type="button" className="button button-small button-quiet" onClick={onClear}>
          Clear selection
        </button>
      </div>
      <div className="bulk-controls">
        <div className="bulk-group">
          <label htmlFor={`${ids}-status`} className="compact-label">
            Status
          </label>
          <Select id={`${ids}-status`} className="compact-input field-select" value={status} options={STATUS_OPTIONS} emptyLabel="Choose…" onChange={setStatus} />
          <button type="button" className="button button-small" disabled={status === ''} onClick={applyStatus}>
            Set status
          </button>
        </div>
        <div className="bulk-group">
          <label htmlFor={`${ids}-owner`} className="compact-label">
            Owner
          </label>
          <input
            id={`${ids}-owner`}
            className="compact-input"
            value={owner}
            maxLength={300}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${ids}-problem` : undefined}
            onChange={(e) => setOwner(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && applyOwner()}
          />
          <button type="button" className="button button-small" onClick={applyOwner}>
            Set owner
          </button>
          {problem && (
            <p className="inline-error" id={`${ids}-problem`} role="alert">
              {problem}
            </p>
          )}
        </div>
        <div className="bulk-end">
          <button type="button" className="button button-small button-danger" onClick={remove}>
            Remove {count}
          </button>
        </div>
      </div>
    </div>
  );
}
