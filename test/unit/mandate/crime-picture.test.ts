import { describe, expect, it } from 'vitest';
import { crimePicture } from '../../../shared/mandate/crime-picture';
import { emptyRiskFactors } from '../../../shared/plan/new-plan';
import type { RiskFactorAssessment } from '../../../shared/plan/schema';
import { createSamplePlan } from '../../../shared/plan/sample';

type Level = RiskFactorAssessment['level'];

function factors(levels: Partial<Record<number, Level>>, rest: Level = 'unknown'): RiskFactorAssessment[] {
  return emptyRiskFactors().map((f) => ({ ...f, level: levels[f.factor] ?? rest }));
}
const score = (levels: Partial<Record<number, Level>>, crime: string, rest: Level = 'moderate') => crimePicture(factors(levels, rest), 'armed-conflict').crimes.find((c) => c.crime === crime)!.score!;

describe('crime picture from the risk factors', () => {
  it('says it cannot tell while no factor is rated', () => {
    const picture = crimePicture(factors({}));
    expect(picture.crimes.every((c) => c.level === 'unknown')).toBe(true);
    expect(picture.unknownFactors).toHaveLength(14);
    expect(picture.summary).toMatch(/Not enough risk factors/);
  });

  it('points the sample plan to genocide (high) and to crimes against humanity and war crimes (moderate)', () => {
    const plan = createSamplePlan();
    const picture = crimePicture(plan.situation.riskFactors, plan.situation.conflictContext);
    expect(picture.crimes.map((c) => [c.crime, c.level, c.pointsTo])).toEqual([
      ['genocide', 'high', true],
      ['crimes-against-humanity', 'moderate', true],
      ['war-crimes', 'moderate', true],
    ]);
    expect(picture.crimes[0]!.drivers).toEqual([9, 10]);
    expect(picture.summary).toMatch(/^On the app’s heuristic, the pattern points to genocide \(high\)/);
  });

  it('raises every crime as mitigating factors go missing (factor 6 is their absence)', () => {
    for (const crime of ['genocide', 'crimes-against-humanity', 'war-crimes']) {
      expect(score({ 6: 'high' }, crime)).toBeGreaterThan(score({ 6: 'low' }, crime));
      expect(score({ 6: 'low' }, crime)).toBeGreaterThan(score({ 6: 'not-present' }, crime));
    }
  });

  it('never points to war crimes outside an armed conflict, and says why', () => {
    const levels = factors({ 13: 'high', 14: 'high' }, 'high');
    for (const context of ['peace', 'unknown'] as const) {
      const war = crimePicture(levels, context).crimes.find((c) => c.crime === 'war-crimes')!;
      expect(war.level, context).toBe('high');
      expect(war.pointsTo, context).toBe(false);
      expect(war.heldBack, context).toMatch(/War crimes need an armed conflict/);
      expect(crimePicture(levels, context).summary).not.toMatch(/points to [^.]*war crimes/);
    }
    expect(crimePicture(levels, 'peace').crimes.find((c) => c.crime === 'genocide')!.pointsTo).toBe(true);
    expect(crimePicture(levels, 'armed-conflict').crimes.find((c) => c.crime === 'war-crimes')!.pointsTo).toBe(true);
  });

  it('raises only genocide when signs of intent to destroy a group (factor 10) appear', () => {
    expect(score({ 10: 'high' }, 'genocide')).toBeGreaterThan(score({ 10: 'low' }, 'genocide'));
    expect(score({ 10: 'high' }, 'war-crimes')).toBe(score({ 10: 'low' }, 'war-crimes'));
    expect(score({ 10: 'high' }, 'crimes-against-humanity')).toBe(score({ 10: 'low' }, 'crimes-against-humanity'));
  });

  it('does not point to a crime whose own factors are absent, however unstable the country', () => {
    const picture = crimePicture(factors({ 1: 'high', 2: 'high', 3: 'high', 4: 'high', 5: 'high', 6: 'high', 7: 'high', 8: 'high' }, 'not-present'), 'armed-conflict');
    expect(picture.crimes.some((c) => c.pointsTo)).toBe(false);
    expect(picture.summary).toMatch(/no crime type stands out/);
  });

  it('rates a crime high when its own factors and the common ones are high and nothing mitigates', () => {
    const picture = crimePicture(factors({ 11: 'high', 12: 'high' }, 'high'));
    const cah = picture.crimes.find((c) => c.crime === 'crimes-against-humanity')!;
    expect(cah.level).toBe('high');
    expect(cah.drivers).toEqual([11, 12]);
  });

  it('keeps a crime unknown when neither of its own factors is rated', () => {
    const picture = crimePicture(factors({ 13: 'unknown', 14: 'unknown' }, 'moderate'), 'armed-conflict');
    expect(picture.crimes.find((c) => c.crime === 'war-crimes')!.level).toBe('unknown');
  });
});
