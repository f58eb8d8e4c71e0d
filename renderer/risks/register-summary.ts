/** The register at a glance: how many risks in each state and band, and what needs attention. */
import { BAND_NAMES } from '../../shared/plan/schema';
import type { Band, Risk } from '../../shared/plan/schema';
import { bandOf, isAcceptanceExpired, isReviewMissing, isReviewOverdue, scoreOf } from '../../shared/risks/scoring';
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
  /** The live risks with the highest residual scores (inherent breaks ties), highest first. */
  top: Risk[];
}

/** How many risks the summary lists as the highest. */
export const TOP_COUNT = 3;

const rank = (r: Risk) => scoreOf(r, 'residual') * 100 + scoreOf(r, 'inherent');

/** Counts for the summary card; closed risks count only towards `closed`. */
export function registerSummary(risks: readonly Risk[], bands: readonly Band[], today: string): RegisterSummary {
  const residualBands = Object.fromEntries(BAND_NAMES.map((b) => [b, 0])) as Record<BandName, number>;
  const s: RegisterSummary = { total: risks.length, live: 0, closed: 0, residualBands, overdue: 0, missingReview: 0, acceptanceExpired: 0, top: [] };
  const ranked: { risk: Risk; r: number }[] = [];
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
    // A running top three keeps this linear for registers of thousands.
    const r = rank(risk);
    if (ranked.length < TOP_COUNT || r > ranked[ranked.length - 1]!.r) {
      ranked.push({ risk, r });
      ranked.sort((a, b) => b.r - a.r);
      if (ranked.length > TOP_COUNT) ranked.pop();
    }
  }
  s.top = ranked.map((x) => x.risk);
  return s;
}

/** "11 risks, 10 open or monitored" and the like, for headings and status messages. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString()} ${n === 1 ? one : many}`;
