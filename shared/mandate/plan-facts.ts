/**
 * Facts of the plan (host state, country, mission names, ceilings, dates, time to deploy) flow
 * into every clause parameter that names them, at read time: the stored value is what the clause
 * had when last edited, and what the mandate says is the plan's fact unless the planner set that
 * one parameter by hand. So a changed fact is never out of step in any paragraph, and an override
 * is never lost.
 */
import { findClauseTemplate } from '../content/clauses';
import type { ParamSpec, PlanSource } from '../content/clauses';
import type { Clause, Plan } from '../plan/schema';
import { factFor } from './clause-factory';

export type ParamLink =
  /** Follows the plan's fact. */
  | { state: 'follows'; source: PlanSource; planValue: string }
  /** Set by hand; `planValue` is what the plan says, for "use the plan's value". */
  | { state: 'overridden'; source: PlanSource; planValue: string }
  /** Not a fact of the plan. */
  | { state: 'own' };

export { factFor };

/** Whether one parameter of a clause follows the plan. */
export function paramLink(plan: Plan, clause: Pick<Clause, 'family' | 'params' | 'overrides'>, spec: Pick<ParamSpec, 'name' | 'fromPlan'>): ParamLink {
  if (!spec.fromPlan) return { state: 'own' };
  const fact = factFor(plan, clause, spec.fromPlan);
  const stored = clause.params[spec.name] ?? '';
  // A clause from before facts followed: it follows while its value is still the fact (or empty).
  const overridden = clause.overrides ? clause.overrides.includes(spec.name) : stored.trim() !== '' && fact !== '' && stored !== fact;
  return { state: overridden ? 'overridden' : 'follows', source: spec.fromPlan, planValue: fact };
}

/** The clause with every following parameter set to the plan's fact (where the plan has one). */
export function withFacts(plan: Plan, clause: Clause): Clause {
  const specs = findClauseTemplate(clause.templateId)?.params ?? [];
  let params: Record<string, string> | null = null;
  for (const spec of specs) {
    const link = paramLink(plan, clause, spec);
    if (link.state !== 'follows' || link.planValue === '' || clause.params[spec.name] === link.planValue) continue;
    params ??= { ...clause.params };
    params[spec.name] = link.planValue;
  }
  return params ? { ...clause, params } : clause;
}

const resolved = new WeakMap<Plan, Plan>();

/** The plan with the facts flowed into its clauses; the same object when nothing changes. Cached per plan. */
export function planWithFacts(plan: Plan): Plan {
  const hit = resolved.get(plan);
  if (hit) return hit;
  const clauses = plan.mandate.clauses.map((c) => withFacts(plan, c));
  const out = clauses.every((c, i) => c === plan.mandate.clauses[i]) ? plan : { ...plan, mandate: { ...plan.mandate, clauses } };
  resolved.set(plan, out);
  resolved.set(out, out);
  return out;
}

/** Parameters of a clause whose value the app proposed and the planner has not confirmed. */
export function unconfirmed(clause: Pick<Clause, 'suggested' | 'params'>): string[] {
  return (clause.suggested ?? []).filter((name) => (clause.params[name] ?? '').trim() !== '');
}
