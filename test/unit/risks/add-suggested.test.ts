import { describe, expect, it } from 'vitest';
import { suggestedRisks } from '../../../shared/capabilities/suggested-risks';
import { adviceRiskChoices } from '../../../shared/mandate/advice-risks';
import { evaluateGuidance } from '../../../shared/mandate/guidance';
import { applyEdit } from '../../../shared/plan/edit';
import { createEmptyPlan } from '../../../shared/plan/new-plan';
import { createSamplePlan } from '../../../shared/plan/sample';
import { addSuggestedRisks } from '../../../shared/risks/add-suggested';

const ctx = { now: new Date('2026-11-19T09:00:00Z'), by: 'Amara Okafor' };

function freshPlan() {
  const plan = createEmptyPlan(new Date('2026-11-01T00:00:00Z'));
  plan.mission.type = 'preventive-deployment';
  plan.mission.posture = 'over-the-horizon';
  plan.situation.hostConsent = 'ambivalent';
  return plan;
}

describe('adding the suggested risks in one move', () => {
  it('adds every advice risk once, with consecutive references, as one edit that one undo removes', () => {
    const plan = freshPlan();
    const choices = adviceRiskChoices(evaluateGuidance(plan));
    expect(choices.length).toBeGreaterThan(1);
    expect(new Set(choices.map((c) => c.key)).size).toBe(choices.length);
    const { edit, risks, skipped } = addSuggestedRisks(plan, choices.map((c) => c.draft), ctx);
    expect(skipped).toBe(0);
    expect(edit?.kind).toBe('batch');
    expect(risks.map((r) => r.ref)).toEqual(choices.map((_, i) => `R-${String(i + 1).padStart(3, '0')}`));
    const after = applyEdit(plan, edit!);
    expect(after.risks.items).toHaveLength(choices.length);
    // Now every piece of advice sees its risk as in the register: nothing is offered again.
    expect(adviceRiskChoices(evaluateGuidance(after))).toEqual([]);
  });

  it('skips a risk the register already holds and a draft listed twice', () => {
    const plan = freshPlan();
    const choices = adviceRiskChoices(evaluateGuidance(plan));
    const first = addSuggestedRisks(plan, [choices[0]!.draft], ctx);
    const withOne = applyEdit(plan, first.edit!);
    const again = addSuggestedRisks(withOne, [choices[0]!.draft, choices[1]!.draft, choices[1]!.draft], ctx);
    expect(again.risks.map((r) => r.title)).toEqual([choices[1]!.title]);
    expect(again.skipped).toBe(2);
    expect(addSuggestedRisks(withOne, [choices[0]!.draft], ctx)).toEqual({ edit: null, risks: [], skipped: 1 });
  });

  it('adds every capability-gap risk linked to its item, after which no gap is suggested again', () => {
    const plan = createSamplePlan();
    const gaps = suggestedRisks(plan);
    expect(gaps.length).toBeGreaterThan(0);
    const { edit, risks } = addSuggestedRisks(plan, gaps.map((g) => g.draft), ctx);
    const after = applyEdit(plan, edit!);
    expect(risks.every((r) => r.linkedCapabilityIds.length > 0 || r.sourceRef !== null)).toBe(true);
    expect(suggestedRisks(after)).toEqual([]);
  });

  it('leaves out advice the planner dismissed', () => {
    const plan = freshPlan();
    const advice = evaluateGuidance(plan);
    const withRisk = advice.find((a) => a.risks.length > 0)!;
    const dismissed = advice.map((a) => (a.id === withRisk.id ? { ...a, dismissed: true } : a));
    const reasons = adviceRiskChoices(dismissed).map((c) => c.reason);
    expect(adviceRiskChoices(advice).map((c) => c.reason)).toContain(withRisk.title);
    expect(reasons.filter((r) => r === withRisk.title)).toHaveLength(0);
  });
});
