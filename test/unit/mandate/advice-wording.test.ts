import { describe, expect, it } from 'vitest';
import { evaluateGuidance } from '../../../shared/mandate/guidance';
import { crimePicture } from '../../../shared/mandate/crime-picture';
import { emptyRiskFactors } from '../../../shared/plan/new-plan';
import type { RiskFactorAssessment } from '../../../shared/plan/schema';
import { sampleWith } from './plans';
import { crossBorderScenario, regimeScenario } from '../../fixtures/scenarios';

const factors = (levels: Partial<Record<number, RiskFactorAssessment['level']>>) => emptyRiskFactors().map((f) => ({ ...f, level: levels[f.factor] ?? 'unknown' }));

describe('advice says only what the plan records', () => {
  it('names neighbours as involved only when a threat comes from across the border', () => {
    const message = (recipe: Parameters<typeof sampleWith>[0]) => evaluateGuidance(sampleWith(recipe)).find((a) => a.ruleId === 'contributor-stake')?.message;
    expect(message(() => {})).toMatch(/^A threat from across the border involves neighbours/);
    // Election violence by militias inside the country, with some risk of spill-over: no neighbour is "involved".
    const spillOnly = message((p) => { p.situation.perpetrators = ['non-state-internal']; p.situation.spilloverRisk = 'moderate'; p.situation.riskFactors[7]!.indicators = ['rf8-elections']; });
    expect(spillOnly).toMatch(/^With a risk of spill-over, neighbouring states have a stake/);
    expect(spillOnly).not.toMatch(/involve/);
  });

  it('says when a crime is pointed to on one of its two own factors', () => {
    // Intergroup tension (factor 9) rated, signs of intent (factor 10) not: genocide must not read as settled.
    const tensionOnly = crimePicture(factors({ 1: 'moderate', 7: 'moderate', 8: 'high', 9: 'moderate' }), 'peace');
    expect(tensionOnly.crimes[0]).toMatchObject({ crime: 'genocide', pointsTo: true, unrated: [10] });
    expect(tensionOnly.summary).toMatch(/points to genocide \(high, with factor 10 not yet rated\)\./);
    const both = crimePicture(factors({ 8: 'high', 9: 'moderate', 10: 'moderate' }), 'peace');
    expect(both.summary).toMatch(/points to genocide \(high\)\./);
    expect(crimePicture(factors({ 11: 'high' })).summary).toMatch(/crimes against humanity \(high, with factor 12 not yet rated\)/);
  });

  it('points to no crime on the common factors alone, and says so', () => {
    // Cross-border raids: instability and triggers high, the genocide factors rated low.
    const picture = crimePicture(factors({ 1: 'high', 2: 'moderate', 3: 'high', 5: 'moderate', 7: 'moderate', 8: 'high', 9: 'low', 10: 'low', 13: 'moderate' }), 'armed-conflict');
    const genocide = picture.crimes[0]!;
    expect(genocide.level).toBe('moderate');
    expect(genocide.pointsTo).toBe(false);
    expect(picture.summary).toContain('Genocide reads moderate on the common factors alone, but neither of its own factors (9 and 10) is at moderate or above, so the pattern does not point to it.');
    expect(picture.summary).toMatch(/^On the app’s heuristic, the pattern points to war crimes \((moderate|high), with factor 14 not yet rated\)\./);
  });

  it('does not say the host’s forces committed the violations factor 2 records', () => {
    // Factor 2 is the country's record, by any party: here the perpetrators are armed groups.
    const plan = sampleWith((p) => { p.situation.riskFactors[1]!.level = 'high'; p.capabilities.items = p.capabilities.items.filter((i) => i.catalogueId !== 'chk-crd-hrddp'); });
    const advice = evaluateGuidance(plan).find((a) => a.ruleId === 'host-record-no-hrddp-item');
    expect(advice?.message).toMatch(/^Serious violations are on record \(factor 2\), by whichever party\./);
    expect(advice?.message).not.toMatch(/host’s forces have a record/);
  });

  it('titles the border advice by what the plan records: a spill-over risk is not a cross-border threat', () => {
    const plan = regimeScenario();
    expect(plan.situation.perpetrators).toEqual(['host-regime']);
    expect(evaluateGuidance(plan).find((a) => a.ruleId === 'spillover-unaddressed')?.title).toBe('Spill-over or cross-border threat not addressed');
    const hrddp = evaluateGuidance(crossBorderScenario()).find((a) => a.ruleId === 'hrddp-host-support');
    expect(hrddp?.message).toMatch(/factor 2 records serious violations, which the host’s forces may have committed\./);
  });

  it('keeps an envoy for pressure and warning when objectives cannot be reconciled', () => {
    const message = evaluateGuidance(regimeScenario()).find((a) => a.ruleId === 'objectives-irreconcilable')!.message;
    expect(message).toMatch(/Reconsider operative paragraph 1 \("Requests the Secretary-General to appoint a…"\)\. An envoy can still carry diplomatic pressure and warnings/);
    const noEnvoy = regimeScenario();
    noEnvoy.mandate.clauses = noEnvoy.mandate.clauses.filter((c) => c.templateId !== 'pol-special-envoy');
    expect(evaluateGuidance(noEnvoy).find((a) => a.ruleId === 'objectives-irreconcilable')!.message).not.toMatch(/envoy/);
  });

  it('lists unrated factors by names that read right in lower case', () => {
    const summary = crimePicture(factors({ 9: 'high' })).summary;
    expect(summary).toContain('13 (threats to those protected by humanitarian law)');
    expect(summary).not.toMatch(/\bihl\b/);
  });
});
