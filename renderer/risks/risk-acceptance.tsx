import { useId, useState } from 'react';
import type { Risk } from '../../shared/plan/schema';
import { isAcceptanceExpired } from '../../shared/risks/scoring';
import { formatDay } from '../components/format-day';

type Acceptance = NonNullable<Risk['acceptance']>;
const BLANK: Acceptance = { approvedBy: '', approvedOn: '', expiresOn: '' };
const FIELDS = [
  { key: 'approvedBy', label: 'Approved by', type: 'text' },
  { key: 'approvedOn', label: 'Approved on', type: 'date' },
  { key: 'expiresOn', label: 'Expires on', type: 'date' },
] as const;

export interface RiskAcceptanceProps {
  risk: Risk;
  today: string;
  onCommit: (acceptance: Acceptance | null) => string | null;
}

/**
 * Who approved accepting the risk, when, and until when. The three fields are one record, saved
 * together when focus leaves any of them, so a date typed before the approver is not lost.
 */
export function RiskAcceptance({ risk, today, onCommit }: RiskAcceptanceProps) {
  const id = useId();
  const saved = risk.acceptance ?? BLANK;
  const [draft, setDraft] = useState<Acceptance>(saved);
  const [base, setBase] = useState<Acceptance | null>(risk.acceptance);
  const [error, setError] = useState<string | null>(null);

  // Undo or another risk: show what the plan holds now.
  if (risk.acceptance !== base) {
    setBase(risk.acceptance);
    setDraft(risk.acceptance ?? BLANK);
    setError(null);
  }

  const commit = () => {
    const next = { ...draft, approvedBy: draft.approvedBy.trim() };
    if (next.approvedBy === saved.approvedBy && next.approvedOn === saved.approvedOn && next.expiresOn === saved.expiresOn) return setError(null);
    setError(onCommit(next));
  };

  const expired = isAcceptanceExpired(risk, today);
  return (
    <div className="acceptance">
      {risk.treatment === 'accept' && risk.acceptance === null && (
        <p className="notice notice-warn">This risk is accepted, but no one has been recorded as approving it.</p>
      )}
      {expired && <p className="notice notice-danger">The acceptance expired on {formatDay(saved.expiresOn)}: approve it again or treat the risk.</p>}
      <div className="detail-grid detail-grid-3">
        {FIELDS.map((f) => (
          <div className="field" key={f.key}>
            <label className="field-label" htmlFor={`${id}-${f.key}`}>
              {f.label}
            </label>
            <input
              id={`${id}-${f.key}`}
              className="field-input"
              type={f.type}
              maxLength={f.type === 'text' ? 300 : undefined}
              value={draft[f.key]}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
              onBlur={commit}
              onKeyDown={(e) => {
                if (e.key === 'Enter') commit();
              }}
            />
          </div>
        ))}
      </div>
      {error && (
        <p className="inline-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      {risk.acceptance !== null && risk.treatment !== 'accept' && (
        <button type="button" className="button button-quiet button-small" onClick={() => onCommit(null)}>
          Remove the acceptance record
        </button>
      )}
    </div>
  );
}
