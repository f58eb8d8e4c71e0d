/**
 * Keeps "final" honest for edits outside the mandate text. Clause and mandate builders already
 * return a final mandate to draft; a change to the situation or mission design does so only when
 * it makes a blocking problem appear, because the mandate was reviewed against that assessment.
 */
import { applyEdit } from '../plan/edit';
import type { PlanEdit } from '../plan/edit';
import type { Plan } from '../plan/schema';
import { blockingAdvice, evaluateGuidance } from './guidance';
import { reopenMandate } from './clause-edits';

/** The edit, plus a return to draft when it leaves a final mandate with a blocking problem. */
export function guardFinal(plan: Plan, edit: PlanEdit): PlanEdit {
  if (plan.mandate.status !== 'final') return edit;
  const after = applyEdit(plan, edit);
  if (after.mandate.status !== 'final' || blockingAdvice(evaluateGuidance(after)).length === 0) return edit;
  return { kind: 'batch', edits: [edit, reopenMandate()] };
}
