/**
 * Removing text from a risk's history. Each change records the text it replaced, so text a
 * planner deletes from a risk stays in the plan until its history goes too. These build that as
 * ordinary undoable edits; the document marks them as purges so the next save also replaces the
 * file's backup (see renderer/state/document.ts).
 */
import type { PlanEdit } from '../plan/edit';
import type { Plan } from '../plan/schema';

/** The fields a risk's history holds entries for, in the order they first appear. */
export function historyFields(plan: Plan, riskId: string): string[] {
  const risk = plan.risks.items.find((r) => r.id === riskId);
  return risk ? [...new Set(risk.history.map((h) => h.field))] : [];
}

/** Drops every history entry of one field of one risk; null when it has none. */
export function removeFieldHistory(plan: Plan, riskId: string, field: string): PlanEdit | null {
  const index = plan.risks.items.findIndex((r) => r.id === riskId);
  const risk = plan.risks.items[index];
  if (!risk || !risk.history.some((h) => h.field === field)) return null;
  return { kind: 'set', path: ['risks', 'items', index, 'history'], value: risk.history.filter((h) => h.field !== field) };
}

/** How many history entries the plan's risks hold in all. */
export const historyCount = (plan: Plan): number => plan.risks.items.reduce((n, r) => n + r.history.length, 0);

/** Empties the history of every risk in the plan, as one edit; null when there is none. */
export function clearAllHistory(plan: Plan): PlanEdit | null {
  const edits: PlanEdit[] = plan.risks.items.flatMap((r, index) =>
    r.history.length ? [{ kind: 'set', path: ['risks', 'items', index, 'history'], value: [] } as const] : [],
  );
  return edits.length ? { kind: 'batch', edits } : null;
}
