import { describe, expect, it } from 'vitest';
import { editCustomDetails } from '../../../shared/capabilities/custom-details';
import { applyEdit } from '../../../shared/plan/edit';
import { createSamplePlan } from '../../../shared/plan/sample';
import { planSchema } from '../../../shared/plan/schema';
import type { Plan } from '../../../shared/plan/schema';

/** The sample's custom item (no catalogue id): interpreters for patrol work. */
const CUSTOM = 'cap-sample-13';
const item = (plan: Plan, id: string) => plan.capabilities.items.find((i) => i.id === id)!;

describe('rewording a custom checklist item', () => {
  it('changes its title, description and critical mark as one edit', () => {
    const plan = createSamplePlan();
    const before = item(plan, CUSTOM);
    const result = editCustomDetails(plan, CUSTOM, { title: '  Interpreters for patrols and testimony ', description: 'Vetted by both communities.', critical: true });
    if (!result.ok) throw new Error(result.message);
    expect(result.edit?.kind).toBe('batch');
    const next = applyEdit(plan, result.edit!);
    expect(planSchema.safeParse(next).success).toBe(true);
    expect(item(next, CUSTOM)).toEqual({ ...before, title: 'Interpreters for patrols and testimony', description: 'Vetted by both communities.', critical: true });
  });

  it('builds no edit when nothing changes', () => {
    const plan = createSamplePlan();
    const { title, description, critical } = item(plan, CUSTOM);
    expect(editCustomDetails(plan, CUSTOM, { title, description, critical })).toEqual({ ok: true, edit: null });
  });

  it('refuses an empty title, and leaves a catalogue item’s shipped wording alone', () => {
    const plan = createSamplePlan();
    expect(editCustomDetails(plan, CUSTOM, { title: '  ', description: '', critical: false })).toEqual({ ok: false, message: 'Give the capability a short title.' });
    const catalogue = item(plan, 'cap-sample-02');
    expect(catalogue.catalogueId).not.toBeNull();
    const refused = editCustomDetails(plan, catalogue.id, { title: catalogue.title, description: 'Our own words', critical: false });
    expect(refused).toEqual({ ok: false, message: 'A catalogue item keeps its shipped wording; add a custom item to write your own.' });
    expect(editCustomDetails(plan, 'cap-gone', { title: 'x', description: '', critical: false }).ok).toBe(false);
  });
});
