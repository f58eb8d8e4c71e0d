/** Rewording a custom checklist item after it was added; catalogue items keep their shipped wording. */
import type { PlanEdit } from '../plan/edit';
import type { CapabilityItem, Plan } from '../plan/schema';
import { updateCapability, validateCapabilityPatch } from './capability-edits';

/** What the planner may reword on a custom item. */
export type CustomDetails = Pick<CapabilityItem, 'title' | 'description' | 'critical'>;

export type CustomDetailsResult = { ok: true; edit: PlanEdit | null } | { ok: false; message: string };

/**
 * The title, description and critical mark of a custom item as one edit (one undo step), or the
 * reason they are refused; `edit` is null when nothing changes. A catalogue item's description and
 * mark are refused: they are the catalogue's wording, shared by every plan that uses the item.
 */
export function editCustomDetails(plan: Plan, id: string, details: CustomDetails): CustomDetailsResult {
  const item = plan.capabilities.items.find((i) => i.id === id);
  if (!item) return { ok: false, message: 'This checklist item is no longer in the plan.' };
  if (item.catalogueId !== null) return { ok: false, message: 'A catalogue item keeps its shipped wording; add a custom item to write your own.' };
  const patch = { ...details, title: details.title.trim() };
  const problems = validateCapabilityPatch(patch);
  if (problems.length > 0) return { ok: false, message: problems.map((p) => p.message).join(' ') };
  return { ok: true, edit: updateCapability(plan, id, patch) };
}
