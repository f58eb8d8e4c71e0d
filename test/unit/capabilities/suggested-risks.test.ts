import { describe, expect, it } from 'vitest';
import { createSamplePlan } from '../../../shared/plan/sample';
import { applyEdit } from '../../../shared/plan/edit';
import { planSchema } from '../../../shared/plan/schema';
import type { Plan } from '../../../shared/plan/schema';
import { suggestedRisks, suggestionIdFor } from '../../../shared/capabilities/suggested-risks';
import { addRiskFromDraft } from '../../../shared/risks/risk-edits';

const ctx = { by: 'Amara Okafor', now: new Date('2026-11-25T09:00:00Z') };
const setItem = (plan: Plan, id: string, patch: Partial<Plan['capabilities']['items'][number]>): Plan => ({
  ...plan,
  capabilities: { items: plan.capabilities.items.map((i) => (i.id === id ? { ...i, ...patch } : i)) },
});

describe('risks suggested by capability gaps', () => {
  it('suggests a linked risk for each missing or partial critical item no risk covers yet', () => {
    const suggestions = suggestedRisks(createSamplePlan());
    // cap-sample-10 (tripwire observation) is partial but R-001 already links it.
    expect(suggestions.map((s) => s.capabilityId)).toEqual(['cap-sample-04', 'cap-sample-05']);
    const roe = suggestions[1]!;
    expect(roe.reason).toBe('Critical capability "Rules of engagement covering protection of civilians" is missing.');
    expect(roe.draft).toMatchObject({ source: 'capability', sourceRef: 'cap-sample-05', linkedCapabilityIds: ['cap-sample-05'], owner: 'Force legal adviser', likelihood: 3, impact: 5 });
    expect(roe.draft.cause).toContain('Draft ROE silent on armed non-state perpetrators.');
  });

  it('rates a partial capability one step less likely than a missing one', () => {
    const plan = createSamplePlan();
    const partial = suggestedRisks(plan).find((s) => s.capabilityId === 'cap-sample-04')!;
    const missing = suggestedRisks(setItem(plan, 'cap-sample-04', { status: 'missing' })).find((s) => s.capabilityId === 'cap-sample-04')!;
    expect(missing.draft.likelihood! - partial.draft.likelihood!).toBe(1);
  });

  it('stops suggesting once the risk is added, or when the planner dismisses it', () => {
    let plan = createSamplePlan();
    const first = suggestedRisks(plan)[0]!;
    plan = applyEdit(plan, addRiskFromDraft(plan, first.draft, ctx).edit);
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(suggestedRisks(plan).map((s) => s.capabilityId)).not.toContain(first.capabilityId);
    expect(suggestedRisks(plan).map((s) => s.capabilityId)).toEqual(['cap-sample-05']);
    plan = { ...plan, guidance: { dismissed: [suggestionIdFor('cap-sample-05')] } };
    expect(suggestedRisks(plan)).toEqual([]);
  });

  it('ignores items that are in place, not critical, or not relevant to the mission', () => {
    const plan = createSamplePlan();
    expect(suggestedRisks(setItem(plan, 'cap-sample-13', { status: 'missing' })).map((s) => s.capabilityId)).not.toContain('cap-sample-13');
    const political: Plan = { ...plan, mission: { ...plan.mission, type: 'political', posture: 'undecided' } };
    // Rules of engagement and tripwire observation only matter for a deployment over the horizon.
    expect(suggestedRisks(political).map((s) => s.capabilityId)).toEqual(['cap-sample-04']);
  });

  it('uses a generic draft for a critical custom item', () => {
    const plan = setItem(createSamplePlan(), 'cap-sample-13', { critical: true });
    const s = suggestedRisks(plan).find((x) => x.capabilityId === 'cap-sample-13')!;
    expect(s.draft.title).toBe('If "Sarvan-language interpreters trained for patrol work" is not in place, then the mission cannot do what it depends on');
  });

  it('warns about an over-the-horizon force whose checklist has no tripwire observation at all', () => {
    const plan = createSamplePlan();
    const without: Plan = { ...plan, capabilities: { items: plan.capabilities.items.filter((i) => i.id !== 'cap-sample-10') } };
    const s = suggestedRisks(without).find((x) => x.capabilityId === null)!;
    expect(s.draft.title).toBe('If no one is watching the tripwires, then the over-the-horizon force is committed too late');
    expect(s.draft.linkedCapabilityIds).toEqual([]);
    const inArea: Plan = { ...without, mission: { ...without.mission, posture: 'in-area' } };
    expect(suggestedRisks(inArea).some((x) => x.capabilityId === null)).toBe(false);
  });
});
