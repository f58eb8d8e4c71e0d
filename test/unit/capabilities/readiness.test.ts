import { describe, expect, it } from 'vitest';
import { createSamplePlan } from '../../../shared/plan/sample';
import type { CapabilityItem } from '../../../shared/plan/schema';
import { dueSoon, readiness, readinessOf } from '../../../shared/capabilities/readiness';

const items = () => createSamplePlan().capabilities.items;
const withStatus = (list: CapabilityItem[], status: CapabilityItem['status']) => list.map((i) => ({ ...i, status }));

describe('readiness', () => {
  it('counts in place as 1, partial as a half and missing as 0 in the sample checklist', () => {
    const report = readiness(items());
    // Surveillance: in place 3, 11; partial 1, 10; missing 2 → (2 + 1) / 5.
    expect(report.byArea.surveillance).toMatchObject({ total: 5, applicable: 5, inPlace: 2, partial: 2, missing: 1, score: 0.6, percent: 60 });
    // Training: partial 4; missing 5, 13; unassessed 6 → 0.5 / 4.
    expect(report.byArea.training).toMatchObject({ applicable: 4, unassessed: 1, score: 0.125, percent: 13 });
    expect(report.overall.total).toBe(13);
    expect(report.overall.score).toBeCloseTo((3 + 0.5 * 5) / 13);
  });

  it('leaves not-applicable items out and reports unassessed ones separately', () => {
    const list = items().filter((i) => i.area === 'training');
    const marked = list.map((i) => (i.status === 'missing' ? { ...i, status: 'not-applicable' as const } : i));
    const r = readinessOf(marked);
    expect(r).toMatchObject({ applicable: 2, notApplicable: 2, unassessed: 1, score: 0.25 });
  });

  it('rises as the planner marks items in place', () => {
    const before = readiness(items()).overall.score!;
    const improved = items().map((i) => (i.id === 'cap-sample-02' ? { ...i, status: 'in-place' as const } : i));
    expect(readiness(improved).overall.score!).toBeGreaterThan(before);
    expect(readinessOf(withStatus(items(), 'in-place')).percent).toBe(100);
  });

  it('has no score when nothing applies, rather than a misleading 0 or 100', () => {
    expect(readinessOf([]).score).toBeNull();
    expect(readinessOf(withStatus(items(), 'not-applicable')).percent).toBeNull();
  });

  it('counts critical gaps, including unassessed critical items', () => {
    expect(readinessOf(items()).criticalGaps).toBe(7);
  });
});

describe('items due soon', () => {
  it('lists open items due within 14 days or overdue, soonest first', () => {
    const soon = dueSoon(items(), '2026-11-25');
    expect(soon.map((s) => [s.item.id, s.daysLeft, s.overdue])).toEqual([
      ['cap-sample-02', 6, false],
      ['cap-sample-13', 8, false],
      ['cap-sample-10', 10, false],
    ]);
  });

  it('marks overdue items and ignores items already in place', () => {
    const list = items().map((i) => (i.id === 'cap-sample-03' ? { ...i, dueDate: '2026-11-01' } : i));
    const soon = dueSoon(list, '2026-12-11', 7);
    expect(soon.map((s) => [s.item.id, s.daysLeft, s.overdue])).toEqual([
      ['cap-sample-02', -10, true],
      ['cap-sample-13', -8, true],
      ['cap-sample-10', -6, true],
      ['cap-sample-05', -1, true],
      ['cap-sample-01', 4, false],
      ['cap-sample-09', 9, false],
      ['cap-sample-12', 30, false],
    ].filter(([, d]) => (d as number) <= 7));
  });
});
