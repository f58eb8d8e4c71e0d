/**
 * PlanEdit builders for the capability checklists: add an item from the catalogue or a custom
 * one, change its fields, remove it (and drop the links risks hold to it, so none dangle).
 */
import type { CapabilityArea, CapabilityItem, Plan } from '../plan/schema';
import { CAPABILITY_AREAS, CAPABILITY_STATUSES } from '../plan/schema';
import type { PlanEdit } from '../plan/edit';
import { newId } from '../plan/ids';
import type { ChecklistCatalogueItem } from '../content/checklist-items';
import { unlinkCapabilityEverywhere } from '../risks/risk-edits';
import type { EditContext } from '../risks/new-risk';
import { dateProblem } from '../risks/risk-validation';

export type CapabilityPatch = Partial<Omit<CapabilityItem, 'id' | 'catalogueId'>>;

const ITEMS = ['capabilities', 'items'] as const;

function indexOfItem(plan: Plan, id: string): number {
  const i = plan.capabilities.items.findIndex((c) => c.id === id);
  if (i < 0) throw new Error(`No capability item ${id} in the checklist`);
  return i;
}

/** A checklist item from a catalogue entry, not yet assessed. */
export function itemFromCatalogue(entry: ChecklistCatalogueItem): CapabilityItem {
  return {
    id: newId('cap'),
    area: entry.area,
    catalogueId: entry.id,
    title: entry.title,
    description: entry.description,
    critical: entry.critical,
    status: 'unassessed',
    owner: '',
    dueDate: '',
    gapNote: '',
    evidence: '',
  };
}

/** Where a new item of an area goes: after the last item of that area, so areas stay together. */
function insertIndex(items: readonly CapabilityItem[], area: CapabilityArea): number {
  for (let i = items.length - 1; i >= 0; i--) if (items[i]!.area === area) return i + 1;
  return items.length;
}

/** Adds catalogue entries to the checklist, skipping any already on it; null when all are. */
export function addCapabilitiesFromCatalogue(plan: Plan, entries: readonly ChecklistCatalogueItem[]): { edit: PlanEdit | null; items: CapabilityItem[] } {
  const present = new Set(plan.capabilities.items.map((c) => c.catalogueId));
  let items = plan.capabilities.items;
  const edits: PlanEdit[] = [];
  const added: CapabilityItem[] = [];
  for (const entry of entries) {
    if (present.has(entry.id)) continue;
    present.add(entry.id);
    const item = itemFromCatalogue(entry);
    const index = insertIndex(items, entry.area);
    edits.push({ kind: 'insert', path: ITEMS, index, value: item });
    items = [...items.slice(0, index), item, ...items.slice(index)];
    added.push(item);
  }
  return { edit: edits.length ? { kind: 'batch', edits } : null, items: added };
}

/** Adds one catalogue entry (null edit when it is already on the checklist). */
export function addCapabilityFromCatalogue(plan: Plan, entry: ChecklistCatalogueItem): { edit: PlanEdit | null; item: CapabilityItem | null } {
  const { edit, items } = addCapabilitiesFromCatalogue(plan, [entry]);
  return { edit, item: items[0] ?? null };
}

/** Adds an item the planner writes, in the given area. */
export function addCustomCapability(plan: Plan, fields: Pick<CapabilityItem, 'area' | 'title'> & CapabilityPatch): { edit: PlanEdit; item: CapabilityItem } {
  const item: CapabilityItem = {
    id: newId('cap'),
    catalogueId: null,
    description: '',
    critical: false,
    status: 'unassessed',
    owner: '',
    dueDate: '',
    gapNote: '',
    evidence: '',
    ...fields,
  };
  return { edit: { kind: 'insert', path: ITEMS, index: insertIndex(plan.capabilities.items, item.area), value: item }, item };
}

/** Sets the changed fields of an item as one edit; null when nothing changes. */
export function updateCapability(plan: Plan, id: string, patch: CapabilityPatch): PlanEdit | null {
  const index = indexOfItem(plan, id);
  const item = plan.capabilities.items[index]!;
  const edits: PlanEdit[] = Object.entries(patch)
    .filter(([field, value]) => value !== undefined && field !== 'id' && field !== 'catalogueId' && item[field as keyof CapabilityItem] !== value)
    .map(([field, value]) => ({ kind: 'set', path: [...ITEMS, index, field], value }));
  return edits.length ? { kind: 'batch', edits } : null;
}

/** Removes an item and the links risks hold to it (recorded in those risks' history). */
export function removeCapability(plan: Plan, id: string, ctx: EditContext): PlanEdit {
  const index = indexOfItem(plan, id);
  return { kind: 'batch', edits: [...unlinkCapabilityEverywhere(plan, id, ctx), { kind: 'remove', path: ITEMS, index }] };
}

export interface CapabilityFieldProblem {
  field: string;
  message: string;
}

/** Problems with an inline edit of a checklist item, in plain words. */
export function validateCapabilityPatch(patch: CapabilityPatch): CapabilityFieldProblem[] {
  const problems: CapabilityFieldProblem[] = [];
  if ('title' in patch) {
    const title = typeof patch.title === 'string' ? patch.title.trim() : '';
    if (title === '') problems.push({ field: 'title', message: 'Give the capability a short title.' });
    else if (title.length > 300) problems.push({ field: 'title', message: 'The title is too long: at most 300 characters.' });
  }
  if ('area' in patch && !(CAPABILITY_AREAS as readonly unknown[]).includes(patch.area)) {
    problems.push({ field: 'area', message: `Area must be one of: ${CAPABILITY_AREAS.join(', ')}.` });
  }
  if ('status' in patch && !(CAPABILITY_STATUSES as readonly unknown[]).includes(patch.status)) {
    problems.push({ field: 'status', message: `Status must be one of: ${CAPABILITY_STATUSES.join(', ')}.` });
  }
  if ('owner' in patch && (typeof patch.owner !== 'string' || patch.owner.length > 300)) {
    problems.push({ field: 'owner', message: 'The owner is too long: at most 300 characters.' });
  }
  if ('dueDate' in patch && patch.dueDate !== '') {
    const p = typeof patch.dueDate === 'string' ? dateProblem(patch.dueDate, 'Due date') : 'Write the due date as YYYY-MM-DD.';
    if (p) problems.push({ field: 'dueDate', message: p });
  }
  for (const field of ['description', 'gapNote', 'evidence'] as const) {
    const v = patch[field];
    if (field in patch && (typeof v !== 'string' || v.length > 20_000)) problems.push({ field, message: `The ${field === 'gapNote' ? 'gap note' : field} is too long: at most 20,000 characters.` });
  }
  return problems;
}
