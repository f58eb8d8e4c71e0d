import { useState } from 'react';
import type { Plan, RiskHistoryEntry } from '../../shared/plan/schema';
import { riskFieldLabel } from '../../shared/risks/history-fields';
import { formatTimestamp } from '../components/format-date';
import { historyLine } from './history-lines';
import { Select } from '../components/select-field';

const FIRST = 8;

export interface RiskHistoryProps {
  history: readonly RiskHistoryEntry[];
  /** Names the checklist item a risk was added for. */
  plan: Pick<Plan, 'capabilities'>;
  /** Removes every entry of one field (its old and new text) from this risk's history. */
  onRemoveField: (field: string) => void;
}

/** The risk's changes, newest first: when, by whom, which field, from what to what; and removing a field's past text. */
export function RiskHistory({ history, plan, onRemoveField }: RiskHistoryProps) {
  const [all, setAll] = useState(false);
  const fields = [...new Set(history.map((h) => h.field))].filter((f) => f !== 'risk');
  const [field, setField] = useState('');
  const chosen = fields.includes(field) ? field : (fields[0] ?? '');
  const newestFirst = [...history].reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, FIRST);
  if (history.length === 0) return <p className="muted">No changes recorded.</p>;
  return (
    <>
      <ol className="history">
        {shown.map((entry, i) => (
          <li key={`${entry.at}-${i}`} className="history-item">
            <span className="history-when">
              {formatTimestamp(entry.at, 'medium')} · {entry.by}
            </span>
            <span className="history-what">{historyLine(entry, plan)}</span>
          </li>
        ))}
      </ol>
      {history.length > FIRST && (
        <button type="button" className="button button-quiet button-small" onClick={() => setAll(!all)}>
          {all ? 'Show the latest only' : `Show all ${history.length} changes`}
        </button>
      )}
      {fields.length > 0 && (
        <div className="history-remove">
          <label className="history-remove-label">
            <span>Field</span>
            <Select className="field-input field-select" value={chosen} options={fields.map((f) => ({ value: f, label: riskFieldLabel(f) }))} onChange={setField} />
          </label>
          <button type="button" className="button button-small" onClick={() => chosen && onRemoveField(chosen)}>
            Remove from history
          </button>
          <p className="field-hint">Removes every past value of this field from the plan. Saving then removes it from the file and its backup.</p>
        </div>
      )}
    </>
  );
}
