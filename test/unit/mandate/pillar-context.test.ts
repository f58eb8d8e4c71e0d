import { describe, expect, it } from 'vitest';
import { TAG_LABELS, evaluateTag } from '../../../shared/mandate/situation-tags';
import { createEmptyPlan } from '../../../shared/plan/new-plan';
import type { Plan } from '../../../shared/plan/schema';

function planWith(change: (p: Plan) => void): Plan {
  const plan = createEmptyPlan(new Date('2026-10-01T09:00:00Z'));
  change(plan);
  return plan;
}

describe('the R2P pillar context', () => {
  it('is a Pillar II context only when the planner chose it', () => {
    for (const stage of ['remote', 'emerging', 'unknown'] as const) {
      expect(evaluateTag(planWith((p) => void (p.situation.atrocityStage = stage)), 'pillar-2'), stage).toBeNull();
    }
    expect(evaluateTag(planWith((p) => void (p.situation.r2pPillar = 'pillar-2')), 'pillar-2')).toBe(true);
  });

  it('is never Pillar II when atrocities are imminent or ongoing, whatever was chosen', () => {
    expect(evaluateTag(planWith((p) => { p.situation.r2pPillar = 'pillar-2'; p.situation.atrocityStage = 'imminent'; }), 'pillar-2')).toBe(false);
    expect(evaluateTag(planWith((p) => void (p.situation.r2pPillar = 'pillar-3')), 'pillar-2')).toBe(false);
  });

  it('is worded as the seed uses it', () => {
    expect(TAG_LABELS['pillar-2']).toMatch(/Pillar II context as the planner chose it \(the seed’s usage: atrocity risk remote\)/);
  });
});
