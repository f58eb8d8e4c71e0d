/** From a value typed into a checklist cell to a checked PlanEdit, or the reason it is refused. */
import { updateCapability, validateCapabilityPatch } from '../../shared/capabilities/capability-edits';
import type { CapabilityPatch } from '../../shared/capabilities/capability-edits';
import type { PlanEdit } from '../../shared/plan/edit';
import type { CapabilityItem, Plan } from '../../shared/plan/schema';

const FIELDS = ['title', 'status', 'owner', 'dueDate', 'gapNote', 'evidence', 'description', 'critical'] as const;
type Field = (typeof FIELDS)[number];

const WORDS: Record<Field, string> = {
  title: 'title',
  status: 'status',
  owner: 'owner',
  dueDate: 'due date',
  gapNote: 'gap note',
  evidence: 'evidence',
  description: 'description',
  critical: 'critical mark',
};

export type CapabilityCommit = { ok: true; edit: PlanEdit | null; label: string } | { ok: false; message: string };

/** Checks one changed field of a checklist item and builds its edit. */
export function commitCapabilityField(plan: Plan, item: CapabilityItem, field: string, value: unknown): CapabilityCommit {
  if (!(FIELDS as readonly string[]).includes(field)) return { ok: false, message: 'This column cannot be edited here.' };
  const clean = typeof value === 'string' && (field === 'title' || field === 'owner') ? value.trim() : value;
  const patch = { [field]: clean } as CapabilityPatch;
  const problems = validateCapabilityPatch(patch);
  if (problems.length > 0) return { ok: false, message: problems.map((p) => p.message).join(' ') };
  const short = item.title.length > 40 ? `${item.title.slice(0, 39)}…` : item.title;
  return { ok: true, edit: updateCapability(plan, item.id, patch), label: `edit ${WORDS[field as Field]} of “${short}”` };
}
