import type { Band } from '../../shared/plan/schema';
import { bandFor } from '../../shared/risks/scoring';
import { BAND_LABELS } from './risk-labels';

/** A score with its band's colour and name, e.g. "20 Critical". */
export function ScoreBadge({ score, bands, compact }: { score: number; bands: readonly Band[]; compact?: boolean }) {
  const band = bandFor(score, bands);
  return (
    <span className={`score-badge band-${band}`}>
      <span className="score-badge-value">{score}</span>
      {!compact && <span className="score-badge-band">{BAND_LABELS[band]}</span>}
    </span>
  );
}
