import { describe, expect, it } from 'vitest';
import {
  addClauseFromTemplate,
  addCustomClause,
  dismissAdvice,
  finaliseMandate,
  moveClause,
  nudgeClause,
  removeClause,
  resetClauseWording,
  restoreAdvice,
  setClauseParam,
  setClauseTask,
  setMandateField,
  updateClause,
} from '../../../shared/mandate/clause-edits';
import { paramSpecsFor } from '../../../shared/mandate/clause-factory';
import { renderClause } from '../../../shared/mandate/templating';
import { applyEdit } from '../../../shared/plan/edit';
import type { PlanEdit } from '../../../shared/plan/edit';
import { planSchema } from '../../../shared/plan/schema';
import type { Plan } from '../../../shared/plan/schema';
import { createSamplePlan } from '../../../shared/plan/sample';
import { emptyWith, sampleWith } from './plans';

function apply(plan: Plan, edit: PlanEdit | null): Plan {
  if (!edit) throw new Error('expected an edit');
  const next = applyEdit(plan, edit);
  expect(planSchema.safeParse(next).success).toBe(true);
  return next;
}
const ids = (plan: Plan) => plan.mandate.clauses.map((c) => c.id.replace('cl-sample-', ''));

describe('mandate edits', () => {
  it('adds a library clause with parameters taken from the plan, before "remains seized"', () => {
    const plan = createSamplePlan();
    const next = apply(plan, addClauseFromTemplate(plan, 'dep-establish', { id: 'cl-new' }));
    const added = next.mandate.clauses.at(-2)!;
    expect(added.id).toBe('cl-new');
    // The region now comes from the plan's country or region, like the mission name and ceilings.
    expect(added.params).toEqual({ mission_name: 'UNPMV', region: 'Republic of Veloria — Lévèque and Dravny districts', force_ceiling: '850', police_ceiling: '120' });
    expect(added.task).toEqual({ reportingIntervalDays: null, reviewDate: '' });
    expect(added).toMatchObject({ overrides: [], suggested: [] });
    expect(renderClause(added).gaps).toEqual([]);
    expect(next.mandate.clauses.at(-1)!.id).toBe('cl-sample-14');
  });

  it('fills tripwires, dates and high risk factors from the plan, and spec defaults where the plan is silent', () => {
    const plan = createSamplePlan();
    const oth = apply(plan, addClauseFromTemplate(plan, 'dep-oth-force', { id: 'cl-oth' })).mandate.clauses.find((c) => c.id === 'cl-oth')!;
    // Time to deploy is a fact of the plan (24 h in the sample); the force's purpose is the app's proposal.
    expect(oth.params.response_hours).toBe('24');
    expect(oth.suggested).toEqual(['force_purpose']);
    // Only the public tripwire may be quoted.
    const pub = apply(plan, addClauseFromTemplate(plan, 'dep-public-tripwires', { id: 'cl-pt' })).mandate.clauses.find((c) => c.id === 'cl-pt')!;
    expect(pub.params.tripwires).toBe('broadcast incitement naming Sarvan villages as targets');
    const duration = apply(plan, addClauseFromTemplate(plan, 'cc-duration', { id: 'cl-d' })).mandate.clauses.find((c) => c.id === 'cl-d')!;
    expect(duration.params).toMatchObject({ duration_months: '12', start_date: '2026-11-01', end_date: '2027-10-31' });
    const factors = apply(plan, addClauseFromTemplate(plan, 'cc-pre-framework', { id: 'cl-f' })).mandate.clauses.find((c) => c.id === 'cl-f')!;
    expect(factors.params.key_risk_factors!.split('\n')).toEqual(['armed conflict or instability', 'weak State structures', 'enabling circumstances', 'triggering factors', 'intergroup tensions or discrimination']);
  });

  it('leaves parameters empty, as gaps, when a new plan has nothing to offer', () => {
    const plan = emptyWith();
    const next = apply(plan, addClauseFromTemplate(plan, 'cc-reporting-periodic', { id: 'cl-r' }));
    expect(next.mandate.clauses[0]!.params).toEqual({ reporting_interval_days: '90' });
    const env = apply(next, addClauseFromTemplate(next, 'pol-early-warning', { id: 'cl-e' }));
    expect(renderClause(env.mandate.clauses[1]!).gaps).toEqual(['mission_name']);
  });

  it('inserts a preambular paragraph after the last preambular one', () => {
    const plan = createSamplePlan();
    const next = apply(plan, addClauseFromTemplate(plan, 'cc-pre-sovereignty', { id: 'cl-pre' }));
    expect(next.mandate.clauses[6]!.id).toBe('cl-pre');
  });

  it('adds a clause the planner wrote, tracked as a task when asked', () => {
    const plan = createSamplePlan();
    const next = apply(plan, addCustomClause(plan, { kind: 'operative', opening: 'Urges', text: '{neighbour_state} to close the crossings', task: true, id: 'cl-own' }));
    const own = next.mandate.clauses.find((c) => c.id === 'cl-own')!;
    expect(own).toMatchObject({ templateId: null, family: 'cross-cutting', task: { reportingIntervalDays: null, reviewDate: '' } });
    expect(renderClause(own).text).toBe('Urges [neighbour_state?] to close the crossings');
  });

  it('offers form fields for a template\'s parameters and for placeholders the planner typed', () => {
    expect(paramSpecsFor({ templateId: 'cc-review', text: 'to review {mission_name} by {review_date} with {partner_org}' }).map((p) => [p.name, p.type])).toEqual([
      ['mission_name', 'text'],
      ['review_date', 'date'],
      ['partner_org', 'text'],
    ]);
    expect(paramSpecsFor({ templateId: null, text: 'no placeholders here' })).toEqual([]);
  });

  it('updates wording, parameters, priority and task as single edits', () => {
    let plan = createSamplePlan();
    plan = apply(plan, updateClause(plan, 'cl-sample-11', { opening: 'Strongly demands', priority: 'essential' }));
    plan = apply(plan, setClauseParam(plan, 'cl-sample-11', 'protected_group', 'Sarvan families'));
    plan = apply(plan, setClauseTask(plan, 'cl-sample-11', { reportingIntervalDays: 30, reviewDate: '2027-01-31' }));
    const c = plan.mandate.clauses.find((x) => x.id === 'cl-sample-11')!;
    expect(c).toMatchObject({ opening: 'Strongly demands', priority: 'essential', task: { reportingIntervalDays: 30 } });
    expect(renderClause(c).text).toMatch(/^Strongly demands .+ against Sarvan families$/);
    expect(() => setClauseParam(plan, 'cl-sample-11', '__proto__', 'x')).toThrow(/not a parameter name/);
  });

  it('puts a library clause\'s wording back without losing its parameter values', () => {
    let plan = createSamplePlan();
    plan = apply(plan, updateClause(plan, 'cl-sample-11', { text: 'something else entirely' }));
    plan = apply(plan, resetClauseWording(plan, 'cl-sample-11'));
    expect(renderClause(plan.mandate.clauses.find((c) => c.id === 'cl-sample-11')!).text).toContain('against the Sarvan community');
  });

  it('removes a clause, and refuses one that does not exist', () => {
    const plan = createSamplePlan();
    expect(ids(apply(plan, removeClause(plan, 'cl-sample-02')))).not.toContain('02');
    expect(() => removeClause(plan, 'cl-nope')).toThrow(/no clause cl-nope/);
  });

  it('reorders clauses among their own kind, by position and by keyboard nudges', () => {
    const plan = createSamplePlan();
    expect(ids(apply(plan, moveClause(plan, 'cl-sample-06', 0))).slice(0, 8)).toEqual(['01', '02', '03', '15', '16', '17', '06', '04']);
    expect(ids(apply(plan, moveClause(plan, 'cl-sample-01', 99))).slice(0, 7)).toEqual(['02', '03', '15', '16', '17', '01', '04']);
    expect(ids(apply(plan, nudgeClause(plan, 'cl-sample-05', 'up'))).slice(6, 8)).toEqual(['05', '04']);
    expect(nudgeClause(plan, 'cl-sample-04', 'up')).toBeNull();
    expect(nudgeClause(plan, 'cl-sample-17', 'down')).toBeNull();
    expect(moveClause(plan, 'cl-sample-07', 4)).toBeNull();
  });

  it('sets mandate-wide fields', () => {
    const plan = createSamplePlan();
    const next = apply(plan, setMandateField(plan, 'durationMonths', 6));
    expect(next.mandate.durationMonths).toBe(6);
  });

  it('marks a ready mandate final, and returns it to draft on the next edit', () => {
    const plan = createSamplePlan();
    const result = finaliseMandate(plan);
    expect(result.ok).toBe(true);
    const final = apply(plan, result.ok ? result.value : null);
    expect(final.mandate.status).toBe('final');
    const edited = apply(final, setClauseParam(final, 'cl-sample-11', 'protected_group', 'Sarvan families'));
    expect(edited.mandate.status).toBe('draft');
  });

  it('refuses to mark a mandate final while a blocking problem remains, and says which', () => {
    const result = finaliseMandate(sampleWith((p) => void (p.mandate.durationMonths = null)));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('NOT_ALLOWED');
      expect(result.error.message).toMatch(/1 blocking problem remains/);
      expect(result.error.details![0]).toMatch(/No period for the mandate/);
    }
  });

  it('dismisses and restores advice', () => {
    const plan = createSamplePlan();
    const dismissed = apply(plan, dismissAdvice(plan, 'victim-retribution'));
    expect(dismissed.guidance.dismissed).toEqual(['victim-retribution']);
    expect(dismissAdvice(dismissed, 'victim-retribution')).toBeNull();
    expect(apply(dismissed, restoreAdvice(dismissed, 'victim-retribution')).guidance.dismissed).toEqual([]);
  });
});
