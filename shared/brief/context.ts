/** Everything the sections share, computed once per brief so no section recomputes it. */
import type { Plan } from '../plan/schema';
import type { BriefOptions } from './options';
import { riskFactor } from '../content/risk-factors';
import { contentWidth } from './page-size';
import { printedRisks } from './printed-risks';
import type { PrintedRisks } from './printed-risks';
import type { BriefMetrics } from './metrics';
import { assembleMandate } from '../mandate/assemble';
import type { AssembledMandate } from '../mandate/assemble';

export interface BriefContext {
  plan: Plan;
  options: BriefOptions;
  /** The mandate as the review step assembles it, with its open problems. */
  mandate: AssembledMandate;
  /** Marked final by the planner and free of blocking problems; anything else prints as a draft. */
  ready: boolean;
  /** Printable width of the chosen paper in points. */
  contentWidth: number;
  /** The risks the register and the annex print (the briefing rule, or every risk). */
  printed: PrintedRisks;
  /** The fonts' measurements, for the few widths needed before layout. */
  metrics: BriefMetrics;
  factorName(factor: number): string;
  /** The checklist item's title; undefined for an item no longer on the checklist (never its internal id). */
  capabilityTitle(id: string): string | undefined;
}

/** The brief prints without DRAFT only when the planner marked the mandate final and nothing blocks it. */
export const printsAsFinal = (plan: Plan, mandate: AssembledMandate): boolean => mandate.ready && plan.mandate.status === 'final';

/** Builds the shared context for one brief. */
export function createBriefContext(plan: Plan, options: BriefOptions, metrics: BriefMetrics): BriefContext {
  const capabilities = new Map(plan.capabilities.items.map((c) => [c.id, c.title]));
  const mandate = assembleMandate(plan);
  return {
    plan,
    options,
    mandate,
    ready: printsAsFinal(plan, mandate),
    contentWidth: contentWidth(options.paper),
    printed: printedRisks(plan.risks.items, options.fullRegister),
    metrics,
    factorName: (n) => `${riskFactor(n).name}`,
    capabilityTitle: (id) => capabilities.get(id) || undefined,
  };
}
