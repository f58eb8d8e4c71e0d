/** Tripwires the plan suggests from its own risk factors and risks. */
import { findIndicator } from '../../shared/content/risk-factors';
import type { Plan } from '../../shared/plan/schema';

export interface TripwireSuggestion {
  indicatorId: string;
  event: string;
  factor: number;
}

/** Tripwire events the ticked indicators suggest, leaving out those already in the list. */
export function tripwireSuggestions(plan: Plan): TripwireSuggestion[] {
  const used = new Set(plan.mission.tripwires.map((t) => t.event.trim().toLowerCase()));
  return plan.situation.riskFactors
    .flatMap((f) => f.indicators)
    .map((id) => findIndicator(id))
    .flatMap((found) => (found?.indicator.tripwireHint ? [{ indicatorId: found.indicator.id, event: found.indicator.tripwireHint, factor: found.factor.number }] : []))
    .filter((s) => !used.has(s.event.toLowerCase()));
}
