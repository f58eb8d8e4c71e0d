/** Facts of the plan flowing into clause values: following, overridden, suggested, contradicted. */
import { describe, expect, it } from 'vitest';
import { assembleMandate } from '../../../shared/mandate/assemble';
import { clauseFromTemplate, factFor } from '../../../shared/mandate/clause-factory';
import { confirmSuggestions, followPlanFact, setClauseParam } from '../../../shared/mandate/clause-edits';
import { evaluateGuidance } from '../../../shared/mandate/guidance';
import { paramLink, planWithFacts, unconfirmed, withFacts } from '../../../shared/mandate/plan-facts';
import { responseHoursOf } from '../../../shared/mandate/rules/drafting-rules';
import { renderClause } from '../../../shared/mandate/templating';
import { findClauseTemplate } from '../../../shared/content/clauses';
import { applyEdit } from '../../../shared/plan/edit';
import type { PlanEdit } from '../../../shared/plan/edit';
import type { Clause, Plan } from '../../../shared/plan/schema';
import { emptyWith, sampleClause, sampleWith } from './plans';

const spec = (templateId: string, name: string) => {
  const found = findClauseTemplate(templateId)?.params.find((p) => p.name === name);
  if (!found) throw new Error(`no ${name} in ${templateId}`);
  return found;
};

function apply(plan: Plan, edit: PlanEdit | null): Plan {
  if (!edit) throw new Error('expected an edit');
  return applyEdit(plan, edit);
}

/** The assembled paragraph that carries a clause, as printed. */
function printed(plan: Plan, clauseId: string): string {
  const m = assembleMandate(plan);
  const op = m.operative.find((p) => p.clauseId === clauseId || p.groups?.some((g) => g.items.some((i) => i.clauseId === clauseId)));
  const pre = m.preambular.find((p) => p.clauseId === clauseId);
  const item = op?.groups?.flatMap((g) => g.items).find((i) => i.clauseId === clauseId);
  const text = item?.text ?? op?.text ?? pre?.text;
  if (!text) throw new Error(`${clauseId} is not printed`);
  return text;
}

const adviceFor = (plan: Plan, ruleId: string) => evaluateGuidance(plan).filter((a) => a.ruleId === ruleId || a.id.startsWith(`${ruleId}:`));

describe('facts flowing into clause values', () => {
  it('prints the plan\'s host state, ceilings and time to deploy, and follows them when they change', () => {
    const before = sampleWith();
    expect(printed(before, 'cl-sample-01')).toContain('the Government of Veloria');
    expect(printed(before, 'cl-sample-06')).toContain('up to 850 military personnel');
    expect(printed(before, 'cl-sample-06')).toContain('within 24 hours');

    const after = sampleWith((p) => {
      p.mission.hostState = 'Norland';
      p.mission.personnel.military = 1200;
      p.mission.responseHours = 36;
    });
    expect(printed(after, 'cl-sample-01')).toContain('the Government of Norland');
    expect(printed(after, 'cl-sample-01')).not.toContain('Veloria');
    expect(printed(after, 'cl-sample-18')).toContain('up to 1,200 military personnel');
    expect(printed(after, 'cl-sample-06')).toMatch(/up to 1,200 military personnel .* within 36 hours/);
    // The stored value is untouched: the fact flows at read time, so nothing is rewritten.
    expect(sampleClause(after, 1).params['host_state']).toBe('Veloria');
  });

  it('renames the mission in every paragraph that names it when the plan\'s mission name changes', () => {
    const plan = sampleWith((p) => void (p.cover.missionName = 'United Nations Protection Mission in Veloria (UNPROV)'));
    const text = assembleMandate(plan).operative.map((o) => [o.text, ...(o.groups ?? []).flatMap((g) => g.items.map((i) => i.text))].join(' ')).join('\n');
    expect(text).not.toContain('UNPMV');
    expect(text).toContain('Decides to establish the United Nations Protection Mission in Veloria (UNPROV)');
    expect(text).toContain('the protection of civilians by UNPROV');
  });

  it('addresses the force by its own name in deployment paragraphs of a design with both mission types', () => {
    const plan = sampleWith((p) => void (p.mission.forceName = 'Karst Basin Protection Force (KBPF)'));
    expect(factFor(plan, { family: 'deployment' }, 'mission-name')).toBe('KBPF');
    expect(factFor(plan, { family: 'cross-cutting' }, 'mission-name')).toBe('UNPMV');
    expect(printed(plan, 'cl-sample-08')).toContain('the Force Commander of KBPF');
    const single = sampleWith((p) => { p.mission.forceName = 'Karst Basin Protection Force (KBPF)'; p.mission.type = 'preventive-deployment'; });
    expect(factFor(single, { family: 'deployment' }, 'mission-name')).toBe('UNPMV');
  });

  it('quotes only public tripwires as the plan\'s fact for a tripwire list', () => {
    const plan = sampleWith();
    expect(factFor(plan, { family: 'deployment' }, 'tripwires')).toBe('broadcast incitement naming Sarvan villages as targets');
    plan.mission.tripwires[0]!.disclosure = 'public';
    expect(factFor(plan, { family: 'deployment' }, 'tripwires').split('\n')).toHaveLength(2);
  });

  it('returns the same clause and the same plan when every value already is the plan\'s fact', () => {
    const plan = sampleWith();
    const clause = sampleClause(plan, 18);
    expect(withFacts(plan, clause)).toBe(clause);
    const first = planWithFacts(plan);
    expect(planWithFacts(plan)).toBe(first);
    const changed = sampleWith((p) => void (p.mission.personnel.police = 200));
    const resolved = planWithFacts(changed);
    expect(resolved).not.toBe(changed);
    expect(sampleClause(resolved, 18).params['police_ceiling']).toBe('200');
    expect(sampleClause(changed, 18).params['police_ceiling']).toBe('120');
  });
});

describe('a value the planner set by hand', () => {
  it('stays when the plan\'s fact changes, and says what the plan holds', () => {
    // The sample's over-the-horizon paragraph sets its own region, narrower than the country.
    const plan = sampleWith((p) => void (p.cover.countryRegion = 'Republic of Veloria'));
    const clause = sampleClause(plan, 6);
    expect(paramLink(plan, clause, spec('dep-oth-force', 'region'))).toEqual({ state: 'overridden', source: 'country-region', planValue: 'Republic of Veloria' });
    expect(printed(plan, 'cl-sample-06')).toContain('deploy to Lévèque and Dravny districts');
    expect(withFacts(plan, clause).params['region']).toBe('Lévèque and Dravny districts');
  });

  it('becomes an override when set to something other than the fact, and follows again on "use the plan\'s value"', () => {
    let plan = sampleWith();
    plan = apply(plan, setClauseParam(plan, 'cl-sample-18', 'force_ceiling', '900'));
    expect(sampleClause(plan, 18).overrides).toContain('force_ceiling');
    plan.mission.personnel.military = 1000;
    expect(printed(plan, 'cl-sample-18')).toContain('up to 900 military personnel');
    plan = apply(plan, followPlanFact(plan, 'cl-sample-18', 'force_ceiling'));
    expect(sampleClause(plan, 18).overrides).not.toContain('force_ceiling');
    expect(printed(plan, 'cl-sample-18')).toContain('up to 1,000 military personnel');
  });

  it('is not an override when typed equal to the fact', () => {
    let plan = sampleWith();
    plan = apply(plan, setClauseParam(plan, 'cl-sample-18', 'force_ceiling', '850'));
    expect(sampleClause(plan, 18).overrides ?? []).not.toContain('force_ceiling');
  });

  it('reads a clause from before facts followed the plan: a value that differs from the fact is the planner\'s own', () => {
    const plan = sampleWith();
    const legacy: Clause = { ...sampleClause(plan, 18), overrides: undefined };
    const ceiling = spec('dep-establish', 'force_ceiling');
    expect(paramLink(plan, legacy, ceiling).state).toBe('follows');
    expect(paramLink(plan, { ...legacy, params: { ...legacy.params, force_ceiling: '600' } }, ceiling)).toEqual({ state: 'overridden', source: 'military-ceiling', planValue: '850' });
    expect(paramLink(plan, { ...legacy, params: { ...legacy.params, force_ceiling: '' } }, ceiling).state).toBe('follows');
  });

  it('is simply the clause\'s own for a parameter that holds no fact of the plan', () => {
    const plan = sampleWith();
    expect(paramLink(plan, sampleClause(plan, 6), spec('dep-oth-force', 'staging_area'))).toEqual({ state: 'own' });
  });
});

describe('a value the app proposed', () => {
  it('is a suggestion until the planner confirms or changes it', () => {
    // A new plan has no reporting interval, so the template's 90 days is the app's proposal.
    const plan = emptyWith((p) => void (p.mandate.reportingIntervalDays = null));
    const clause = clauseFromTemplate(plan, 'cc-reporting-periodic', { id: 'cl-report' });
    expect(clause.suggested).toContain('reporting_interval_days');
    expect(unconfirmed(clause)).toEqual(['reporting_interval_days']);
    plan.mandate.clauses.push(clause);
    expect(adviceFor(plan, 'suggested-values-unconfirmed').map((a) => a.message).join(' ')).toMatch(/reporting interval \(days\) \(90\)/);

    const confirmed = apply(plan, confirmSuggestions(plan, 'cl-report'));
    expect(unconfirmed(confirmed.mandate.clauses[0]!)).toEqual([]);
    expect(adviceFor(confirmed, 'suggested-values-unconfirmed')).toEqual([]);

    const changed = apply(plan, setClauseParam(plan, 'cl-report', 'reporting_interval_days', '60'));
    expect(unconfirmed(changed.mandate.clauses[0]!)).toEqual([]);
  });

  it('is no suggestion when the plan supplied the value, or the caller gave it', () => {
    const plan = sampleWith();
    expect(clauseFromTemplate(plan, 'cc-reporting-periodic').suggested).toEqual([]);
    const empty = emptyWith((p) => void (p.mandate.reportingIntervalDays = null));
    expect(clauseFromTemplate(empty, 'cc-reporting-periodic', { params: { reporting_interval_days: '30' } }).suggested).toEqual([]);
  });

  it('counts an emptied suggestion as a gap, not as an unconfirmed value', () => {
    expect(unconfirmed({ suggested: ['response_hours'], params: { response_hours: '  ' } })).toEqual([]);
  });
});

describe('a clause value that contradicts the plan', () => {
  it('flags a contingency force slower than a tripwire\'s expected response', () => {
    const plan = sampleWith((p) => {
      p.mission.responseHours = 48;
      p.mission.tripwires[0]!.response = 'Deploy the quick-reaction company to the camp perimeter within 12 hours';
    });
    const [advice] = adviceFor(plan, 'value-contradicts-plan');
    expect(advice?.id).toBe('value-contradicts-plan:cl-sample-06');
    expect(advice?.message).toMatch(/needs 48 h to deploy, but the tripwire "Armed groups massing within 10 km of Corvane IDP camp" expects a response within 12 h/);
    // A force as fast as the tripwire asks is no contradiction.
    expect(adviceFor(sampleWith((p) => void (p.mission.tripwires[0]!.response = 'within 24 hours')), 'value-contradicts-plan')).toEqual([]);
  });

  it('flags a number or date set by hand that differs from the plan, and not a narrower wording', () => {
    const plan = sampleWith();
    const edited = apply(plan, setClauseParam(plan, 'cl-sample-18', 'force_ceiling', '900'));
    expect(adviceFor(edited, 'value-contradicts-plan').map((a) => a.message)).toEqual([expect.stringMatching(/military personnel ceiling is 900 here but 850 in the plan/)]);
    // The sample's own override is a region (text): a drafter narrows an area on purpose.
    expect(adviceFor(plan, 'value-contradicts-plan')).toEqual([]);
  });

  it('reads hours and days from a tripwire\'s expected response', () => {
    expect(responseHoursOf({ response: 'within 12 hours' })).toBe(12);
    expect(responseHoursOf({ response: 'reinforce in 6h' })).toBe(6);
    expect(responseHoursOf({ response: 'within 2 days' })).toBe(48);
    expect(responseHoursOf({ response: 'public warning by the Special Representative' })).toBeNull();
  });

  it('renders the overridden value where the fact would otherwise flow', () => {
    const plan = sampleWith((p) => void (p.mission.responseHours = 12));
    const clause = sampleClause(plan, 6);
    expect(renderClause(withFacts(plan, clause)).text).toContain('within 12 hours');
    const own = { ...clause, overrides: [...(clause.overrides ?? []), 'response_hours'] };
    expect(renderClause(withFacts(plan, own)).text).toContain('within 24 hours');
  });
});
