import type { Band } from '../../shared/plan/schema';
import { bandFor } from '../../shared/risks/scoring';
import { BAND_LABELS } from './risk-labels';

/** A score with its band's colour and name, e.g. "20 Critical"; compact shows the name to screen readers and on hover only. */
export function ScoreBadge({ score, bands, compact }: { score: number; bands: readonly Band[]; compact?: boolean }) {
  const band = bandFor(score, bands);
  if (compact) {
    // Two elements rather than three: the register draws two of these in every row.
    return (
      <span className={`score-badge score-badge-compact band-${band}`} title={`${score}: ${BAND_LABELS[band]}`}>
        {score}
        <span className="visually-hidden">{BAND_LABELS[band]}</span>
      </span>
    );
  }
  return (
    <span className={`score-badge band-${band}`}>
      <span className="score-badge-value">{score}</span>
      <span className="score-badge-band">{BAND_LABELS[band]}</span>
    </span>
  );
}
