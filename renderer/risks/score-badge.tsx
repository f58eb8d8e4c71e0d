import type { Band } from '../../shared/plan/schema';
import { bandFor } from '../../shared/risks/scoring';
import { BAND_LABELS } from './risk-labels';

/** A score with its band's colour and name, e.g. "20 Critical"; compact shows the name to screen readers and on hover only. */
export function ScoreBadge({ score, bands, compact }: { score: number; bands: readonly Band[]; compact?: boolean }) {
  const band = bandFor(score, bands);
  return (
    <span className={`score-badge band-${band}${compact ? ' score-badge-compact' : ''}`} title={compact ? `${score}: ${BAND_LABELS[band]}` : undefined}>
      <span className="score-badge-value">{score}</span>
      <span className={compact ? 'visually-hidden' : 'score-badge-band'}>{BAND_LABELS[band]}</span>
    </span>
  );
}
