import { describe, expect, it } from 'vitest';
import { findClauseTemplate } from '../../../shared/content/clauses';
import { riskCatalogueEntry } from '../../../shared/content/risk-catalogue';
import { suggestedRisks } from '../../../shared/capabilities/suggested-risks';
import { adviceRiskRef, evaluateGuidance, guidanceContext } from '../../../shared/mandate/guidance';
import type { Advice } from '../../../shared/mandate/guidance';
import { WIZARD_STEPS } from '../../../shared/mandate/guidance-types';
import { seedRisksFor } from '../../../shared/mandate/rules/planning-rules';
import { applyEdit } from '../../../shared/plan/edit';
import type { Plan } from '../../../shared/plan/schema';
import { addRiskFromAdvice, addRiskFromCatalogue } from '../../../shared/risks/risk-edits';
import { catalogueRows } from '../../../renderer/risks/catalogue-view';
import { SCENARIOS } from '../../fixtures/scenarios';
import { emptyWith, sampleClause, sampleWith } from './plans';

const ctx = { by: 'Tester', now: new Date('2026-11-25T09:00:00Z') };
const PLANS: Record<string, () => Plan> = {
  sample: () => sampleWith(),
  empty: () => emptyWith(),
  'political only': () => sampleWith((p) => void (p.mission.type = 'political')),
  'deployment only': () => sampleWith((p) => void (p.mission.type = 'preventive-deployment')),
  'clause with gaps': () => sampleWith((p) => { sampleClause(p, 4).params.existing_mission = ''; sampleClause(p, 6).params.staging_area = ''; }),
  ...SCENARIOS,
};
const all = Object.entries(PLANS).map(([name, make]) => [name, evaluateGuidance(make())] as const);

/** Adds the advice's risk the way the wizard does. */
function addFromAdvice(plan: Plan, advice: Advice): Plan {
  const draft = advice.suggestedRisk!;
  return applyEdit(plan, addRiskFromAdvice(plan, adviceRiskRef(advice, draft), draft, ctx).edit);
}

describe('advice reads as a planner expects', () => {
  it.each(all)('quotes labels, never template placeholders or internal names (%s)', (_name, advice) => {
    expect(advice.length).toBeGreaterThan(0);
    for (const a of advice) {
      const text = `${a.title} ${a.message} ${a.target.label}`;
      expect(text, a.id).not.toMatch(/\{[a-z_]+\}/);
      expect(text, a.id).not.toMatch(/\[[a-z]+_[a-z_]+\?\]/);
      expect(text, a.id).not.toMatch(/"(protection-first|undecided|impartial|in-area|over-the-horizon|preventive-deployment|pillar-[23])"/);
    }
  });

  it.each(all)('gives every card a way to the control that resolves it (%s)', (_name, advice) => {
    for (const a of advice) {
      expect(WIZARD_STEPS, a.id).toContain(a.target.step);
      expect(a.target.label.length, a.id).toBeGreaterThan(2);
      if (a.target.kind === 'library' && a.target.id !== 'library') expect(findClauseTemplate(a.target.id), a.id).toBeDefined();
    }
  });

  it('never proposes a clause meant for another mission type, and cites a basis of the right type', () => {
    const political = evaluateGuidance(PLANS['political only']!());
    const deployment = evaluateGuidance(PLANS['deployment only']!());
    const proposals = (advice: Advice[]) => advice.flatMap((a) => [...a.clauseSuggestions.map((s) => s.templateId), ...(a.target.kind === 'library' && a.target.id !== 'library' ? [a.target.id] : [])]);
    for (const id of proposals(political)) expect(findClauseTemplate(id)!.missionTypes, id).toContain('political');
    for (const id of proposals(deployment)) expect(findClauseTemplate(id)!.missionTypes, id).toContain('preventive-deployment');
    expect(proposals(political).length).toBeGreaterThan(0);
    for (const a of political) expect(a.basis, a.id).not.toMatch(/UNPREDEP|EUFOR|UNMISS|risks of preventive deployments/);
    for (const a of deployment) expect(a.basis, a.id).not.toMatch(/risks of political missions|Regional Office for West Africa/);
  });

  it('never proposes a clause the mandate already holds', () => {
    for (const [name, advice] of all) {
      const plan = PLANS[name]!();
      const present = new Set(plan.mandate.clauses.map((c) => c.templateId));
      for (const a of advice) for (const s of a.clauseSuggestions) expect(present.has(s.templateId), `${name} ${a.id} ${s.templateId}`).toBe(false);
    }
  });
});

describe('a warning whose cause is gone clears itself', () => {
  it('drops the due-diligence block once the mandate applies the policy, and the HRDDP warning when support is gone', () => {
    const regime = SCENARIOS.regime();
    expect(evaluateGuidance(regime).some((a) => a.ruleId === 'hrddp-host-support' && a.severity === 'blocking')).toBe(true);
    const advice = evaluateGuidance(regime).find((a) => a.ruleId === 'hrddp-host-support')!;
    expect(advice.clauseSuggestions.map((s) => s.templateId)).toEqual(['cc-hrddp']);
    regime.mandate.clauses = regime.mandate.clauses.filter((c) => c.id !== 'cl-scn-05');
    expect(evaluateGuidance(regime).filter((a) => a.ruleId === 'hrddp-host-support')).toEqual([]);
  });

  it('takes a seed risk off the "risks this design carries" card once it is in the register', () => {
    let plan = SCENARIOS['cross-border']();
    const card = () => evaluateGuidance(plan).find((a) => a.ruleId === 'seed-risks');
    const before = card()!.risks.map((r) => r.draft.catalogueId);
    expect(before).toContain('rsk-casualties');
    plan = applyEdit(plan, addRiskFromCatalogue(plan, riskCatalogueEntry('rsk-casualties')!, ctx).edit);
    expect(card()!.risks.map((r) => r.draft.catalogueId)).not.toContain('rsk-casualties');
    for (const id of card()!.risks.map((r) => r.draft.catalogueId!)) plan = applyEdit(plan, addRiskFromCatalogue(plan, riskCatalogueEntry(id)!, ctx).edit);
    expect(card()).toBeUndefined();
  });

  it('downgrades the high crime-picture warning once the mandate monitors and protects', () => {
    const regime = SCENARIOS.regime();
    expect(evaluateGuidance(regime).find((a) => a.ruleId === 'crime-picture')?.severity).toBe('warning');
    expect(evaluateGuidance(sampleWith()).find((a) => a.ruleId === 'crime-picture')?.severity).toBe('info');
  });
});

describe('the same risk suggested twice is one risk', () => {
  it('marks every card suggesting a catalogue risk once it is added from any of them', () => {
    let plan = SCENARIOS.regime();
    const suggesting = (p: Plan) => evaluateGuidance(p).filter((a) => a.risks.some((r) => r.draft.catalogueId === 'rsk-regime-buys-time'));
    const cards = suggesting(plan);
    expect(cards.length).toBeGreaterThanOrEqual(2);
    expect(cards.every((a) => !a.riskInRegister)).toBe(true);
    plan = addFromAdvice(plan, cards[0]!);
    const after = suggesting(plan);
    expect(after.length).toBe(cards.length);
    expect(after.every((a) => a.risks.find((r) => r.draft.catalogueId === 'rsk-regime-buys-time')!.inRegister)).toBe(true);
    expect(after[1]!.risks[0]!.refs).toEqual(['R-001']);
  });

  it('recognises a risk added from the catalogue, from older advice, or from a capability gap', () => {
    const regime = SCENARIOS.regime();
    const fromCatalogue = applyEdit(regime, addRiskFromCatalogue(regime, riskCatalogueEntry('rsk-regime-buys-time')!, ctx).edit);
    expect(evaluateGuidance(fromCatalogue).find((a) => a.ruleId === 'host-regime-perpetrator')!.riskInRegister).toBe(true);
    // Plans saved before: the risk names the advice, not the catalogue entry.
    const older = applyEdit(regime, addRiskFromAdvice(regime, 'host-partner-contradiction:cl-scn-04', riskDraftFor('rsk-regime-buys-time'), ctx).edit);
    expect(evaluateGuidance(older).find((a) => a.ruleId === 'host-regime-perpetrator')!.riskInRegister).toBe(true);
    // The sample's R-003 came from the analysts gap (chk-surv-analysts → rsk-early-warning-unread).
    const sample = sampleWith((p) => { p.mandate.clauses = p.mandate.clauses.filter((c) => c.templateId !== 'cc-early-warning-response'); });
    const warning = evaluateGuidance(sample).find((a) => a.ruleId === 'warning-without-response')!;
    expect(warning.risks[0]).toMatchObject({ inRegister: true, refs: ['R-003'] });
  });

  it('marks a risk added from advice as already in the register in the catalogue, and does not suggest it again for a gap', () => {
    let plan = sampleWith((p) => { p.mandate.clauses = p.mandate.clauses.filter((c) => c.templateId !== 'cc-sea-zero-tolerance'); });
    const sea = evaluateGuidance(plan).find((a) => a.ruleId === 'sea-missing')!;
    plan = addFromAdvice(plan, sea);
    const ref = plan.risks.items.at(-1)!.ref;
    expect(catalogueRows(plan, 'exploit', true).find((r) => r.entry.id === 'rsk-sea')!.inRegister).toEqual([ref]);
    plan.capabilities.items.push({ id: 'cap-sea', area: 'training', catalogueId: 'chk-trn-conduct-discipline', title: 'Conduct and discipline', description: '', critical: true, status: 'missing', owner: '', dueDate: '', gapNote: '', evidence: '' });
    expect(suggestedRisks(plan).map((s) => s.capabilityId)).not.toContain('cap-sea');
  });
});

describe('every seed point that bears on the design reaches the planner', () => {
  it.each(Object.entries(PLANS))('suggests every seed risk that applies to the design (%s)', (_name, make) => {
    const plan = make();
    const advice = evaluateGuidance(plan);
    const suggested = new Set(advice.flatMap((a) => a.risks.map((r) => r.draft.catalogueId)));
    const registered = new Set(plan.risks.items.map((r) => r.sourceRef));
    for (const id of seedRisksFor(guidanceContext(plan))) expect(suggested.has(id) || registered.has(id), id).toBe(true);
  });

  const seedPoint = (plan: Plan, ruleId: string, pattern: RegExp) => {
    const found = evaluateGuidance(plan).find((a) => a.ruleId === ruleId);
    expect(found, ruleId).toBeDefined();
    expect(found!.message).toMatch(pattern);
  };

  it('closes the partial and missing points of the review’s seed table', () => {
    seedPoint(sampleWith(), 'deployment-commitments', /flexible deterrent options/); // 2
    seedPoint(sampleWith((p) => void (p.mission.authorization.resources.rating = 'low')), 'light-footprint', /discreet, cheap/); // 13
    seedPoint(SCENARIOS.election(), 'maro-actors-blank', /what it can do, what it wants/); // 11
    seedPoint(sampleWith((p) => { p.situation.hostConsent = 'refuses'; p.situation.existingPresence.exists = false; }), 'no-consent-no-presence', /rapid political mission/); // 15
    seedPoint(SCENARIOS.election(), 'elections-trigger', /electoral period/); // 21
    seedPoint(SCENARIOS.election(), 'information-ops-missing', /monitor perpetrators, gather information/); // 27
    seedPoint(sampleWith(), 'deployment-commitments', /economic, political and diplomatic/); // 29
    seedPoint(SCENARIOS['cross-border'](), 'imminent-protection-first', /remain passive.*impartial implementation/); // 35, 36
    seedPoint(SCENARIOS.election(), 'warning-without-response', /who decides/); // 37
    seedPoint(sampleWith(), 'surveillance-technology', /unarmed aerial systems/); // 38
    seedPoint(SCENARIOS.regime(), 'complementary-measures', /sanctions, an arms embargo/); // 41
    seedPoint(SCENARIOS['cross-border'](), 'cmcoord-safeguards', /last resort/); // 25
    const noExpansion = (p: Plan) => void (p.mandate.clauses = p.mandate.clauses.filter((c) => c.templateId !== 'pol-expand-existing'));
    seedPoint(sampleWith((p) => { p.mission.politicalForm = 'transformed-peacebuilding'; p.situation.existingPresence.exists = false; noExpansion(p); }), 'political-form-clause', /mission already on the ground/); // 6
    const transformed = evaluateGuidance(sampleWith((p) => { p.mission.politicalForm = 'transformed-peacebuilding'; noExpansion(p); }));
    expect(transformed.find((a) => a.ruleId === 'political-form-clause')!.clauseSuggestions.map((s) => s.templateId)).toEqual(['pol-transformed-peacebuilding']);
  });
});

function riskDraftFor(id: string) {
  const e = riskCatalogueEntry(id)!;
  return { catalogueId: e.id, title: e.title, category: e.category, cause: e.cause, consequence: e.consequence, likelihood: e.likelihood, impact: e.impact, mitigation: '' };
}
