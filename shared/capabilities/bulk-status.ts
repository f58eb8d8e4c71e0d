/** Rating several checklist items at once: one edit, so one undo puts every item back. */
import type { PlanEdit } from '../plan/edit';
import type { CapabilityStatus, Plan } from '../plan/schema';
import { updateCapability } from './capability-edits';

export interface BulkStatus {
  /** null when every chosen item already had the status. */
  edit: PlanEdit | null;
  /** How many items it changes. */
  changed: number;
}

/** Sets one status on the items with these ids; ids no longer on the checklist are skipped. */
export function setCapabilityStatuses(plan: Plan, ids: readonly string[], status: CapabilityStatus): BulkStatus {
  const present = new Set(plan.capabilities.items.map((i) => i.id));
  const edits = [...new Set(ids)].filter((id) => present.has(id)).flatMap((id) => updateCapability(plan, id, { status }) ?? []);
  return { edit: edits.length ? { kind: 'batch', edits } : null, changed: edits.length };
}
