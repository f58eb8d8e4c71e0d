import { describe, expect, it } from 'vitest';
import { riskFactor } from '../../../shared/content/risk-factors';
import { assembleMandate } from '../../../shared/mandate/assemble';
import { evaluateGuidance } from '../../../shared/mandate/guidance';
import { createEmptyPlan } from '../../../shared/plan/new-plan';
import { createSamplePlan } from '../../../shared/plan/sample';
import { clauseNumbers, dropPosition, splitGaps } from '../../../renderer/wizard/clause-order';
import { customClauseProblems } from '../../../renderer/wizard/custom-clause-problems';
import { readiness } from '../../../renderer/wizard/review-readiness';
import { factorSummary, toggleIndicator } from '../../../renderer/wizard/risk-factor-shaping';
import { togglePerpetrator } from '../../../renderer/wizard/perpetrators';
import { describeStatus, neighbourStep, stepStatuses } from '../../../renderer/wizard/steps';
import { tripwireSuggestions } from '../../../renderer/wizard/tripwire-suggestions';

describe('step completeness', () => {
  it('counts open blocking problems and warnings per step and ignores information and dismissed advice', () => {
    const plan = createEmptyPlan(new Date('2026-10-01T09:00:00Z'));
    const statuses = stepStatuses(evaluateGuidance(plan));
    expect(statuses.mission).toEqual({ blocking: 1, warnings: 0, complete: false });
    expect(statuses.situation).toEqual({ blocking: 0, warnings: 1, complete: false });
    expect(describeStatus(statuses.mission)).toBe('1 open problem, 1 blocking');
    // The review counts its own warning and every blocking problem that keeps the mandate from being final.
    expect(statuses.review).toEqual({ blocking: 2, warnings: 1, complete: false });

    const dismissed = { ...plan, guidance: { dismissed: ['situation-unassessed'] } };
    expect(stepStatuses(evaluateGuidance(dismissed)).situation.complete).toBe(true);
  });

  it('calls the sample plan’s situation complete and names the neighbours of a step', () => {
    expect(describeStatus(stepStatuses(evaluateGuidance(createSamplePlan())).situation)).toBe('complete');
    expect(neighbourStep('situation', -1)).toBeNull();
    expect(neighbourStep('clauses', 1)).toBe('review');
  });
});

describe('clause list helpers', () => {
  it('drops a paragraph before or after another, counting the gap its own move leaves', () => {
    expect(dropPosition(4, 0, false)).toBe(0);
    expect(dropPosition(0, 3, false)).toBe(2);
    expect(dropPosition(0, 3, true)).toBe(3);
    expect(dropPosition(2, 2, true)).toBe(2);
  });

  it('numbers paragraphs as the mandate does, with "remains seized" last wherever it sits', () => {
    const plan = createSamplePlan();
    const seized = plan.mandate.clauses.find((c) => c.templateId === 'cc-seized')!;
    const moved = [seized, ...plan.mandate.clauses.filter((c) => c !== seized)];
    const numbers = clauseNumbers(moved);
    expect(numbers.get(seized.id)).toBe('OP 20');
    expect(numbers.get('cl-sample-01')).toBe('PP 1');
    expect(numbers.get('cl-sample-04')).toBe('OP 1');
  });

  it('splits out gap markers and leaves brackets that are not gaps alone', () => {
    expect(splitGaps('deploy to [region?] within [Hours] [response_hours?].')).toEqual([
      { text: 'deploy to ', gap: false },
      { text: '[region?]', gap: true },
      { text: ' within [Hours] ', gap: false },
      { text: '[response_hours?]', gap: true },
      { text: '.', gap: false },
    ]);
  });

  it('asks for an opening and a text before a clause of one’s own is added', () => {
    expect(customClauseProblems({ kind: 'operative', opening: ' ', text: '' })).toEqual(['Give the opening verb, e.g. Requests.', 'Write the text of the paragraph.']);
    expect(customClauseProblems({ kind: 'preambular', opening: 'Recalling', text: 'its resolution 983 (1995)' })).toEqual([]);
  });
});

describe('situation and risk factor helpers', () => {
  it('keeps perpetrators in the schema order whatever order they are ticked in', () => {
    expect(togglePerpetrator(['host-regime'], 'non-state-internal', true)).toEqual(['non-state-internal', 'host-regime']);
    expect(togglePerpetrator(['non-state-internal', 'host-regime'], 'host-regime', false)).toEqual(['non-state-internal']);
  });

  it('ticks indicators in catalogue order and keeps ids the catalogue does not know', () => {
    const triggers = riskFactor(8);
    expect(toggleIndicator(['rf8-future-indicator', 'rf8-incitement'], triggers, 'rf8-elections', true)).toEqual(['rf8-incitement', 'rf8-elections', 'rf8-future-indicator']);
    expect(toggleIndicator(['rf8-elections', 'rf8-incitement'], triggers, 'rf8-elections', false)).toEqual(['rf8-incitement']);
  });

  it('summarises a factor row with ticked indicators, evidence and notes', () => {
    const plan = createSamplePlan();
    expect(factorSummary(plan.situation.riskFactors[6]!, riskFactor(7))).toBe('2 of 14 indicators');
    expect(factorSummary(plan.situation.riskFactors[7]!, riskFactor(8))).toBe('2 of 12 indicators · 1 evidence entry · notes');
    expect(factorSummary({ ...plan.situation.riskFactors[7]!, indicators: ['rf8-elections'] }, riskFactor(8))).toBe('1 of 12 indicators · 1 evidence entry · notes');
  });

  it('suggests tripwires from ticked triggering indicators that no tripwire uses yet', () => {
    const plan = createSamplePlan();
    plan.situation.riskFactors[7]!.indicators = ['rf8-elections', 'rf8-incitement'];
    plan.situation.riskFactors[2]!.indicators = ['rf3-corruption'];
    plan.situation.riskFactors[6]!.indicators = [];
    plan.situation.riskFactors[12]!.indicators = [];
    plan.mission.tripwires[0]!.event = 'Announcement of contested election or census results';
    expect(tripwireSuggestions(plan)).toEqual([{ indicatorId: 'rf8-incitement', event: 'Broadcast or public calls for violence against a named group', factor: 8 }]);
  });
});

describe('review readiness', () => {
  it('says what stands in the way, and that a final mandate returns to draft when changed', () => {
    const sample = createSamplePlan();
    expect(readiness(assembleMandate(sample), 'draft')).toMatchObject({ tone: 'ready', title: 'Ready to be marked final' });
    expect(readiness(assembleMandate(sample), 'final').detail).toContain('returns it to draft');
    const empty = createEmptyPlan(new Date('2026-10-01T09:00:00Z'));
    expect(readiness(assembleMandate(empty), 'draft')).toMatchObject({ tone: 'blocked', title: 'Not ready: 2 blocking problems' });
  });
});
