import { describe, expect, it } from 'vitest';
import { GUIDANCE_RULES, evaluateGuidance } from '../../../shared/mandate/guidance';
import type { Severity } from '../../../shared/mandate/guidance';
import { AUTHORIZATION_FACTORS } from '../../../shared/plan/schema';
import type { Plan } from '../../../shared/plan/schema';
import { clauseFromTemplate } from '../../../shared/mandate/clause-factory';
import { emptyWith, sampleClause, sampleWith, withoutClauses } from './plans';

/** Adds a library clause with an id of its own, every parameter filled from the plan or given. */
const addClause = (p: Plan, templateId: string, id: string, params: Record<string, string> = {}) =>
  void p.mandate.clauses.push(clauseFromTemplate(p, templateId, { id, params: { host_state: 'Veloria', areas: 'Lévèque district', corridor_route: 'Lévèque and Marn', mission_name: 'UNPMV', ...params } }));
const planning = (p: Plan) => p.mission.planning!;
const hostRegime = (p: Plan) => void p.situation.perpetrators.push('host-regime');
const tick = (p: Plan, id: string) => void p.situation.riskFactors[7]!.indicators.push(id);

interface RuleCase {
  /** A situation in which the rule must fire, and the severity it then has. */
  fires: () => Plan;
  severity: Severity;
  /** A close situation in which it must stay quiet. */
  quiet: () => Plan;
  /** Expected advice id when the rule fires once per subject. */
  adviceId?: string;
}

const imminentOff = (p: Plan) => {
  p.situation.atrocityStage = 'remote';
  p.situation.r2pPillar = 'pillar-2';
};

const CASES: Record<string, RuleCase> = {
  'situation-unassessed': { fires: () => emptyWith(), severity: 'warning', quiet: () => sampleWith() },
  'host-regime-perpetrator': { fires: () => sampleWith((p) => void p.situation.perpetrators.push('host-regime')), severity: 'warning', quiet: () => sampleWith() },
  'no-consent-no-presence': {
    fires: () => sampleWith((p) => { p.situation.hostConsent = 'refuses'; p.situation.existingPresence.exists = false; }),
    severity: 'warning',
    quiet: () => sampleWith((p) => void (p.situation.hostConsent = 'refuses')),
  },
  'existing-presence-expand': { fires: () => sampleWith(), severity: 'info', quiet: () => sampleWith((p) => void (p.situation.existingPresence.exists = false)) },
  'imminent-protection-first': {
    fires: () => sampleWith((p) => void (p.situation.maro.impartialityStance = 'impartial')),
    severity: 'warning',
    quiet: () => sampleWith(imminentOff),
  },
  'non-state-doctrine': { fires: () => sampleWith(), severity: 'info', quiet: () => sampleWith((p) => void (p.situation.perpetrators = ['host-regime'])) },
  'risk-factors-unassessed': { fires: () => emptyWith(), severity: 'warning', quiet: () => sampleWith() },
  'crime-picture': {
    // The sample's factors point to crimes, but its mandate already monitors and protects: a reminder.
    fires: () => sampleWith(),
    severity: 'info',
    quiet: () => sampleWith((p) => p.situation.riskFactors.forEach((f) => void (f.level = 'not-present'))),
  },
  'escalation-response-empty': {
    fires: () => sampleWith((p) => void (p.situation.maro.escalationResponse = '  ')),
    severity: 'warning',
    quiet: () => sampleWith((p) => { p.situation.maro.escalationResponse = ''; imminentOff(p); }),
  },
  'maro-actors-blank': { fires: () => sampleWith((p) => void (p.situation.maro.bystanders = '')), severity: 'info', quiet: () => sampleWith() },
  'mission-type-undecided': { fires: () => emptyWith(), severity: 'blocking', quiet: () => sampleWith() },
  'posture-undecided': {
    fires: () => sampleWith((p) => void (p.mission.posture = 'undecided')),
    severity: 'blocking',
    quiet: () => sampleWith((p) => { p.mission.posture = 'undecided'; p.mission.type = 'political'; }),
  },
  'oth-without-tripwires': {
    fires: () => sampleWith((p) => void (p.mission.tripwires = [])),
    severity: 'blocking',
    quiet: () => sampleWith((p) => { p.mission.tripwires = []; p.mission.posture = 'in-area'; }),
  },
  'tripwire-incomplete': {
    fires: () => sampleWith((p) => void (p.mission.tripwires[0]!.observer = '')),
    severity: 'blocking',
    quiet: () => sampleWith(),
    adviceId: 'tripwire-incomplete:tw-sample-01',
  },
  'triggers-as-tripwires': {
    fires: () => sampleWith((p) => { p.situation.riskFactors[7]!.indicators = ['rf8-elections']; p.mission.tripwires.forEach((t) => void (t.factor = 7)); }),
    severity: 'info',
    quiet: () => sampleWith((p) => void (p.situation.riskFactors[7]!.indicators = ['rf8-elections'])),
  },
  'deployment-commitments': { fires: () => sampleWith(), severity: 'info', quiet: () => sampleWith((p) => void (p.mission.type = 'political')) },
  'pillar3-political-only': { fires: () => sampleWith((p) => void (p.mission.type = 'political')), severity: 'info', quiet: () => sampleWith() },
  'authorization-weak': {
    fires: () => sampleWith(),
    severity: 'warning',
    quiet: () => sampleWith((p) => AUTHORIZATION_FACTORS.forEach((k) => void (p.mission.authorization[k].rating = 'medium'))),
    adviceId: 'authorization-weak:mediaAttention',
  },
  'authorization-unrated': {
    fires: () => sampleWith((p) => AUTHORIZATION_FACTORS.forEach((k) => void (p.mission.authorization[k].rating = 'unknown'))),
    severity: 'info',
    quiet: () => sampleWith(),
  },
  'mandate-empty': { fires: () => sampleWith((p) => void (p.mandate.clauses = [])), severity: 'blocking', quiet: () => sampleWith() },
  'no-operative-clause': {
    fires: () => sampleWith((p) => void (p.mandate.clauses = p.mandate.clauses.filter((c) => c.kind === 'preambular'))),
    severity: 'blocking',
    quiet: () => sampleWith(),
  },
  'prevention-not-written-in': { fires: () => sampleWith((p) => withoutClauses(p, 1, 2, 4, 5)), severity: 'warning', quiet: () => sampleWith() },
  'objectives-irreconcilable': { fires: () => sampleWith((p) => void (p.situation.objectivesReconcilable = 'no')), severity: 'warning', quiet: () => sampleWith() },
  'protection-missing': {
    fires: () => sampleWith((p) => withoutClauses(p, 10, 11)),
    severity: 'warning',
    quiet: () => sampleWith((p) => { withoutClauses(p, 10, 11); imminentOff(p); p.situation.powerImbalance = 'low'; }),
  },
  'spillover-unaddressed': {
    fires: () => sampleWith((p) => withoutClauses(p, 9)),
    severity: 'warning',
    quiet: () => sampleWith((p) => { withoutClauses(p, 9); p.situation.spilloverRisk = 'low'; p.situation.perpetrators = ['non-state-internal']; }),
  },
  'escalation-ladder-missing': {
    fires: () => sampleWith((p) => withoutClauses(p, 8)),
    severity: 'warning',
    quiet: () => sampleWith((p) => { withoutClauses(p, 8); p.mission.type = 'political'; }),
  },
  'tripwire-clause-missing': {
    fires: () => sampleWith((p) => withoutClauses(p, 6, 7)),
    severity: 'warning',
    quiet: () => sampleWith((p) => { withoutClauses(p, 6, 7); p.mission.posture = 'in-area'; }),
  },
  'victim-retribution': { fires: () => sampleWith(), severity: 'info', quiet: () => sampleWith((p) => void (p.situation.powerImbalance = 'moderate')) },
  'family-missing': {
    fires: () => sampleWith((p) => void (p.mandate.clauses = p.mandate.clauses.filter((c) => c.family !== 'deployment'))),
    severity: 'warning',
    quiet: () => sampleWith(),
    adviceId: 'family-missing:deployment',
  },
  'transition-missing': {
    fires: () => sampleWith((p) => withoutClauses(p, 12)),
    severity: 'info',
    quiet: () => sampleWith((p) => { withoutClauses(p, 12); p.mission.type = 'political'; }),
  },
  'clause-mission-mismatch': {
    fires: () => sampleWith((p) => void (p.mission.type = 'political')),
    severity: 'warning',
    quiet: () => sampleWith(),
    adviceId: 'clause-mission-mismatch:cl-sample-06',
  },
  'clause-situation-mismatch': {
    fires: () => sampleWith((p) => void (p.situation.existingPresence.exists = false)),
    severity: 'warning',
    quiet: () => sampleWith(),
    adviceId: 'clause-situation-mismatch:cl-sample-04',
  },
  'duplicate-clause': {
    fires: () => sampleWith((p) => void p.mandate.clauses.splice(11, 0, { ...sampleClause(p, 11), id: 'cl-copy' })),
    severity: 'warning',
    quiet: () => sampleWith(),
  },
  'opening-form': { fires: () => sampleWith((p) => void (sampleClause(p, 11).opening = 'Demanding')), severity: 'warning', quiet: () => sampleWith(), adviceId: 'opening-form:cl-sample-11' },
  'clause-empty': { fires: () => sampleWith((p) => void (sampleClause(p, 11).text = ' ')), severity: 'blocking', quiet: () => sampleWith() },
  'clause-gaps': {
    fires: () => sampleWith((p) => void (sampleClause(p, 11).params.protected_group = '')),
    severity: 'blocking',
    quiet: () => sampleWith(),
    adviceId: 'clause-gaps:cl-sample-11',
  },
  // Not a fact of the plan, so the value typed is the one rendered.
  'clause-invalid-param': { fires: () => sampleWith((p) => void (sampleClause(p, 7).params.tripwire_review_days = 'soon')), severity: 'blocking', quiet: () => sampleWith() },
  'clause-template-problem': { fires: () => sampleWith((p) => void (sampleClause(p, 11).text += ' under {article}')), severity: 'warning', quiet: () => sampleWith() },
  'task-not-marked': { fires: () => sampleWith((p) => void (sampleClause(p, 4).task = null)), severity: 'warning', quiet: () => sampleWith() },
  'task-without-reporting': {
    fires: () => sampleWith((p) => { p.mandate.reportingIntervalDays = null; withoutClauses(p, 13); }),
    severity: 'blocking',
    quiet: () => sampleWith((p) => void (p.mandate.reportingIntervalDays = null)),
    adviceId: 'task-without-reporting:cl-sample-04',
  },
  'task-without-end': {
    fires: () => sampleWith((p) => { p.mandate.reviewDate = ''; p.mandate.startDate = ''; }),
    severity: 'blocking',
    quiet: () => sampleWith((p) => void (p.mandate.reviewDate = '')),
    adviceId: 'task-without-end:cl-sample-04',
  },
  'duration-missing': { fires: () => sampleWith((p) => void (p.mandate.durationMonths = null)), severity: 'blocking', quiet: () => sampleWith() },
  'start-date-missing': { fires: () => sampleWith((p) => void (p.mandate.startDate = '')), severity: 'warning', quiet: () => sampleWith() },
  'dates-inconsistent': { fires: () => sampleWith((p) => void (p.mandate.reviewDate = '2026-10-15')), severity: 'blocking', quiet: () => sampleWith() },
  'reporting-missing': {
    fires: () => sampleWith((p) => { p.mandate.reportingIntervalDays = null; withoutClauses(p, 13); }),
    severity: 'warning',
    quiet: () => sampleWith((p) => void (p.mandate.reportingIntervalDays = null)),
  },
  'review-date-missing': { fires: () => sampleWith((p) => void (p.mandate.reviewDate = '')), severity: 'info', quiet: () => sampleWith() },
  'political-form-clause': { fires: () => sampleWith((p) => void (p.mission.politicalForm = 'special-envoy')), severity: 'info', quiet: () => sampleWith() },
  'light-footprint': { fires: () => sampleWith((p) => void (p.mission.authorization.resources.rating = 'low')), severity: 'info', quiet: () => sampleWith() },
  'complementary-measures': {
    fires: () => sampleWith(hostRegime),
    severity: 'warning',
    quiet: () => sampleWith((p) => { hostRegime(p); addClause(p, 'cc-further-measures', 'cl-further'); }),
  },
  'elections-trigger': {
    fires: () => sampleWith((p) => tick(p, 'rf8-elections')),
    severity: 'info',
    quiet: () => sampleWith((p) => { tick(p, 'rf8-elections'); addClause(p, 'pol-electoral-violence', 'cl-elections', { electoral_event: 'the March 2027 elections' }); }),
  },
  'contributor-stake': {
    fires: () => sampleWith(),
    severity: 'info',
    quiet: () => sampleWith((p) => { p.situation.spilloverRisk = 'low'; p.situation.perpetrators = ['non-state-internal']; }),
  },
  'violence-displaced': {
    fires: () => sampleWith(),
    severity: 'info',
    quiet: () => sampleWith((p) => { p.situation.perpetrators = ['host-regime']; withoutClauses(p, 10); }),
  },
  'end-state-missing': { fires: () => sampleWith((p) => void (planning(p).endState = ' ')), severity: 'warning', quiet: () => sampleWith() },
  'benchmarks-untied': {
    fires: () => sampleWith((p) => void (planning(p).benchmarks[0]!.factor = null)),
    severity: 'warning',
    quiet: () => sampleWith(),
    adviceId: 'benchmarks-untied:bm-sample-01',
  },
  'phasing-missing': {
    fires: () => sampleWith((p) => { planning(p).iocDate = ''; planning(p).focDate = ''; }),
    severity: 'warning',
    quiet: () => sampleWith((p) => { planning(p).iocDate = ''; planning(p).focDate = ''; p.mission.type = 'political'; }),
  },
  'force-generation-missing': {
    fires: () => sampleWith((p) => { planning(p).forceGeneration = ''; planning(p).enablers = ''; }),
    severity: 'warning',
    quiet: () => sampleWith((p) => { planning(p).forceGeneration = ''; planning(p).enablers = ''; p.mission.type = 'political'; }),
  },
  'status-agreement-missing': {
    fires: () => sampleWith((p) => void (planning(p).statusAgreement = 'not-started')),
    severity: 'warning',
    quiet: () => sampleWith((p) => void (planning(p).statusAgreement = 'concluded')),
  },
  'seed-risks': { fires: () => sampleWith(), severity: 'info', quiet: () => emptyWith() },
  'force-not-established': { fires: () => sampleWith((p) => withoutClauses(p, 6, 18)), severity: 'warning', quiet: () => sampleWith() },
  'wps-missing': { fires: () => sampleWith((p) => withoutClauses(p, 19)), severity: 'warning', quiet: () => sampleWith() },
  'caac-missing': {
    fires: () => sampleWith((p) => withoutClauses(p, 20)),
    severity: 'warning',
    quiet: () => sampleWith((p) => { withoutClauses(p, 20); p.situation.conflictContext = 'peace'; }),
  },
  'crsv-missing': {
    fires: () => sampleWith((p) => withoutClauses(p, 21)),
    severity: 'warning',
    quiet: () => sampleWith((p) => { withoutClauses(p, 21); p.situation.conflictContext = 'peace'; imminentOff(p); }),
  },
  'hrddp-host-support': {
    fires: () => sampleWith((p) => { hostRegime(p); addClause(p, 'dep-police-monitoring', 'cl-police'); }),
    severity: 'blocking',
    quiet: () => sampleWith((p) => { hostRegime(p); addClause(p, 'dep-police-monitoring', 'cl-police'); addClause(p, 'cc-hrddp', 'cl-hrddp'); }),
    adviceId: 'hrddp-host-support:cl-police',
  },
  'host-partner-contradiction': {
    fires: () => sampleWith((p) => { hostRegime(p); addClause(p, 'dep-national-forces', 'cl-national'); }),
    severity: 'warning',
    quiet: () => sampleWith((p) => addClause(p, 'dep-national-forces', 'cl-national')),
  },
  'sea-missing': { fires: () => sampleWith((p) => withoutClauses(p, 22)), severity: 'warning', quiet: () => sampleWith() },
  'cmcoord-safeguards': {
    fires: () => sampleWith((p) => addClause(p, 'dep-corridors', 'cl-corridor')),
    severity: 'warning',
    quiet: () => sampleWith((p) => { addClause(p, 'dep-corridors', 'cl-corridor'); addClause(p, 'dep-cmcoord', 'cl-cmcoord'); }),
  },
  'source-protection-missing': { fires: () => sampleWith((p) => withoutClauses(p, 23)), severity: 'warning', quiet: () => sampleWith() },
  'warning-without-response': { fires: () => sampleWith((p) => withoutClauses(p, 24)), severity: 'info', quiet: () => sampleWith() },
  'information-ops-missing': {
    fires: () => sampleWith((p) => tick(p, 'rf8-incitement')),
    severity: 'info',
    quiet: () => sampleWith((p) => { tick(p, 'rf8-incitement'); addClause(p, 'dep-information-ops', 'cl-info'); }),
  },
  'surveillance-technology': { fires: () => sampleWith(), severity: 'info', quiet: () => sampleWith((p) => addClause(p, 'dep-surveillance-technology', 'cl-uas')) },
  'force-without-legal-basis': {
    fires: () => sampleWith((p) => withoutClauses(p, 17)),
    severity: 'blocking',
    // The alternative basis: consent, and force only in self-defence and defence of the mandate.
    quiet: () => sampleWith((p) => { withoutClauses(p, 17); p.mandate.consentBasis = true; }),
    adviceId: 'force-without-legal-basis:cl-sample-06',
  },
  'regional-force-needs-council': {
    fires: () => sampleWith((p) => void (p.mandate.instrument = 'au-psc-communique')),
    severity: 'warning',
    // An EU Decision whose recitals cite the Security Council's determination and Chapter VII relies on that resolution.
    quiet: () => sampleWith((p) => void (p.mandate.instrument = 'eu-council-decision')),
    adviceId: 'regional-force-needs-council:cl-sample-06',
  },
  'authorizes-ordinary-task': {
    fires: () => sampleWith((p) => void (sampleClause(p, 10).opening = 'Authorizes')),
    severity: 'warning',
    quiet: () => sampleWith((p) => void (sampleClause(p, 6).opening = 'Authorizes')),
    adviceId: 'authorizes-ordinary-task:cl-sample-10',
  },
  'oth-no-one-authorized': {
    fires: () => sampleWith((p) => void (sampleClause(p, 6).text = 'the establishment of a contingency force of up to {force_ceiling} military personnel, held over the horizon at {staging_area}')),
    severity: 'warning',
    quiet: () => sampleWith(),
  },
  'tripwire-quoted': {
    fires: () => sampleWith((p) => void (sampleClause(p, 11).text += ', in particular armed groups massing within 10 km of Corvane IDP camp')),
    severity: 'blocking',
    quiet: () => sampleWith((p) => { sampleClause(p, 11).text += ', in particular armed groups massing within 10 km of Corvane IDP camp'; p.mission.tripwires[0]!.disclosure = 'public'; }),
    adviceId: 'tripwire-quoted:tw-sample-01',
  },
  'value-contradicts-plan': {
    fires: () => sampleWith((p) => void (p.mission.tripwires[0]!.response = 'Deploy the quick-reaction company to the camp perimeter within 12 hours')),
    severity: 'warning',
    quiet: () => sampleWith(),
    adviceId: 'value-contradicts-plan:cl-sample-06',
  },
  'suggested-values-unconfirmed': { fires: () => sampleWith((p) => void (sampleClause(p, 6).suggested = ['force_purpose'])), severity: 'warning', quiet: () => sampleWith() },
  'poc-companions-missing': { fires: () => sampleWith((p) => withoutClauses(p, 25, 26)), severity: 'warning', quiet: () => sampleWith() },
  'chapter-vii-without-threat': { fires: () => sampleWith((p) => withoutClauses(p, 16)), severity: 'warning', quiet: () => sampleWith() },
  'host-record-no-hrddp-item': { fires: () => sampleWith(), severity: 'info', quiet: () => sampleWith((p) => void (p.situation.riskFactors[1]!.level = 'low')) },
};

describe('every guidance rule fires in its situation and stays quiet in a close one', () => {
  it('has a test case for every rule the engine ships', () => {
    expect(Object.keys(CASES).sort()).toEqual(GUIDANCE_RULES.map((r) => r.id).sort());
  });

  for (const rule of GUIDANCE_RULES) {
    const c = CASES[rule.id];
    if (!c) continue;
    it(`${rule.id}: fires as ${c.severity}`, () => {
      const advice = evaluateGuidance(c.fires()).filter((a) => a.ruleId === rule.id);
      expect(advice.length).toBeGreaterThan(0);
      expect(advice[0]!.severity).toBe(c.severity);
      expect(advice[0]!.message.length).toBeGreaterThan(20);
      if (c.adviceId) expect(advice.map((a) => a.id)).toContain(c.adviceId);
    });
    it(`${rule.id}: stays quiet`, () => {
      expect(evaluateGuidance(c.quiet()).filter((a) => a.ruleId === rule.id)).toEqual([]);
    });
  }
});

describe('rule details a planner relies on', () => {
  const messages = (plan: Plan, ruleId: string) => evaluateGuidance(plan).filter((a) => a.ruleId === ruleId);

  it('gives the host-regime advice with the buy-time risk ready for the register', () => {
    const [advice] = messages(sampleWith((p) => void p.situation.perpetrators.push('host-regime')), 'host-regime-perpetrator');
    expect(advice!.message).toMatch(/complementary measures/);
    expect(advice!.suggestedRisk).toMatchObject({ catalogueId: 'rsk-regime-buys-time', category: 'political' });
    expect(advice!.suggestedRisk!.title).toMatch(/^If .+, then /);
  });

  it('tones imminent-atrocity advice down to information when the plan already puts protection first', () => {
    expect(messages(sampleWith(), 'imminent-protection-first')[0]!.severity).toBe('info');
  });

  it('flags patron links when they are rated high, not low', () => {
    const high = messages(sampleWith((p) => void (p.mission.authorization.patronLinks.rating = 'high')), 'authorization-weak');
    const low = messages(sampleWith((p) => void (p.mission.authorization.patronLinks.rating = 'low')), 'authorization-weak');
    expect(high.map((a) => a.id)).toContain('authorization-weak:patronLinks');
    expect(low.map((a) => a.id)).not.toContain('authorization-weak:patronLinks');
  });

  it('names the tasks that lack reporting and spares the one with its own interval', () => {
    const ids = messages(sampleWith((p) => { p.mandate.reportingIntervalDays = null; withoutClauses(p, 13); }), 'task-without-reporting').map((a) => a.id);
    expect(ids).toEqual(['task-without-reporting:cl-sample-04', 'task-without-reporting:cl-sample-05', 'task-without-reporting:cl-sample-18', 'task-without-reporting:cl-sample-09', 'task-without-reporting:cl-sample-10']);
  });

  it('lists the missing parameter names of a clause with gaps', () => {
    const [advice] = messages(sampleWith((p) => { sampleClause(p, 6).params.staging_area = ''; sampleClause(p, 6).params.region = ' '; }), 'clause-gaps');
    // Parameters are named as the clause form labels them, never by their internal names.
    expect(advice!.message).toContain('where the force is held, area or region');
    expect(advice!.message).not.toMatch(/staging_area|_/);
    expect(advice!.target).toMatchObject({ kind: 'clause', id: 'cl-sample-06', step: 'clauses' });
  });

  it('treats a review date after the end of the mandate as a warning, not a block', () => {
    const [advice] = messages(sampleWith((p) => void (p.mandate.reviewDate = '2028-01-15')), 'dates-inconsistent');
    expect(advice!.severity).toBe('warning');
    expect(advice!.message).toContain('31 October 2027');
  });

  it('accepts a duration written as a clause instead of the mandate setting', () => {
    const plan = sampleWith((p) => {
      p.mandate.durationMonths = null;
      p.mandate.clauses.push({ ...sampleClause(p, 13), id: 'cl-own-duration', templateId: null, opening: 'Decides', text: 'that the mission shall run until 31 October 2027', task: null });
    });
    expect(messages(plan, 'duration-missing')).toEqual([]);
  });

  it('suggests triggering-factor tripwires in the words of the indicator catalogue', () => {
    const plan = sampleWith((p) => { p.situation.riskFactors[7]!.indicators = ['rf8-elections', 'rf8-incitement']; p.mission.tripwires.forEach((t) => void (t.factor = null)); });
    expect(messages(plan, 'triggers-as-tripwires')[0]!.message).toMatch(/contested election or census results; broadcast or public calls/);
  });
});
