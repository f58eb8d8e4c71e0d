/** The register at a glance: how many risks in each state and band, and what needs attention. */
import { BAND_NAMES } from '../../shared/plan/schema';
import type { Band, Risk } from '../../shared/plan/schema';
import { bandFor, isAcceptanceExpired, isReviewMissing, isReviewOverdue, riskScore } from '../../shared/risks/scoring';
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

let last: { risks: readonly Risk[]; bands: readonly Band[]; today: string; summary: RegisterSummary } | null = null;

/**
 * Counts for the summary card; closed risks count only towards `closed`. The last result is kept,
 * so going back to the register with the same risks does not count them again.
 */
export function registerSummary(risks: readonly Risk[], bands: readonly Band[], today: string): RegisterSummary {
  if (last && last.risks === risks && last.bands === bands && last.today === today) return last.summary;
  const summary = countRegister(risks, bands, today);
  last = { risks, bands, today, summary };
  return summary;
}

function countRegister(risks: readonly Risk[], bands: readonly Band[], today: string): RegisterSummary {
  const residualBands = Object.fromEntries(BAND_NAMES.map((b) => [b, 0])) as Record<BandName, number>;
  const s: RegisterSummary = { total: risks.length, live: 0, closed: 0, residualBands, overdue: 0, missingReview: 0, acceptanceExpired: 0, top: [] };
  // One band per score (1–25) instead of a band search per risk.
  const bandOfScore = Array.from({ length: 26 }, (_, score) => bandFor(score, bands));
  const ranked: { risk: Risk; r: number }[] = [];
  for (const risk of risks) {
    if (risk.status === 'closed') {
      s.closed += 1;
      continue;
    }
    s.live += 1;
    // Scores from the fields (not scoreOf, which builds a rating object): this loop runs over
    // the whole register whenever it changes.
    const residual = riskScore(risk.residualLikelihood, risk.residualImpact);
    residualBands[bandOfScore[residual] ?? bandFor(residual, bands)] += 1;
    if (isReviewOverdue(risk, today)) s.overdue += 1;
    if (isReviewMissing(risk)) s.missingReview += 1;
    if (isAcceptanceExpired(risk, today)) s.acceptanceExpired += 1;
    // A running top three keeps this linear for registers of thousands.
    const r = residual * 100 + riskScore(risk.likelihood, risk.impact);
    if (ranked.length < TOP_COUNT || r > ranked[ranked.length - 1]!.r) {
      ranked.push({ risk, r });
      ranked.sort((a, b) => b.r - a.r);
      if (ranked.length > TOP_COUNT) ranked.pop();
    }
  }
  s.top = ranked.map((x) => x.risk);
  return s;
}
