import { describe, expect, it } from 'vitest';
import { createEmptyPlan } from '../../../shared/plan/new-plan';
import { planningOf, EMPTY_PLANNING } from '../../../shared/plan/planning';
import { quickCheck } from '../../../shared/plan/quick-check';
import { createSamplePlan } from '../../../shared/plan/sample';
import { PLAN_VERSION, planSchema } from '../../../shared/plan/schema';
import { parsePlanText, serializePlan } from '../../../shared/plan/validate';

describe('the optional planning fields', () => {
  it('leave a plan written without them valid, unchanged and on the current format version (the fields need no new version)', () => {
    const plan = createEmptyPlan(new Date('2026-10-01T09:00:00.000Z'));
    expect(plan.version).toBe(PLAN_VERSION);
    expect('planning' in plan.mission).toBe(false);
    const text = serializePlan(plan);
    expect(text).not.toContain('"planning"');
    const parsed = parsePlanText(text, 'old.mplan');
    expect(parsed.ok).toBe(true);
    expect(serializePlan(parsed.ok ? parsed.value.plan : plan)).toBe(text);
    expect(planningOf(plan.mission)).toEqual(EMPTY_PLANNING);
  });

  it('round-trip when present, and the fast check still vouches for the plan', () => {
    const plan = createSamplePlan();
    const text = serializePlan(plan);
    const parsed = parsePlanText(text, 'sample.mplan');
    expect(parsed.ok && parsed.value.plan.mission.planning).toEqual(plan.mission.planning);
    expect(quickCheck(planSchema, JSON.parse(text))).not.toBe('ask-zod');
  });

  it('refuse a benchmark tied to a factor that does not exist', () => {
    const plan = createSamplePlan();
    plan.mission.planning!.benchmarks[0]!.factor = 15;
    expect(planSchema.safeParse(plan).success).toBe(false);
  });
});
