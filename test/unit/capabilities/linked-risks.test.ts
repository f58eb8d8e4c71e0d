import { describe, expect, it } from 'vitest';
import { risksByCapability } from '../../../shared/capabilities/linked-risks';
import { createSamplePlan } from '../../../shared/plan/sample';
import type { Risk } from '../../../shared/plan/schema';

const refs = (risks: readonly Risk[] | undefined) => risks?.map((r) => r.ref);

describe('the register risks linked to a checklist item', () => {
  it('lists each risk under every item it depends on, in register order', () => {
    const plan = createSamplePlan();
    const byItem = risksByCapability(plan.risks.items);
    // R-001 depends on the indicator framework and on the tripwire observation.
    expect(refs(byItem.get('cap-sample-01'))).toEqual(['R-001']);
    expect(refs(byItem.get('cap-sample-10'))).toEqual(['R-001']);
    expect(refs(byItem.get('cap-sample-02'))).toEqual(['R-003']);

    const second = { ...plan.risks.items[5]!, linkedCapabilityIds: ['cap-sample-02'] };
    const items = plan.risks.items.map((r, i) => (i === 5 ? second : r));
    expect(refs(risksByCapability(items).get('cap-sample-02'))).toEqual(['R-003', second.ref]);
  });

  it('leaves out items no risk depends on, and lists a risk naming an item twice once', () => {
    const plan = createSamplePlan();
    const byItem = risksByCapability(plan.risks.items);
    const unlinked = plan.capabilities.items.filter((c) => !plan.risks.items.some((r) => r.linkedCapabilityIds.includes(c.id)));
    expect(unlinked.length).toBeGreaterThan(0);
    for (const item of unlinked) expect(byItem.has(item.id)).toBe(false);

    const twice = { ...plan.risks.items[2]!, linkedCapabilityIds: ['cap-sample-02', 'cap-sample-02'] };
    expect(refs(risksByCapability([twice]).get('cap-sample-02'))).toEqual([twice.ref]);
  });
});
