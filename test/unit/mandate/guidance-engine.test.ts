import { describe, expect, it } from 'vitest';
import { riskCatalogueEntry } from '../../../shared/content/risk-catalogue';
import { GUIDANCE_RULES, evaluateGuidance, guidanceRule, riskDraftFromCatalogue } from '../../../shared/mandate/guidance';
import { SEVERITIES, WIZARD_STEPS } from '../../../shared/mandate/guidance-types';
import { createSamplePlan } from '../../../shared/plan/sample';
import { emptyWith, sampleWith } from './plans';

describe('guidance engine', () => {
  it('gives the sample plan no blocking problem and at most two warnings', () => {
    const advice = evaluateGuidance(createSamplePlan());
    expect(advice.filter((a) => a.severity === 'blocking')).toEqual([]);
    expect(advice.filter((a) => a.severity === 'warning').length).toBeLessThanOrEqual(2);
  });

  it('lists blocking problems first, then warnings, then information, each in wizard-step order', () => {
    const advice = evaluateGuidance(emptyWith((p) => void (p.situation.perpetrators = ['host-regime'])));
    const keys = advice.map((a) => SEVERITIES.indexOf(a.severity) * 10 + WIZARD_STEPS.indexOf(a.step));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(advice[0]!.severity).toBe('blocking');
  });

  it('gives every piece of advice a unique id, a title, a message and a basis', () => {
    const lists = [emptyWith(), sampleWith((p) => { p.mission.tripwires.forEach((t) => void (t.response = '')); p.mandate.durationMonths = null; })].map(evaluateGuidance);
    for (const list of lists) expect(new Set(list.map((a) => a.id)).size).toBe(list.length);
    for (const a of lists.flat()) {
      expect(a.title).not.toBe('');
      expect(a.message).not.toBe('');
      expect(a.basis).toMatch(/: /);
    }
  });

  it('hides dismissed warnings but never a dismissed blocking problem', () => {
    const plan = emptyWith((p) => void (p.guidance.dismissed = ['situation-unassessed', 'mission-type-undecided']));
    const advice = evaluateGuidance(plan);
    expect(advice.find((a) => a.id === 'situation-unassessed')!.dismissed).toBe(true);
    expect(advice.find((a) => a.id === 'mission-type-undecided')!.dismissed).toBe(false);
  });

  it('knows when a suggested risk is already in the register', () => {
    const hostPlan = (sourceRef: string | null) =>
      sampleWith((p) => {
        p.situation.perpetrators.push('host-regime');
        p.risks.items[0]!.sourceRef = sourceRef;
      });
    const find = (sourceRef: string | null) => evaluateGuidance(hostPlan(sourceRef)).find((a) => a.ruleId === 'host-regime-perpetrator')!;
    expect(find(null).riskInRegister).toBe(false);
    expect(find('host-regime-perpetrator').riskInRegister).toBe(true);
    expect(find('rsk-regime-buys-time').riskInRegister).toBe(true);
  });

  it('only suggests risks that exist in the risk catalogue', () => {
    for (const rule of GUIDANCE_RULES) if (rule.riskId) expect(riskCatalogueEntry(rule.riskId), rule.id).toBeDefined();
    const weak = evaluateGuidance(sampleWith((p) => { for (const k of Object.keys(p.mission.authorization) as (keyof typeof p.mission.authorization)[]) p.mission.authorization[k].rating = k === 'patronLinks' ? 'high' : 'low'; }));
    for (const a of weak.filter((x) => x.ruleId === 'authorization-weak')) expect(a.suggestedRisk, a.id).toBeDefined();
  });

  it('builds a register draft with the catalogue entry\'s rating and mitigation ideas', () => {
    const draft = riskDraftFromCatalogue('rsk-escalation-window')!;
    const entry = riskCatalogueEntry('rsk-escalation-window')!;
    expect(draft).toMatchObject({ title: entry.title, likelihood: entry.likelihood, impact: entry.impact, category: entry.category });
    expect(draft.mitigation).toContain(entry.mitigationIdeas[0]!);
    expect(riskDraftFromCatalogue('rsk-does-not-exist')).toBeUndefined();
  });

  it('has unique rule ids with a summary and a basis for the catalogue', () => {
    expect(new Set(GUIDANCE_RULES.map((r) => r.id)).size).toBe(GUIDANCE_RULES.length);
    for (const r of GUIDANCE_RULES) {
      expect(r.summary.length, r.id).toBeGreaterThan(20);
      expect(r.basis.ref, r.id).not.toBe('');
      expect(guidanceRule(r.id)).toBe(r);
    }
  });

  it('covers every rule DOMAIN.md says the seed supports', () => {
    for (const id of ['host-regime-perpetrator', 'no-consent-no-presence', 'existing-presence-expand', 'objectives-irreconcilable', 'deployment-commitments', 'oth-without-tripwires', 'imminent-protection-first', 'authorization-weak']) {
      expect(guidanceRule(id), id).toBeDefined();
    }
  });

  it('evaluates a plan with 500 clauses without trouble', () => {
    const plan = sampleWith((p) => {
      const base = p.mandate.clauses;
      p.mandate.clauses = Array.from({ length: 500 }, (_, i) => ({ ...base[i % base.length]!, id: `cl-bulk-${i}` }));
    });
    const advice = evaluateGuidance(plan);
    expect(advice.filter((a) => a.ruleId === 'duplicate-clause').length).toBeGreaterThan(400);
  });
});
