import { describe, expect, it } from 'vitest';
import { createSamplePlan } from '../../../shared/plan/sample';
import { planSchema } from '../../../shared/plan/schema';
import { checklistCatalogueItem } from '../../../shared/content/checklist-items';
import { riskCatalogueEntry } from '../../../shared/content/risk-catalogue';
import { isAcceptanceExpired, isReviewOverdue } from '../../../shared/risks/scoring';

describe('the sample plan’s checklists and register', () => {
  const plan = createSamplePlan();

  it('is valid, repeatable and uses catalogue ids that exist', () => {
    expect(planSchema.safeParse(plan).error?.issues ?? []).toEqual([]);
    expect(createSamplePlan()).toEqual(plan);
    for (const item of plan.capabilities.items) if (item.catalogueId) expect(checklistCatalogueItem(item.catalogueId), item.id).toBeDefined();
    for (const risk of plan.risks.items) if (risk.source === 'catalogue') expect(riskCatalogueEntry(risk.sourceRef!), risk.id).toBeDefined();
  });

  it('has enough to exercise the register: history, one overdue review, one live acceptance, links that resolve', () => {
    expect(plan.capabilities.items.length).toBeGreaterThanOrEqual(8);
    expect(plan.risks.items.length).toBeGreaterThanOrEqual(10);
    expect(plan.risks.items.filter((r) => r.history.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(plan.risks.items.filter((r) => isReviewOverdue(r, '2026-11-25'))).toHaveLength(1);
    const accepted = plan.risks.items.filter((r) => r.acceptance);
    expect(accepted).toHaveLength(1);
    expect(isAcceptanceExpired(accepted[0]!, '2026-11-25')).toBe(false);
    const capIds = new Set(plan.capabilities.items.map((c) => c.id));
    for (const risk of plan.risks.items) for (const id of risk.linkedCapabilityIds) expect(capIds.has(id), `${risk.id} → ${id}`).toBe(true);
  });
});
