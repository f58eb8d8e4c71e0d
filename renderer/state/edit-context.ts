/** Who is editing and when, for the history the register keeps with every risk. */
import type { Plan } from '../../shared/plan/schema';
import type { EditContext } from '../../shared/risks/new-risk';

/** The plan's author names the editor (the app has no user accounts); "Planner" when blank. */
export function editContext(plan: Plan, now: Date = new Date()): EditContext {
  return { by: plan.cover.author.trim() || 'Planner', now };
}
