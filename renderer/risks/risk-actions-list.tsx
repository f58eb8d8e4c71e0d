import { useState } from 'react';
import type { Risk, RiskAction } from '../../shared/plan/schema';
import { newId } from '../../shared/plan/ids';
import { CommitField } from './commit-field';

export interface RiskActionsListProps {
  risk: Risk;
  /** Saves the whole new list of actions; returns why it is refused, or null. */
  onCommit: (actions: RiskAction[]) => string | null;
}

/** The treatment's actions: tick them off, edit them in place, add and remove them. */
export function RiskActionsList({ risk, onCommit }: RiskActionsListProps) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const actions = risk.actions;
  const replace = (index: number, patch: Partial<RiskAction>) => onCommit(actions.map((a, i) => (i === index ? { ...a, ...patch } : a)));

  function add() {
    if (text.trim() === '') return setProblem('Describe the action first.');
    const error = onCommit([...actions, { id: newId('act'), text: text.trim(), owner: risk.owner, dueDate: '', done: false }]);
    setProblem(error);
    if (!error) setText('');
  }

  return (
    <div className="actions">
      {actions.length === 0 ? (
        <p className="muted">No actions yet.</p>
      ) : (
        <ul className="action-list">
          {actions.map((a, i) => (
            <li key={a.id} className={a.done ? 'action action-done' : 'action'}>
              <input type="checkbox" className="action-check" checked={a.done} aria-label={`Action ${i + 1} done`} onChange={(e) => replace(i, { done: e.target.checked })} />
              <div className="action-fields">
                <CommitField label={`Action ${i + 1}`} hideLabel value={a.text} maxLength={20_000} onCommit={(v) => replace(i, { text: v })} />
                <CommitField label={`Owner of action ${i + 1}`} hideLabel placeholder="Owner" value={a.owner} maxLength={300} onCommit={(v) => replace(i, { owner: v })} />
                <CommitField label={`Due date of action ${i + 1}`} hideLabel type="date" value={a.dueDate} onCommit={(v) => replace(i, { dueDate: v })} />
              </div>
              <button type="button" className="button button-quiet button-small" aria-label={`Remove action ${i + 1}`} onClick={() => onCommit(actions.filter((_, j) => j !== i))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="action-add">
        <label htmlFor={`new-action-${risk.id}`} className="visually-hidden">
          New action
        </label>
        <input
          id={`new-action-${risk.id}`}
          className="field-input"
          placeholder="New action, e.g. Brief the troop contributors"
          value={text}
          maxLength={20_000}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button" onClick={add}>
          Add action
        </button>
      </div>
      {problem && (
        <p className="inline-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
