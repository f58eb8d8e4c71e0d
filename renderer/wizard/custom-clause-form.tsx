import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ClauseFamily, ClauseKind, Priority } from '../../shared/content/clauses';
import { addCustomClause } from '../../shared/mandate/clause-edits';
import { newId } from '../../shared/plan/ids';
import { ChoiceGroup } from '../components/choice-group';
import { choicesOf, FAMILY_OPTIONS, KIND_LABELS, PRIORITY_CHOICES } from './labels';
import type { PlanChanger } from './plan-changer';
import { Select } from '../components/select-field';
import { customClauseProblems } from './custom-clause-problems';

const KIND_CHOICES = choicesOf<ClauseKind>(['operative', 'preambular'], KIND_LABELS);

interface Draft {
  kind: ClauseKind;
  family: ClauseFamily;
  opening: string;
  text: string;
  priority: Priority;
  task: boolean;
}

const EMPTY: Draft = { kind: 'operative', family: 'cross-cutting', opening: '', text: '', priority: 'important', task: false };

/** A form to write a clause of one's own; {name} placeholders in it become parameters to fill. */
export function CustomClauseForm({ change, onAdded }: { change: PlanChanger; onAdded: (clauseId: string) => void }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [tried, setTried] = useState(false);
  const problems = customClauseProblems(draft);
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problems.length) return;
    const id = newId('cl');
    change.apply(
      addCustomClause(change.plan, { id, kind: draft.kind, family: draft.family, opening: draft.opening.trim(), text: draft.text.trim(), priority: draft.priority, task: draft.kind === 'operative' && draft.task }),
      'add own clause',
    );
    setDraft(EMPTY);
    setTried(false);
    onAdded(id);
  };
  return (
    <form className="wz-custom" aria-label="Write a clause" onSubmit={submit} noValidate>
      <ChoiceGroup legend="Kind of paragraph" value={draft.kind} choices={KIND_CHOICES} onChange={(kind) => update({ kind })} />
      <div className="wz-wording">
        <label className="wz-mini-field wz-opening-field">
          <span>{draft.kind === 'operative' ? 'Opening verb' : 'Opening participle'}</span>
          <input className="field-input" type="text" value={draft.opening} maxLength={300} placeholder={draft.kind === 'operative' ? 'Requests' : 'Recalling'} onChange={(e) => update({ opening: e.target.value })} />
        </label>
        <label className="wz-mini-field wz-grow">
          <span>Text of the paragraph</span>
          <textarea className="field-input" rows={3} value={draft.text} maxLength={20000} placeholder="the mission to … {region} …" aria-describedby="wz-custom-hint" onChange={(e) => update({ text: e.target.value })} />
        </label>
      </div>
      <p className="field-hint" id="wz-custom-hint">
        Write <code>{'{name}'}</code> (lower-case letters, digits and _) where a value is to be filled in later.
      </p>
      <div className="wz-custom-row">
        <label className="wz-mini-field">
          <span>Family</span>
          <Select value={draft.family} options={FAMILY_OPTIONS} onChange={(value) => update({ family: value as ClauseFamily })} />
        </label>
        <label className="wz-mini-field">
          <span>Priority</span>
          <Select value={draft.priority} options={PRIORITY_CHOICES} onChange={(v) => update({ priority: v as Priority })} />
        </label>
        {draft.kind === 'operative' && (
          <label className="wz-check wz-check-compact wz-custom-task">
            <input type="checkbox" checked={draft.task} onChange={(e) => update({ task: e.target.checked })} />
            <span className="wz-check-label">Authorises a task</span>
          </label>
        )}
      </div>
      {tried && problems.length > 0 && (
        <ul className="wz-form-problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="wz-custom-actions">
        <button type="submit" className="button button-primary">
          Add to the mandate
        </button>
      </div>
    </form>
  );
}
