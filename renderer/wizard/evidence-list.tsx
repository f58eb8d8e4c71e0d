import { newId } from '../../shared/plan/ids';
import type { RiskFactorAssessment } from '../../shared/plan/schema';
import { evidenceTextPath } from '../../shared/plan/sensitive';
import type { PlanChanger } from './plan-changer';
import { SensitiveTick } from './sensitive-tick';
import { Icon } from '../components/icons';

type Evidence = RiskFactorAssessment['evidence'][number];

export interface EvidenceListProps {
  change: PlanChanger;
  /** Position of the factor in situation.riskFactors. */
  factorIndex: number;
  factorName: string;
  evidence: readonly Evidence[];
  /** Evidence entry to focus, just after it was added. */
  focusId: string | null;
  onAdded: (id: string) => void;
}

/** Dated evidence entries for one factor: what was seen, when, and who reported it. */
export function EvidenceList({ change, factorIndex, factorName, evidence, focusId, onAdded }: EvidenceListProps) {
  const base = ['situation', 'riskFactors', factorIndex, 'evidence'] as const;
  const add = () => {
    const entry: Evidence = { id: newId('ev'), date: '', text: '', source: '' };
    change.apply({ kind: 'insert', path: base, index: evidence.length, value: entry }, 'add evidence');
    onAdded(entry.id);
  };
  return (
    <div className="wz-evidence">
      <div className="wz-subhead">
        <h6 className="wz-subhead-title">Evidence</h6>
        <button type="button" className="button button-quiet wz-small-button" onClick={add}>
          <Icon name="plus" size={16} />
          Add evidence
        </button>
      </div>
      {evidence.length === 0 ? (
        <p className="wz-empty">No evidence recorded for this factor yet.</p>
      ) : (
        <ul className="wz-evidence-list" aria-label={`Evidence for ${factorName}`}>
          {evidence.map((e, i) => (
            <li key={e.id} className="wz-evidence-item">
              <div className="wz-evidence-meta">
                <label className="wz-mini-field">
                  <span>Date</span>
                  <input className="field-input" type="date" value={e.date} onChange={(ev) => change.set([...base, i, 'date'], ev.target.value, 'edit evidence date')} />
                </label>
                <label className="wz-mini-field wz-grow">
                  <span>Source</span>
                  <input
                    className="field-input"
                    type="text"
                    value={e.source}
                    maxLength={300}
                    placeholder="Who reported it"
                    onChange={(ev) => change.type([...base, i, 'source'], ev.target.value, 'edit evidence source')}
                    onBlur={change.endTyping}
                  />
                </label>
                <button
                  type="button"
                  className="button button-icon wz-remove"
                  aria-label={`Remove evidence ${i + 1}`}
                  title="Remove this evidence"
                  onClick={() => change.apply({ kind: 'remove', path: base, index: i }, 'remove evidence')}
                >
                  <Icon name="trash" size={18} />
                </button>
              </div>
              <label className="wz-mini-field">
                <span>What was observed</span>
                <textarea
                  className="field-input"
                  rows={2}
                  value={e.text}
                  maxLength={20000}
                  autoFocus={focusId === e.id}
                  onChange={(ev) => change.type([...base, i, 'text'], ev.target.value, 'edit evidence')}
                  onBlur={change.endTyping}
                />
              </label>
              <SensitiveTick change={change} path={evidenceTextPath(e.id)} what={`Evidence ${i + 1} of factor ${factorName}`} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
