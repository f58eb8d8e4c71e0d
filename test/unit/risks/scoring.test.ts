import { describe, expect, it } from 'vitest';
import { createSamplePlan } from '../../../shared/plan/sample';
import type { Band, Risk } from '../../../shared/plan/schema';
import {
  DEFAULT_BANDS,
  addDays,
  bandFor,
  bandOf,
  inherentScore,
  isAcceptanceExpired,
  isIsoDate,
  isReviewMissing,
  isReviewOverdue,
  residualScore,
  riskScore,
  targetScore,
  validateBands,
} from '../../../shared/risks/scoring';

const sampleRisk = (id: string): Risk => createSamplePlan().risks.items.find((r) => r.id === id)!;

describe('risk scores', () => {
  it('multiplies likelihood by impact for the inherent, residual and target ratings', () => {
    const risk = sampleRisk('risk-sample-01');
    expect(riskScore(4, 5)).toBe(20);
    expect(inherentScore(risk)).toBe(risk.likelihood * risk.impact);
    expect(residualScore(risk)).toBe(risk.residualLikelihood * risk.residualImpact);
    expect(targetScore(risk)).toBe(risk.targetLikelihood * risk.targetImpact);
  });
});

describe('rating bands', () => {
  it('places every score on the default band edges as DOMAIN.md describes', () => {
    expect([1, 4, 5, 9, 10, 15, 16, 25].map((s) => bandFor(s))).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical']);
  });

  it('uses a plan’s own bands when they are valid', () => {
    const strict: Band[] = [
      { name: 'low', min: 1, max: 2 },
      { name: 'medium', min: 3, max: 5 },
      { name: 'high', min: 6, max: 11 },
      { name: 'critical', min: 12, max: 25 },
    ];
    expect(validateBands(strict)).toEqual([]);
    expect(bandFor(12, strict)).toBe('critical');
    expect(bandFor(12)).toBe('high');
    expect(bandOf(sampleRisk('risk-sample-01'), 'residual', strict)).toBe('critical');
  });

  it('accepts the default bands', () => {
    expect(validateBands(DEFAULT_BANDS)).toEqual([]);
  });

  it('explains a gap, an overlap, a wrong start and end, and a band in the wrong order', () => {
    const gap = DEFAULT_BANDS.map((b) => (b.name === 'high' ? { ...b, min: 11 } : b));
    expect(validateBands(gap)).toEqual(['Scores 10–10 fall between the medium and high bands.']);
    const overlap = DEFAULT_BANDS.map((b) => (b.name === 'medium' ? { ...b, max: 11 } : b));
    expect(validateBands(overlap)).toEqual(['The medium and high bands overlap (11 and 10).']);
    const ends = DEFAULT_BANDS.map((b) => (b.name === 'low' ? { ...b, min: 2 } : b.name === 'critical' ? { ...b, max: 24 } : b));
    expect(validateBands(ends)).toEqual(['The low band must start at 1.', 'The critical band must end at 25.']);
    const swapped = [DEFAULT_BANDS[1]!, DEFAULT_BANDS[0]!, DEFAULT_BANDS[2]!, DEFAULT_BANDS[3]!];
    expect(validateBands(swapped).join(' ')).toContain('Band 1 should be "low"');
    expect(validateBands(DEFAULT_BANDS.slice(0, 3))[0]).toMatch(/exactly 4 bands/);
  });

  it('falls back to the default bands rather than leave a risk uncoloured when bands are broken', () => {
    const broken = DEFAULT_BANDS.map((b) => (b.name === 'high' ? { ...b, min: 12 } : b));
    expect(bandFor(10, broken)).toBe('high');
  });
});

describe('review and acceptance dates', () => {
  const today = '2026-11-20';

  it('flags an open risk whose review date has passed, but not a closed one or one due today', () => {
    const overdue = sampleRisk('risk-sample-06');
    expect(isReviewOverdue(overdue, today)).toBe(true);
    expect(isReviewOverdue({ ...overdue, status: 'closed' }, today)).toBe(false);
    expect(isReviewOverdue({ ...overdue, reviewDate: today }, today)).toBe(false);
    expect(isReviewOverdue({ ...overdue, reviewDate: '' }, today)).toBe(false);
    expect(isReviewMissing({ ...overdue, reviewDate: '' })).toBe(true);
  });

  it('finds exactly one overdue review in the sample plan', () => {
    const overdue = createSamplePlan().risks.items.filter((r) => isReviewOverdue(r, today));
    expect(overdue.map((r) => r.ref)).toEqual(['R-006']);
  });

  it('uses the local calendar day when given a Date', () => {
    const risk = { status: 'open' as const, reviewDate: '2026-11-19' };
    expect(isReviewOverdue(risk, new Date(2026, 10, 20, 0, 30))).toBe(true);
    expect(isReviewOverdue(risk, new Date(2026, 10, 19, 23, 30))).toBe(false);
  });

  it('knows when a recorded acceptance has expired', () => {
    const accepted = sampleRisk('risk-sample-05');
    expect(isAcceptanceExpired(accepted, today)).toBe(false);
    expect(isAcceptanceExpired(accepted, '2027-04-21')).toBe(true);
    expect(isAcceptanceExpired({ acceptance: null }, '2099-01-01')).toBe(false);
  });

  it('checks calendar dates and moves across month ends', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('15/01/2027')).toBe(false);
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
  });
});
