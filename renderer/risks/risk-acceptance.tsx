import type { Risk } from '../../shared/plan/schema';
import { isAcceptanceExpired } from '../../shared/risks/scoring';
import { CommitField } from './commit-field';
import { formatDay } from './format-day';

type Acceptance = NonNullable<Risk['acceptance']>;
const BLANK: Acceptance = { approvedBy: '', approvedOn: '', expiresOn: '' };

export interface RiskAcceptanceProps {
  risk: Risk;
  today: string;
  onCommit: (acceptance: Acceptance | null) => string | null;
}

/** Who approved accepting the risk, when, and until when; an expired acceptance is flagged. */
export function RiskAcceptance({ risk, today, onCommit }: RiskAcceptanceProps) {
  const current = risk.acceptance ?? BLANK;
  const set = (key: keyof Acceptance) => (value: string) => onCommit({ ...current, [key]: key === 'approvedBy' ? value.trim() : value });
  const expired = isAcceptanceExpired(risk, today);
  return (
    <div className="acceptance">
      {risk.treatment === 'accept' && risk.acceptance === null && (
        <p className="notice notice-warn">This risk is accepted, but no one has been recorded as approving it.</p>
      )}
      {expired && <p className="notice notice-danger">The acceptance expired on {formatDay(current.expiresOn)}: approve it again or treat the risk.</p>}
      <div className="detail-grid detail-grid-3">
        <CommitField label="Approved by" value={current.approvedBy} maxLength={300} onCommit={set('approvedBy')} />
        <CommitField label="Approved on" type="date" value={current.approvedOn} onCommit={set('approvedOn')} />
        <CommitField label="Expires on" type="date" value={current.expiresOn} onCommit={set('expiresOn')} />
      </div>
      {risk.acceptance !== null && risk.treatment !== 'accept' && (
        <button type="button" className="button button-quiet button-small" onClick={() => onCommit(null)}>
          Remove the acceptance record
        </button>
      )}
    </div>
  );
}
