import { describe, expect, it } from 'vitest';
import { migratePlan, normalisePlanData, MIGRATIONS } from '../../../shared/plan/migrate';
import { riskFactor } from '../../../shared/content/risk-factors';
import { parsePlanText, serializePlan } from '../../../shared/plan/validate';
import type { MigrationStep, PlanData } from '../../../shared/plan/migrate';
import { createSamplePlan } from '../../../shared/plan/sample';
import { PLAN_VERSION, planSchema } from '../../../shared/plan/schema';
import { PlannerError } from '../../../shared/result';

/** What a v0 file would have looked like: `cover.name` instead of `cover.title`, no guidance block. */
function fakeV0(): PlanData {
  const { guidance: _guidance, cover, ...rest } = createSamplePlan();
  const { title, ...coverRest } = cover;
  return { ...rest, version: 0, cover: { ...coverRest, name: title } };
}

const v0to1: MigrationStep = (data) => {
  const { name, ...cover } = data['cover'] as Record<string, unknown>;
  return { ...data, cover: { ...cover, title: name }, guidance: { dismissed: [] } };
};

function refusal(run: () => unknown): PlannerError {
  try {
    run();
  } catch (error) {
    if (error instanceof PlannerError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('migratePlan', () => {
  it('passes a current plan through untouched and says it came from the current version', () => {
    const plan = createSamplePlan();
    const result = migratePlan(plan);
    expect(result.fromVersion).toBe(PLAN_VERSION);
    expect(result.data).toEqual(plan);
  });

  it('upgrades an old plan through the injected steps into a valid current plan', () => {
    const old = fakeV0();
    const result = migratePlan(old, { ...MIGRATIONS, 0: v0to1 });
    expect(result.fromVersion).toBe(0);
    expect(result.data['version']).toBe(PLAN_VERSION);
    const parsed = planSchema.parse(result.data);
    expect(parsed.cover.title).toBe(createSamplePlan().cover.title);
    expect(parsed.guidance.dismissed).toEqual([]);
  });

  it('leaves the data it was given as it was', () => {
    const old = fakeV0();
    const before = structuredClone(old);
    migratePlan(old, { ...MIGRATIONS, 0: (d, notes) => { (d['cover'] as Record<string, unknown>)['name'] = 'changed'; return v0to1(d, notes); } });
    expect(old).toEqual(before);
  });

  it('runs several steps in order', () => {
    const seen: number[] = [];
    const step = (n: number): MigrationStep => (d) => { seen.push(n); return d; };
    const result = migratePlan({ format: 'x', version: 0 }, { 0: step(0), 1: step(1), 2: step(2) }, 3);
    expect(seen).toEqual([0, 1, 2]);
    expect(result.data['version']).toBe(3);
  });

  it('refuses a plan from a newer version, naming both versions', () => {
    const error = refusal(() => migratePlan({ ...createSamplePlan(), version: PLAN_VERSION + 2 }));
    expect(error.code).toBe('NEWER_VERSION');
    expect(error.message).toContain(`version ${PLAN_VERSION + 2}`);
    expect(error.message).toContain(`version ${PLAN_VERSION}`);
  });

  it('refuses a version it has no step for', () => {
    const error = refusal(() => migratePlan(fakeV0(), MIGRATIONS));
    expect(error.code).toBe('INVALID_PLAN');
    expect(error.message).toContain('version 0');
  });

  it.each([['a string', 'one'], ['a negative number', -1], ['a fraction', 1.5], ['missing', undefined]])('refuses a version that is %s', (_label, version) => {
    expect(refusal(() => migratePlan({ ...createSamplePlan(), version })).code).toBe('INVALID_PLAN');
  });

  it('refuses data that is not an object at all', () => {
    expect(refusal(() => migratePlan([1, 2, 3])).code).toBe('NOT_A_PLAN');
  });
});

describe('normalisePlanData', () => {
  it('puts shuffled risk factors back in order 1..14 without a notice', () => {
    const plan = createSamplePlan();
    const shuffled = { ...plan, situation: { ...plan.situation, riskFactors: [...plan.situation.riskFactors].reverse() } };
    const { data, notices } = normalisePlanData(shuffled);
    expect(notices).toEqual([]);
    expect((data as typeof plan).situation.riskFactors.map((f) => f.factor)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('adds missing factors as unassessed and drops repeats, saying so', () => {
    const plan = createSamplePlan();
    const factors = plan.situation.riskFactors.filter((f) => f.factor !== 5 && f.factor !== 9);
    factors.push({ ...factors[0]!, notes: 'a repeat' });
    const { data, notices } = normalisePlanData({ ...plan, situation: { ...plan.situation, riskFactors: factors } });
    const result = planSchema.parse(data);
    expect(result.situation.riskFactors[4]).toMatchObject({ factor: 5, level: 'unknown' });
    expect(result.situation.riskFactors[0]!.notes).toBe(plan.situation.riskFactors[0]!.notes);
    expect(notices.join(' ')).toMatch(/5, 9/);
    expect(notices.join(' ')).toMatch(/repeated/);
  });

  it('leaves unrecognisable factors for the schema to report', () => {
    const plan = createSamplePlan();
    const odd = { ...plan, situation: { ...plan.situation, riskFactors: [{ factor: 99 }] } };
    expect(normalisePlanData(odd).data).toBe(odd);
  });
});

/** A plan as format 1 saved it: factor 6 rated as the strength of mitigating factors, and the old indicator ids. */
function version1Plan(factor6Level: string, ticks: Partial<Record<number, string[]>> = {}): PlanData {
  const plan = createSamplePlan();
  const riskFactors = plan.situation.riskFactors.map((f) => ({ ...f, level: f.factor === 6 ? factor6Level : f.level, indicators: ticks[f.factor] ?? [], notes: f.factor === 13 ? 'Seen near Corvane.' : '' }));
  return { ...plan, version: 1, situation: { ...plan.situation, riskFactors } } as unknown as PlanData;
}

describe('format 1 → 2: factor 6 becomes the absence of mitigating factors', () => {
  it.each([
    ['high', 'not-present'],
    ['moderate', 'low'],
    ['low', 'moderate'],
    ['not-present', 'high'],
    ['unknown', 'unknown'],
  ])('reads a strength of mitigating factors "%s" as an absence "%s"', (before, after) => {
    const result = migratePlan(version1Plan(before));
    const plan = planSchema.parse(result.data);
    expect(plan.version).toBe(2);
    expect(plan.situation.riskFactors[5]!.level).toBe(after);
    // Only factor 6 changes level.
    expect(plan.situation.riskFactors.filter((f) => f.factor !== 6).map((f) => f.level)).toEqual(createSamplePlan().situation.riskFactors.filter((f) => f.factor !== 6).map((f) => f.level));
  });

  it('tells the planner once, in plain words, what the factor-6 level was and now is', () => {
    const text = serializePlan(version1Plan('high') as never);
    const opened = parsePlanText(text, 'veloria.mplan');
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.fromVersion).toBe(1);
    expect(opened.value.notices[0]).toMatch(/version 1 and has been upgraded to version 2/);
    expect(opened.value.notices[1]).toMatch(/Factor 6 now records the absence of mitigating factors/);
    expect(opened.value.notices[1]).toMatch(/“high”, so factor 6 now reads “not present”/);
    // Saved again, the plan opens with no notice at all: the change is announced once.
    const again = parsePlanText(serializePlan(opened.value.plan), 'veloria.mplan');
    expect(again.ok && again.value.notices).toEqual([]);
  });

  it('moves ticks on indicators the Framework does not list into the notes, and folds duplicates into the Framework one', () => {
    const result = migratePlan(version1Plan('moderate', {
      6: ['rf6-civil-society', 'rf6-international-presence'],
      9: ['rf9-exclusion', 'rf9-discrimination', 'rf9-negative-portrayal'],
      13: ['rf13-attacks-on-civilians', 'rf13-siege-starvation'],
    }));
    const plan = planSchema.parse(result.data);
    const f = (n: number) => plan.situation.riskFactors[n - 1]!;
    expect(f(6).indicators).toEqual([]);
    expect(f(6).notes).toMatch(/mitigating factors that were present/);
    expect(f(6).notes).toContain('A strong, organised civil society and independent, diverse media.');
    expect(f(9).indicators).toEqual(['rf9-discrimination']);
    expect(f(9).notes).toContain('A group is portrayed as inferior, dangerous or disloyal.');
    expect(f(13).indicators).toEqual(['rf13-siege-starvation']);
    expect(f(13).notes).toMatch(/^Seen near Corvane\.\n\nTicked before plan format 2/);
    expect(f(13).notes).toContain('Attacks directed at civilians or civilian objects.');
    // Every remaining tick is a Framework indicator of that very factor: nothing moved across factors.
    for (const entry of plan.situation.riskFactors) for (const id of entry.indicators) expect(riskFactor(entry.factor).indicators.some((i) => i.id === id), id).toBe(true);
    expect(result.notices.join(' ')).toMatch(/4 ticked indicators that are not in them were copied into the notes of factor 6, 9, 13/);
    expect(result.notices.join(' ')).toMatch(/1 ticked indicator was folded/);
  });
});
