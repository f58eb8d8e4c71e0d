/** A risk factor's indicators and its one-line summary, for the risk factors step. */
import type { RiskFactorDefinition } from '../../shared/content/risk-factors';
import type { RiskFactorAssessment } from '../../shared/plan/schema';
import { plural } from './labels';

/**
 * The ticked indicators after one changes: catalogue order first, then any id the catalogue does
 * not know (from a newer app), kept so nothing the planner recorded is lost.
 */
export function toggleIndicator(current: readonly string[], definition: RiskFactorDefinition, id: string, on: boolean): string[] {
  const known = definition.indicators.map((i) => i.id);
  const ticked = known.filter((k) => (k === id ? on : current.includes(k)));
  return [...ticked, ...current.filter((k) => !known.includes(k))];
}

/** "3 of 6 indicators · 1 evidence" for the collapsed row. */
export function factorSummary(assessment: RiskFactorAssessment, definition: RiskFactorDefinition): string {
  const ticked = definition.indicators.filter((i) => assessment.indicators.includes(i.id)).length;
  const parts = [`${ticked} of ${definition.indicators.length} indicators`];
  if (assessment.evidence.length) parts.push(plural(assessment.evidence.length, 'evidence entry', 'evidence entries'));
  if (assessment.notes.trim()) parts.push('notes');
  return parts.join(' · ');
}
