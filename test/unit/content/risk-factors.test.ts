import { describe, expect, it } from 'vitest';
import { RISK_FACTORS, findIndicator, riskFactor } from '../../../shared/content/risk-factors';

describe('UN Framework risk factors', () => {
  it('lists the 14 factors in order', () => {
    expect(RISK_FACTORS.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(riskFactor(8).name).toBe('Triggering factors');
    expect(() => riskFactor(15)).toThrow(/factors 1 to 14/);
  });

  it('points factors 1–8 to every crime, 9–10 to genocide, 11–12 to crimes against humanity, 13–14 to war crimes', () => {
    const scopes = RISK_FACTORS.map((f) => f.scope);
    expect(scopes).toEqual([...Array(8).fill('common'), 'genocide', 'genocide', 'crimes-against-humanity', 'crimes-against-humanity', 'war-crimes', 'war-crimes']);
    expect(riskFactor(1).crimes).toEqual(['genocide', 'crimes-against-humanity', 'war-crimes']);
  });

  it('treats only factor 6 as mitigating', () => {
    expect(RISK_FACTORS.filter((f) => f.mitigating).map((f) => f.number)).toEqual([6]);
  });

  it('gives every factor at least three indicators with unique, stable ids', () => {
    const ids = RISK_FACTORS.flatMap((f) => f.indicators.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of RISK_FACTORS) {
      expect(f.indicators.length, f.id).toBeGreaterThanOrEqual(3);
      for (const i of f.indicators) expect(i.id).toMatch(new RegExp(`^rf${f.number}-[a-z0-9-]+$`));
    }
  });

  it('includes the triggering and enabling indicators DOMAIN.md names, each with a tripwire hint', () => {
    const expected = [
      'rf8-security-deployment', 'rf8-spillover', 'rf8-irregular-change', 'rf8-attacks-on-leaders', 'rf8-elections', 'rf8-incitement', 'rf8-economic-shock', 'rf8-commemorations',
      'rf7-emergency-laws', 'rf7-arming-militias', 'rf7-security-buildup', 'rf7-media-ngo-expulsion', 'rf7-communication-controls',
    ];
    for (const id of expected) expect(findIndicator(id)?.indicator.tripwireHint, id).toBeTruthy();
    expect(findIndicator('rf8-elections')!.factor.number).toBe(8);
    expect(findIndicator('rf99-nothing')).toBeUndefined();
  });
});
