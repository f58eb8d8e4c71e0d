import { BAND_NAMES } from '../../shared/plan/schema';
import type { Band } from '../../shared/plan/schema';
import type { ReviewFilter } from './register-filters';
import type { RegisterSummary } from './register-summary';
import { formatCount, plural } from '../../shared/plan/labels';
import { BAND_LABELS } from './risk-labels';
import { ScoreBadge } from './score-badge';
import { scoreOf } from '../../shared/risks/scoring';

export interface SummaryCardProps {
  summary: RegisterSummary;
  bands: readonly Band[];
  onReviewFilter: (filter: ReviewFilter) => void;
  onBandFilter: (band: string) => void;
  onOpen: (riskId: string) => void;
}

/** The register at a glance: live risks per residual band, and reviews or acceptances needing action. */
export function RegisterSummaryCard({ summary, bands, onReviewFilter, onBandFilter, onOpen }: SummaryCardProps) {
  return (
    <section className="card summary-card" aria-labelledby="summary-heading">
      <h3 className="card-heading" id="summary-heading">
        At a glance
      </h3>
      <p className="summary-lead">
        {plural(summary.live, 'live risk')}
        {summary.closed > 0 ? `, ${formatCount(summary.closed)} closed` : ''}
      </p>
      <ul className="band-counts" aria-label="Live risks by residual band">
        {[...BAND_NAMES].reverse().map((band) => {
          const range = bands.find((b) => b.name === band);
          return (
            <li key={band}>
              <button type="button" className={`band-count band-${band}`} onClick={() => onBandFilter(band)} aria-label={`${formatCount(summary.residualBands[band])} ${BAND_LABELS[band].toLowerCase()} residual: show them`}>
                <span className="band-count-value">{formatCount(summary.residualBands[band])}</span>
                <span className="band-count-name">{BAND_LABELS[band]}</span>
                {range && (
                  <span className="band-count-range">
                    {range.min}–{range.max}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="summary-note">Counts use the residual rating.</p>
      {summary.top.length > 0 && (
        <div className="top-risks">
          <h4 className="top-risks-heading">Highest residual risks</h4>
          <ol className="top-risks-list">
            {summary.top.map((risk) => (
              <li key={risk.id}>
                <button type="button" className="top-risk" onClick={() => onOpen(risk.id)}>
                  <ScoreBadge score={scoreOf(risk, 'residual')} bands={bands} compact />
                  <span className="top-risk-ref">{risk.ref}</span>
                  <span className="top-risk-title">{risk.title}</span>
                </button>
              </li>
            ))}
          </ol>
        </div>
      )}
      <ul className="attention-list">
        <li>
          {summary.overdue > 0 ? (
            <button type="button" className="attention attention-danger" onClick={() => onReviewFilter('overdue')}>
              {plural(summary.overdue, 'review')} overdue
            </button>
          ) : (
            <span className="attention attention-ok">No review is overdue</span>
          )}
        </li>
        {summary.missingReview > 0 && (
          <li>
            <button type="button" className="attention attention-warn" onClick={() => onReviewFilter('missing')}>
              {plural(summary.missingReview, 'risk')} without a review date
            </button>
          </li>
        )}
        {summary.acceptanceExpired > 0 && (
          <li>
            <span className="attention attention-warn">{plural(summary.acceptanceExpired, 'acceptance')} expired</span>
          </li>
        )}
      </ul>
    </section>
  );
}
