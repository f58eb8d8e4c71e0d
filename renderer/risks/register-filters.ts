/**
 * The register's own filters beyond plain text: by score band, by review state and by heat-map
 * cell. Pure predicates, used by the table's column filters and easy to test.
 */
import type { Band, Risk } from '../../shared/plan/schema';
import { isInCell } from '../../shared/risks/heat-map';
import type { HeatMapKind } from '../../shared/risks/heat-map';
import { addDays, bandFor, isReviewMissing, isReviewOverdue } from '../../shared/risks/scoring';
import type { BandName } from '../../shared/risks/scoring';
import { IMPACT_LABELS, LIKELIHOOD_LABELS } from './risk-labels';

export type ReviewFilter = 'overdue' | 'missing' | 'due-soon';

/** Days ahead that count as a review falling due soon. */
export const REVIEW_SOON_DAYS = 14;

export const REVIEW_FILTER_OPTIONS: readonly { value: ReviewFilter; label: string }[] = [
  { value: 'overdue', label: 'Overdue' },
  { value: 'due-soon', label: `Due within ${REVIEW_SOON_DAYS} days` },
  { value: 'missing', label: 'No review date' },
];

/** Whether a risk's next review matches a review filter on the given day. */
export function matchesReviewFilter(risk: Risk, filter: ReviewFilter, today: string): boolean {
  switch (filter) {
    case 'overdue':
      return isReviewOverdue(risk, today);
    case 'missing':
      return isReviewMissing(risk);
    case 'due-soon':
      return risk.status !== 'closed' && risk.reviewDate !== '' && risk.reviewDate >= today && risk.reviewDate <= addDays(today, REVIEW_SOON_DAYS);
  }
}

/** Whether a score falls in the named band of the plan. */
export const matchesBand = (score: number, band: BandName, bands: readonly Band[]): boolean => bandFor(score, bands) === band;

export interface HeatCellFilter {
  kind: HeatMapKind;
  likelihood: number;
  impact: number;
}

/** A risk counted in a heat-map cell; closed risks are left out, as on the heat map itself. */
export const matchesHeatCell = (risk: Risk, cell: HeatCellFilter): boolean => risk.status !== 'closed' && isInCell(risk, cell.kind, cell);

/** "Likelihood 4 (likely) × impact 5 (severe), inherent" for the filter chip. */
export function describeHeatCell(cell: HeatCellFilter): string {
  const l = LIKELIHOOD_LABELS[cell.likelihood - 1]?.toLowerCase() ?? '';
  const i = IMPACT_LABELS[cell.impact - 1]?.toLowerCase() ?? '';
  return `likelihood ${cell.likelihood} (${l}) × impact ${cell.impact} (${i}), ${cell.kind}`;
}
