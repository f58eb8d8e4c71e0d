/** The register at a glance: how many risks in each state and band, and what needs attention. */
import { BAND_NAMES } from '../../shared/plan/schema';
import type { Band, Risk } from '../../shared/plan/schema';
import { bandOf, isAcceptanceExpired, isReviewMissing, isReviewOverdue } from '../../shared/risks/scoring';
import type { BandName } from '../../shared/risks/scoring';

export interface RegisterSummary {
  total: number;
  live: number;
  closed: number;
  /** Live (not closed) risks by the band of their residual rating. */
  residualBands: Record<BandName, number>;
  overdue: number;
  missingReview: number;
  acceptanceExpired: number;
}

/** Counts for the summary card; closed risks count only towards `closed`. */
export function registerSummary(risks: readonly Risk[], bands: readonly Band[], today: string): RegisterSummary {
  const residualBands = Object.fromEntries(BAND_NAMES.map((b) => [b, 0])) as Record<BandName, number>;
  const s: RegisterSummary = { total: risks.length, live: 0, closed: 0, residualBands, overdue: 0, missingReview: 0, acceptanceExpired: 0 };
  for (const risk of risks) {
    if (risk.status === 'closed') {
      s.closed += 1;
      continue;
    }
    s.live += 1;
    residualBands[bandOf(risk, 'residual', bands)] += 1;
    if (isReviewOverdue(risk, today)) s.overdue += 1;
    if (isReviewMissing(risk)) s.missingReview += 1;
    if (isAcceptanceExpired(risk, today)) s.acceptanceExpired += 1;
  }
  return s;
}

/** "11 risks, 10 open or monitored" and the like, for headings and status messages. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString()} ${n === 1 ? one : many}`;
