/** Plan variants for the mandate tests, all built from the sample plan or an empty plan. */
import { createEmptyPlan } from '../../../shared/plan/new-plan';
import { createSamplePlan } from '../../../shared/plan/sample';
import type { Clause, Plan } from '../../../shared/plan/schema';

/** The sample plan, changed by `recipe` on a private copy. */
export function sampleWith(recipe: (plan: Plan) => void = () => {}): Plan {
  const plan = structuredClone(createSamplePlan());
  recipe(plan);
  return plan;
}

/** A new, empty plan with a fixed date, changed by `recipe`. */
export function emptyWith(recipe: (plan: Plan) => void = () => {}): Plan {
  const plan = createEmptyPlan(new Date('2026-10-01T09:00:00.000Z'));
  recipe(plan);
  return plan;
}

/** The sample clause with this number (cl-sample-NN). */
export function sampleClause(plan: Plan, n: number): Clause {
  const id = `cl-sample-${String(n).padStart(2, '0')}`;
  const found = plan.mandate.clauses.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

/** Drops the sample clauses with these numbers. */
export function withoutClauses(plan: Plan, ...numbers: number[]): void {
  const ids = new Set(numbers.map((n) => `cl-sample-${String(n).padStart(2, '0')}`));
  plan.mandate.clauses = plan.mandate.clauses.filter((c) => !ids.has(c.id));
}
