import { describe, expect, it } from 'vitest';
import { createSamplePlan } from '../../../shared/plan/sample';
import { createEmptyPlan } from '../../../shared/plan/new-plan';
import { applyEdit } from '../../../shared/plan/edit';
import type { PlanEdit } from '../../../shared/plan/edit';
import { planSchema } from '../../../shared/plan/schema';
import type { Plan } from '../../../shared/plan/schema';
import { CHECKLIST_CATALOGUE, checklistCatalogueItem } from '../../../shared/content/checklist-items';
import {
  addCapabilitiesFromCatalogue,
  addCapabilityFromCatalogue,
  addCustomCapability,
  removeCapability,
  updateCapability,
  validateCapabilityPatch,
} from '../../../shared/capabilities/capability-edits';
import { readiness } from '../../../shared/capabilities/readiness';

const ctx = { by: 'Amara Okafor', now: new Date('2026-11-25T09:00:00Z') };
const apply = (plan: Plan, edit: PlanEdit | null): Plan => {
  expect(edit).not.toBeNull();
  const next = applyEdit(plan, edit!);
  expect(planSchema.safeParse(next).success).toBe(true);
  return next;
};

describe('checklist edits', () => {
  it('fills a new plan’s checklist from the whole catalogue, grouped by area', () => {
    const plan = createEmptyPlan(ctx.now);
    const { edit, items } = addCapabilitiesFromCatalogue(plan, CHECKLIST_CATALOGUE);
    const next = apply(plan, edit);
    expect(items).toHaveLength(CHECKLIST_CATALOGUE.length);
    expect(next.capabilities.items.map((i) => i.catalogueId)).toEqual(CHECKLIST_CATALOGUE.map((e) => e.id));
    expect(next.capabilities.items.every((i) => i.status === 'unassessed')).toBe(true);
    expect(readiness(next.capabilities.items).overall).toMatchObject({ score: 0, unassessed: CHECKLIST_CATALOGUE.length });
  });

  it('does not add a catalogue item twice, and puts a new one after its area', () => {
    const plan = createSamplePlan();
    expect(addCapabilityFromCatalogue(plan, checklistCatalogueItem('chk-surv-analysts')!).edit).toBeNull();
    const { edit, item } = addCapabilityFromCatalogue(plan, checklistCatalogueItem('chk-trn-doctrine')!);
    const next = apply(plan, edit);
    const index = next.capabilities.items.findIndex((i) => i.id === item!.id);
    expect(next.capabilities.items[index - 1]!.area).toBe('training');
    expect(next.capabilities.items[index + 1]!.area).toBe('coordination');
    expect(next.capabilities.items[index - 1]!.id).toBe('cap-sample-13');
  });

  it('adds a custom item the planner wrote', () => {
    const plan = createSamplePlan();
    const { edit, item } = addCustomCapability(plan, { area: 'coordination', title: 'Radio net shared with ECOKB patrols', critical: true });
    const added = apply(plan, edit).capabilities.items.find((i) => i.id === item.id)!;
    expect(added).toMatchObject({ catalogueId: null, critical: true, status: 'unassessed', area: 'coordination' });
  });

  it('updates only changed fields and returns no edit for no change', () => {
    const plan = createSamplePlan();
    expect(updateCapability(plan, 'cap-sample-02', { status: 'missing' })).toBeNull();
    const next = apply(plan, updateCapability(plan, 'cap-sample-02', { status: 'in-place', evidence: 'Two analysts arrived 2026-11-24.' }));
    expect(next.capabilities.items[1]).toMatchObject({ status: 'in-place', evidence: 'Two analysts arrived 2026-11-24.' });
  });

  it('removes an item and the links risks held to it, recording the unlink in their history', () => {
    const plan = createSamplePlan();
    const next = apply(plan, removeCapability(plan, 'cap-sample-01', ctx));
    expect(next.capabilities.items.some((i) => i.id === 'cap-sample-01')).toBe(false);
    const r1 = next.risks.items[0]!;
    expect(r1.linkedCapabilityIds).toEqual(['cap-sample-10']);
    expect(r1.history.at(-1)).toMatchObject({ field: 'linkedCapabilityIds', from: 'cap-sample-01, cap-sample-10', to: 'cap-sample-10', by: 'Amara Okafor' });
  });

  it('validates inline edits in plain words', () => {
    expect(validateCapabilityPatch({ title: '', dueDate: '2026-13-01', status: 'done' as never })).toEqual([
      { field: 'title', message: 'Give the capability a short title.' },
      { field: 'status', message: 'Status must be one of: unassessed, in-place, partial, missing, not-applicable.' },
      { field: 'dueDate', message: 'Due date 2026-13-01 is not a real calendar date.' },
    ]);
    expect(validateCapabilityPatch({ dueDate: '', owner: 'Civil affairs' })).toEqual([]);
  });
});
