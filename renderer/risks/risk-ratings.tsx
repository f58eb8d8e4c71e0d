import type { Band, Risk } from '../../shared/plan/schema';
import { riskScore } from '../../shared/risks/scoring';
import type { RiskPatch } from '../../shared/risks/risk-validation';
import { IMPACT_LABELS, LIKELIHOOD_LABELS } from './risk-labels';
import { ScoreBadge } from './score-badge';
import { Select } from '../components/select-field';
import { ratingScale } from './risk-labels';

const RATINGS = [
  { kind: 'Inherent', hint: 'before any treatment', l: 'likelihood', i: 'impact' },
  { kind: 'Residual', hint: 'with the controls in place now', l: 'residualLikelihood', i: 'residualImpact' },
  { kind: 'Target', hint: 'what the treatment aims for', l: 'targetLikelihood', i: 'targetImpact' },
] as const;

const LIKELIHOOD = ratingScale(LIKELIHOOD_LABELS);
const IMPACT = ratingScale(IMPACT_LABELS);

export interface RiskRatingsProps {
  risk: Risk;
  bands: readonly Band[];
  onCommit: (field: keyof RiskPatch, value: unknown) => string | null;
}

/** Inherent, residual and target ratings: likelihood × impact, with the score in its band colour. */
export function RiskRatings({ risk, bands, onCommit }: RiskRatingsProps) {
  return (
    <div className="ratings">
      {RATINGS.map((r) => (
        <fieldset key={r.kind} className="rating">
          <legend className="rating-legend">
            {r.kind} <span className="muted">— {r.hint}</span>
          </legend>
          <label className="rating-field">
            <span className="rating-label">Likelihood</span>
            <Select className="compact-input field-select" value={String(risk[r.l])} options={LIKELIHOOD} onChange={(v) => onCommit(r.l, Number(v))} />
          </label>
          <span className="rating-times" aria-hidden="true">
            ×
          </span>
          <label className="rating-field">
            <span className="rating-label">Impact</span>
            <Select className="compact-input field-select" value={String(risk[r.i])} options={IMPACT} onChange={(v) => onCommit(r.i, Number(v))} />
          </label>
          <span className="rating-score">
            <span className="visually-hidden">{r.kind} score </span>
            <ScoreBadge score={riskScore(risk[r.l], risk[r.i])} bands={bands} />
          </span>
        </fieldset>
      ))}
    </div>
  );
}
