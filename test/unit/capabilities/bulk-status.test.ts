import { describe, expect, it } from 'vitest';
import { setCapabilityStatuses } from '../../../shared/capabilities/bulk-status';
import { applyEdit } from '../../../shared/plan/edit';
import { createSamplePlan } from '../../../shared/plan/sample';

describe('rating checklist items in bulk', () => {
  it('sets the status of every chosen item in one edit and leaves the others alone', () => {
    const plan = createSamplePlan();
    const [a, b, c] = plan.capabilities.items.filter((i) => i.status !== 'in-place');
    const { edit, changed } = setCapabilityStatuses(plan, [a!.id, b!.id], 'in-place');
    expect(changed).toBe(2);
    expect(edit?.kind).toBe('batch');
    const after = applyEdit(plan, edit!);
    const status = (id: string) => after.capabilities.items.find((i) => i.id === id)!.status;
    expect([status(a!.id), status(b!.id)]).toEqual(['in-place', 'in-place']);
    expect(status(c!.id)).toBe(c!.status);
  });

  it('counts only the items whose status changes, skips ids no longer on the checklist, and changes nothing when all match', () => {
    const plan = createSamplePlan();
    const done = plan.capabilities.items.find((i) => i.status === 'in-place')!;
    const open = plan.capabilities.items.find((i) => i.status === 'missing')!;
    expect(setCapabilityStatuses(plan, [done.id, open.id, 'cap-gone', open.id], 'in-place').changed).toBe(1);
    expect(setCapabilityStatuses(plan, [done.id], 'in-place')).toEqual({ edit: null, changed: 0 });
  });
});
