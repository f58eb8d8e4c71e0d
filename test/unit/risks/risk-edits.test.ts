import { describe, expect, it } from 'vitest';
import { createSamplePlan } from '../../../shared/plan/sample';
import { applyEdit } from '../../../shared/plan/edit';
import type { PlanEdit } from '../../../shared/plan/edit';
import { planSchema } from '../../../shared/plan/schema';
import type { Plan } from '../../../shared/plan/schema';
import { riskCatalogueEntry } from '../../../shared/content/risk-catalogue';
import { evaluateGuidance } from '../../../shared/mandate/guidance';
import {
  addBlankRisk,
  addRiskFromAdvice,
  addRiskFromCatalogue,
  addRiskFromDraft,
  bulkUpdateRisks,
  linkCapability,
  removeRisks,
  unlinkCapability,
  updateRisk,
  validateRiskPatch,
  HISTORY_MAX,
} from '../../../shared/risks/risk-edits';

const ctx = { by: 'Amara Okafor', now: new Date('2026-11-20T10:00:00.000Z') };
const apply = (plan: Plan, edit: PlanEdit | null): Plan => {
  expect(edit).not.toBeNull();
  const next = applyEdit(plan, edit!);
  expect(planSchema.safeParse(next).success).toBe(true);
  return next;
};
const riskOf = (plan: Plan, id: string) => plan.risks.items.find((r) => r.id === id)!;

describe('adding risks', () => {
  it('adds a catalogue risk with the next reference, its source, a review date a month out and a first history entry', () => {
    const plan = createSamplePlan();
    const entry = riskCatalogueEntry('rsk-regime-buys-time')!;
    const { edit, risk } = addRiskFromCatalogue(plan, entry, ctx);
    const next = apply(plan, edit);
    const added = riskOf(next, risk.id);
    expect(added.ref).toBe('R-012');
    expect(added.title).toBe(entry.title);
    expect(added.source).toBe('catalogue');
    expect(added.sourceRef).toBe('rsk-regime-buys-time');
    expect([added.likelihood, added.impact]).toEqual([entry.likelihood, entry.impact]);
    expect([added.residualLikelihood, added.residualImpact]).toEqual([entry.likelihood, entry.impact]);
    expect(added.mitigation.split('\n')).toHaveLength(entry.mitigationIdeas.length);
    expect(added.reviewDate).toBe('2026-12-20');
    expect(added.history).toEqual([{ at: ctx.now.toISOString(), by: 'Amara Okafor', field: 'risk', from: '', to: 'added from catalogue (rsk-regime-buys-time)' }]);
  });

  it('adds a guidance draft linked to capability items, and a blank risk after it', () => {
    const plan = createSamplePlan();
    const first = addRiskFromDraft(plan, { title: 'If the host regime is the perpetrator, then consent is a screen', category: 'political', source: 'guidance', sourceRef: 'rule-host-regime', linkedCapabilityIds: ['cap-sample-02'], likelihood: 9 }, ctx);
    const afterFirst = apply(plan, first.edit);
    expect(first.risk.likelihood).toBe(3);
    expect(first.risk.linkedCapabilityIds).toEqual(['cap-sample-02']);
    const blank = addBlankRisk(afterFirst, ctx);
    const afterBlank = apply(afterFirst, blank.edit);
    expect(riskOf(afterBlank, blank.risk.id).ref).toBe('R-013');
    expect(riskOf(afterBlank, blank.risk.id).source).toBe('custom');
  });
  it('adds the risk a piece of guidance suggests, remembering the advice it came from', () => {
    let plan = createSamplePlan();
    plan = { ...plan, situation: { ...plan.situation, perpetrators: ['host-regime'] } };
    const advice = evaluateGuidance(plan).find((a) => a.suggestedRisk && !a.riskInRegister)!;
    expect(advice).toBeDefined();
    const { edit, risk } = addRiskFromAdvice(plan, advice.id, advice.suggestedRisk!, ctx);
    const next = apply(plan, edit);
    expect(riskOf(next, risk.id)).toMatchObject({ source: 'guidance', sourceRef: advice.id, title: advice.suggestedRisk!.title });
    expect(evaluateGuidance(next).find((a) => a.id === advice.id)!.riskInRegister).toBe(true);
  });
});

describe('updating risks', () => {
  it('changes fields and records who changed what, from what, to what', () => {
    const plan = createSamplePlan();
    const before = riskOf(plan, 'risk-sample-02');
    const next = apply(plan, updateRisk(plan, 'risk-sample-02', { likelihood: 5, owner: 'Chief of staff', title: before.title }, ctx));
    const after = riskOf(next, 'risk-sample-02');
    expect(after.likelihood).toBe(5);
    expect(after.owner).toBe('Chief of staff');
    expect(after.history.slice(before.history.length)).toEqual([
      { at: '2026-11-20T10:00:00.000Z', by: 'Amara Okafor', field: 'likelihood', from: '4', to: '5' },
      { at: '2026-11-20T10:00:00.000Z', by: 'Amara Okafor', field: 'owner', from: 'Head of planning', to: 'Chief of staff' },
    ]);
  });

  it('returns no edit when nothing really changes', () => {
    const plan = createSamplePlan();
    const r = riskOf(plan, 'risk-sample-01');
    expect(updateRisk(plan, r.id, { likelihood: r.likelihood, actions: structuredClone(r.actions) }, ctx)).toBeNull();
  });

  it('records an acceptance in words', () => {
    const plan = createSamplePlan();
    const next = apply(plan, updateRisk(plan, 'risk-sample-04', { treatment: 'accept', acceptance: { approvedBy: 'SRSG', approvedOn: '2026-11-20', expiresOn: '2027-02-20' } }, ctx));
    expect(riskOf(next, 'risk-sample-04').history.at(-1)).toMatchObject({ field: 'acceptance', from: '', to: 'approved by SRSG on 2026-11-20, expires 2027-02-20' });
  });

  it('keeps only the newest history entries once the schema limit is reached', () => {
    let plan = createSamplePlan();
    const long = Array.from({ length: HISTORY_MAX }, (_, i) => ({ at: ctx.now.toISOString(), by: 'x', field: 'owner', from: String(i), to: String(i + 1) }));
    plan = applyEdit(plan, { kind: 'set', path: ['risks', 'items', 0, 'history'], value: long });
    const next = apply(plan, updateRisk(plan, 'risk-sample-01', { impact: 3 }, ctx));
    const history = riskOf(next, 'risk-sample-01').history;
    expect(history).toHaveLength(HISTORY_MAX);
    expect(history.at(-1)!.field).toBe('impact');
    expect(history[0]!.from).toBe('1');
  });

  it('sets status and owner on several selected risks, each with its own history', () => {
    const plan = createSamplePlan();
    const ids = ['risk-sample-03', 'risk-sample-04', 'risk-sample-04'];
    const next = apply(plan, bulkUpdateRisks(plan, ids, { status: 'monitoring', owner: 'Chief of staff' }, ctx));
    for (const id of ['risk-sample-03', 'risk-sample-04']) {
      expect(riskOf(next, id)).toMatchObject({ status: 'monitoring', owner: 'Chief of staff' });
      expect(riskOf(next, id).history.slice(-2).map((h) => h.field)).toEqual(['status', 'owner']);
    }
    expect(riskOf(next, 'risk-sample-05').status).toBe('open');
  });

  it('refuses to build an edit for a risk that is not in the register', () => {
    expect(() => updateRisk(createSamplePlan(), 'risk-nope', { impact: 2 }, ctx)).toThrow(/No risk risk-nope/);
  });
});

describe('removing and linking', () => {
  it('removes several risks and leaves the others in order', () => {
    const plan = createSamplePlan();
    const next = apply(plan, removeRisks(plan, ['risk-sample-02', 'risk-sample-09']));
    expect(next.risks.items.map((r) => r.ref)).toEqual(['R-001', 'R-003', 'R-004', 'R-005', 'R-006', 'R-007', 'R-008', 'R-010', 'R-011']);
  });

  it('links and unlinks a capability item with history, and ignores a repeat', () => {
    const plan = createSamplePlan();
    const linked = apply(plan, linkCapability(plan, 'risk-sample-02', 'cap-sample-12', ctx));
    expect(riskOf(linked, 'risk-sample-02').linkedCapabilityIds).toEqual(['cap-sample-12']);
    expect(riskOf(linked, 'risk-sample-02').history.at(-1)).toMatchObject({ field: 'linkedCapabilityIds', from: '', to: 'cap-sample-12' });
    expect(linkCapability(linked, 'risk-sample-02', 'cap-sample-12', ctx)).toBeNull();
    const unlinked = apply(linked, unlinkCapability(linked, 'risk-sample-02', 'cap-sample-12', ctx));
    expect(riskOf(unlinked, 'risk-sample-02').linkedCapabilityIds).toEqual([]);
  });
});

describe('validating inline edits', () => {
  it('accepts a sound patch', () => {
    expect(validateRiskPatch({ likelihood: 2, impact: 5, reviewDate: '2027-02-28', owner: 'Deputy SRSG', title: 'If x, then y' })).toEqual([]);
  });

  it('gives plain messages for scores out of range, bad dates and empty title or owner', () => {
    const problems = validateRiskPatch({ likelihood: 6, impact: 2.5, residualImpact: 0, reviewDate: '31/01/2027', title: '  ', owner: '' });
    expect(problems).toEqual([
      { field: 'title', message: 'Give the risk a title, phrased "If …, then …".' },
      { field: 'owner', message: 'Name the person or post who owns this risk.' },
      { field: 'likelihood', message: 'Likelihood must be a whole number from 1 (rare) to 5 (almost certain).' },
      { field: 'impact', message: 'Impact must be a whole number from 1 (minimal) to 5 (severe).' },
      { field: 'residualImpact', message: 'Residual impact must be a whole number from 1 to 5.' },
      { field: 'reviewDate', message: 'Write the review date as YYYY-MM-DD, for example 2027-01-15.' },
    ]);
  });

  it('requires a review date and a real one', () => {
    expect(validateRiskPatch({ reviewDate: '' })[0]!.message).toMatch(/Set a next review date/);
    expect(validateRiskPatch({ reviewDate: '2027-02-30' })[0]!.message).toBe('Review date 2027-02-30 is not a real calendar date.');
  });

  it('checks acceptance: approver named, expiry after approval, not dropped while the treatment is accept', () => {
    expect(validateRiskPatch({ acceptance: { approvedBy: '', approvedOn: '2027-01-10', expiresOn: '2026-12-01' } }).map((p) => p.message)).toEqual([
      'Record who approved accepting this risk.',
      'The acceptance cannot expire before it was approved.',
    ]);
    const accepted = riskOf(createSamplePlan(), 'risk-sample-05');
    expect(validateRiskPatch({ acceptance: null }, accepted)[0]!.field).toBe('acceptance');
  });

  it('rejects unknown categories, statuses and treatments', () => {
    const problems = validateRiskPatch({ category: 'weather' as never, status: 'done' as never, treatment: 'ignore' as never });
    expect(problems.map((p) => p.field)).toEqual(['category', 'treatment', 'status']);
  });
});
