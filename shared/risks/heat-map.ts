/**
 * The 5×5 likelihood-by-impact grid. Pure binning shared by the register's heat map and the PDF
 * brief, so both always show the same counts.
 */
import type { Band, Risk } from '../plan/schema';
import { bandFor, ratingOf, riskScore } from './scoring';
import type { BandName } from './scoring';

export type HeatMapKind = 'inherent' | 'residual';

export interface HeatMap {
  kind: HeatMapKind;
  /** counts[likelihood - 1][impact - 1]. */
  counts: number[][];
  /** ids[likelihood - 1][impact - 1]: the risks in that cell, in register order. */
  ids: string[][][];
  /** Risks placed on the grid. */
  total: number;
}

export interface HeatMapCell {
  likelihood: number;
  impact: number;
}

const grid = <T>(make: () => T): T[][] => Array.from({ length: 5 }, () => Array.from({ length: 5 }, make));

/**
 * Bins risks by their inherent or residual rating. Closed risks are left out unless asked for,
 * because a heat map shows the exposure that is still live.
 */
export function binHeatMap(risks: readonly Risk[], kind: HeatMapKind, options: { includeClosed?: boolean } = {}): HeatMap {
  const counts = grid(() => 0);
  const ids = grid<string[]>(() => []);
  let total = 0;
  const residual = kind === 'residual';
  for (const risk of risks) {
    if (risk.status === 'closed' && !options.includeClosed) continue;
    // The fields read directly (not through ratingOf): the register redraws this for thousands of risks.
    const likelihood = residual ? risk.residualLikelihood : risk.likelihood;
    const impact = residual ? risk.residualImpact : risk.impact;
    const row = counts[likelihood - 1];
    // A value outside 1–5 cannot come from a validated plan; skip it rather than throw while drawing.
    if (!row || impact < 1 || impact > 5) continue;
    row[impact - 1]! += 1;
    ids[likelihood - 1]![impact - 1]!.push(risk.id);
    total += 1;
  }
  return { kind, counts, ids, total };
}

/** The band colouring each cell: bands[likelihood - 1][impact - 1]. */
export function heatMapBands(bands?: readonly Band[]): BandName[][] {
  return Array.from({ length: 5 }, (_, l) => Array.from({ length: 5 }, (_, i) => bandFor(riskScore(l + 1, i + 1), bands)));
}

/** Whether a risk sits in a heat-map cell; the register uses it to filter on a clicked cell. */
export function isInCell(risk: Risk, kind: HeatMapKind, cell: HeatMapCell): boolean {
  const r = ratingOf(risk, kind);
  return r.likelihood === cell.likelihood && r.impact === cell.impact;
}
