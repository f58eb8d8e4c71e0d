/** Whether the brief will carry the DRAFT watermark, and why, in the planner's words. */
import { assembleMandate } from '../../shared/mandate/assemble';
import { printsAsFinal } from '../../shared/brief/context';
import type { Plan } from '../../shared/plan/schema';

export interface DraftState {
  /** The mandate is marked final and has no blocking problems: the brief prints without DRAFT. */
  ready: boolean;
  blocking: number;
  /** One sentence for the options form. */
  explanation: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The same rule the brief applies (shared/brief/context.ts): final status and no blocking advice.
 * Computed from the assembled mandate so the form and the printed brief cannot disagree.
 */
export function draftState(plan: Plan): DraftState {
  const mandate = assembleMandate(plan);
  const blocking = mandate.problems.filter((a) => a.severity === 'blocking').length;
  const ready = printsAsFinal(plan, mandate);
  let explanation: string;
  if (ready) explanation = 'The mandate is final and has no blocking problems, so no DRAFT mark is printed.';
  else if (blocking > 0) explanation = `The mandate is not ready: ${plural(blocking, 'blocking problem is', 'blocking problems are')} still open.`;
  else explanation = 'The mandate has no blocking problems but is not yet marked final.';
  return { ready, blocking, explanation };
}
