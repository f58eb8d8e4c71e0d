import { describe, expect, it } from 'vitest';
import { RETIRED_INDICATORS, RISK_FACTORS, findIndicator, indicatorLabel, riskFactor } from '../../../shared/content/risk-factors';

/** Indicators per factor in this catalogue; where it is below the Framework's count, the rest could not be confirmed. */
const COUNTS: Record<number, number> = { 1: 11, 2: 8, 3: 10, 4: 9, 5: 8, 6: 10, 7: 14, 8: 12, 9: 6, 10: 9, 11: 5, 12: 6, 13: 10, 14: 5 };

const numberParts = (n: string) => n.split('.').map(Number);

describe('UN Framework risk factors', () => {
  it('lists the 14 factors in order', () => {
    expect(RISK_FACTORS.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(riskFactor(8).name).toBe('Triggering factors');
    expect(riskFactor(6).name).toBe('Absence of mitigating factors');
    expect(() => riskFactor(15)).toThrow(/factors 1 to 14/);
  });

  it('points factors 1–8 to every crime, 9–10 to genocide, 11–12 to crimes against humanity, 13–14 to war crimes', () => {
    const scopes = RISK_FACTORS.map((f) => f.scope);
    expect(scopes).toEqual([...Array(8).fill('common'), 'genocide', 'genocide', 'crimes-against-humanity', 'crimes-against-humanity', 'war-crimes', 'war-crimes']);
    expect(riskFactor(1).crimes).toEqual(['genocide', 'crimes-against-humanity', 'war-crimes']);
  });

  it('gives every factor a one-sentence Framework definition and a basis', () => {
    for (const f of RISK_FACTORS) {
      expect(f.definition, f.id).toMatch(/^[A-Z].{30,400}\.$/);
      expect(f.definition.split(/\.\s/).length, f.id).toBe(1);
      expect(f.basis.source).toBe('un-framework');
    }
    expect(riskFactor(13).definition).toMatch(/life and physical integrity of those protected under international humanitarian law/);
  });

  it('gives every indicator its Framework number, unique and in order within its factor', () => {
    for (const f of RISK_FACTORS) {
      const numbers = f.indicators.map((i) => i.number);
      expect(new Set(numbers).size, f.id).toBe(numbers.length);
      for (const n of numbers) expect(n, f.id).toMatch(new RegExp(`^${f.number}\\.\\d{1,2}$`));
      const minors = numbers.map((n) => numberParts(n)[1]!);
      expect(minors, f.id).toEqual([...minors].sort((a, b) => a - b));
    }
    expect(findIndicator('rf7-sexual-violence')!.indicator.number).toBe('7.9');
    expect(findIndicator('rf8-sovereignty-threat')!.indicator.number).toBe('8.3');
    expect(indicatorLabel(findIndicator('rf8-elections')!.indicator)).toMatch(/^8\.8 /);
  });

  it('holds the counted indicators per factor, at least 120 in all', () => {
    expect(Object.fromEntries(RISK_FACTORS.map((f) => [f.number, f.indicators.length]))).toEqual(COUNTS);
    expect(RISK_FACTORS.reduce((n, f) => n + f.indicators.length, 0)).toBeGreaterThanOrEqual(120);
  });

  it('marks every indicator no quoting source confirmed, and only those', () => {
    // Quoted in full by the sources cited in the factors' basis: 7.1–7.11, 8.1–8.12, 9.1–9.6, 13.1–13.10.
    const confirmed = new Set([
      ...Array.from({ length: 11 }, (_, i) => `7.${i + 1}`),
      ...Array.from({ length: 12 }, (_, i) => `8.${i + 1}`),
      ...Array.from({ length: 6 }, (_, i) => `9.${i + 1}`),
      ...Array.from({ length: 10 }, (_, i) => `13.${i + 1}`),
    ]);
    for (const f of RISK_FACTORS) {
      for (const i of f.indicators) {
        if (confirmed.has(i.number)) expect(i.unconfirmed, i.number).toBeUndefined();
        else expect(i.unconfirmed, i.number).toMatch(/as best known|not confirmed by a source/);
      }
    }
    expect(findIndicator('rf12-parallel-structures')!.indicator.unconfirmed).toMatch(/^number and wording/);
    expect(findIndicator('rf6-lack-early-warning')!.indicator.unconfirmed).toMatch(/no source quoting this list/);
  });

  it('keeps unique, stable ids, and never reuses a retired one', () => {
    const ids = RISK_FACTORS.flatMap((f) => f.indicators.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of RISK_FACTORS) for (const i of f.indicators) expect(i.id).toMatch(new RegExp(`^rf${f.number}-[a-z0-9-]+$`));
    for (const [id, retired] of Object.entries(RETIRED_INDICATORS)) {
      expect(findIndicator(id), id).toBeUndefined();
      if (retired.mergedInto) expect(findIndicator(retired.mergedInto)?.factor.number, id).toBe(retired.factor);
    }
  });

  it('phrases factor 6 as absences, so more of it means more risk', () => {
    const f6 = riskFactor(6);
    for (const i of f6.indicators) expect(i.text, i.number).toMatch(/^(Lack|Limited|The State is not|Parties to a conflict lack|Neighbouring States do not)/);
    expect(f6.levelQuestion).toMatch(/more absence, more risk/);
  });

  it('keeps the qualifiers that make an indicator an atrocity signal', () => {
    expect(findIndicator('rf7-security-buildup')!.indicator.text).toMatch(/against protected groups/);
    expect(findIndicator('rf7-communication-controls')!.indicator.text).not.toMatch(/surveillance/);
    expect(findIndicator('rf9-impunity-history')!.indicator.text).toMatch(/atrocity crimes committed with impunity against protected groups/);
    expect(findIndicator('rf8-commemorations')!.indicator.text).toMatch(/glorification of perpetrators/);
  });

  it('lists precursors under factor 13, not the war crimes themselves', () => {
    const texts = riskFactor(13).indicators.map((i) => i.text).join(' ');
    expect(texts).toMatch(/chains of command/);
    expect(texts).toMatch(/dehumanises/);
    expect(texts).toMatch(/transport, move or confine large numbers of people/);
    expect(texts).not.toMatch(/Attacks directed at civilians|Recruitment and use of children/);
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

describe('factor short names in running text', () => {
  it('hold no acronym, since advice lower-cases them ("13 (threats to those protected by …)")', () => {
    for (const f of RISK_FACTORS) expect(f.shortName, f.id).not.toMatch(/[A-Z]{2,}/);
  });
});
