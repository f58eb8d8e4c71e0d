/**
 * How ready the mission is, per checklist area and overall. In place counts 1, partial 0.5,
 * missing 0; not-applicable items are left out; unassessed items count as 0 (an unknown is not a
 * capability) but are reported separately so the planner sees how much is still guesswork.
 */
import { CAPABILITY_AREAS } from '../plan/schema';
import type { CapabilityArea, CapabilityItem } from '../plan/schema';
import { addDays, localDay } from '../risks/scoring';

export interface Readiness {
  /** 0–1, or null when no item applies (nothing to measure). */
  score: number | null;
  /** Rounded percentage for display, or null. */
  percent: number | null;
  total: number;
  /** Items that count towards the score (everything but not-applicable). */
  applicable: number;
  inPlace: number;
  partial: number;
  missing: number;
  unassessed: number;
  notApplicable: number;
  /** Critical items that are missing, partial or unassessed. */
  criticalGaps: number;
}

export interface ReadinessReport {
  overall: Readiness;
  byArea: Record<CapabilityArea, Readiness>;
}

const WEIGHT = { 'in-place': 1, partial: 0.5, missing: 0, unassessed: 0 } as const;

/** Readiness of a set of checklist items. */
export function readinessOf(items: readonly CapabilityItem[]): Readiness {
  const r: Readiness = { score: null, percent: null, total: items.length, applicable: 0, inPlace: 0, partial: 0, missing: 0, unassessed: 0, notApplicable: 0, criticalGaps: 0 };
  let points = 0;
  for (const item of items) {
    switch (item.status) {
      case 'not-applicable':
        r.notApplicable += 1;
        continue;
      case 'in-place':
        r.inPlace += 1;
        break;
      case 'partial':
        r.partial += 1;
        break;
      case 'missing':
        r.missing += 1;
        break;
      case 'unassessed':
        r.unassessed += 1;
        break;
    }
    r.applicable += 1;
    points += WEIGHT[item.status];
    if (item.critical && item.status !== 'in-place') r.criticalGaps += 1;
  }
  if (r.applicable > 0) {
    r.score = points / r.applicable;
    r.percent = Math.round(r.score * 100);
  }
  return r;
}

/** Readiness per area and for all items together. */
export function readiness(items: readonly CapabilityItem[]): ReadinessReport {
  const byArea = Object.fromEntries(CAPABILITY_AREAS.map((area) => [area, readinessOf(items.filter((i) => i.area === area))])) as Record<CapabilityArea, Readiness>;
  return { overall: readinessOf(items), byArea };
}

export interface DueSoon {
  item: CapabilityItem;
  /** Negative when the due date has passed. */
  daysLeft: number;
  overdue: boolean;
}

const dayNumber = (day: string): number => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/**
 * Items not yet in place whose due date is within `days` of today or already past, soonest
 * first, so the checklist can make them stand out.
 */
export function dueSoon(items: readonly CapabilityItem[], today: string | Date, days = 14): DueSoon[] {
  const day = typeof today === 'string' ? today : localDay(today);
  const horizon = addDays(day, days);
  return items
    .filter((i) => i.status !== 'in-place' && i.status !== 'not-applicable' && i.dueDate !== '' && i.dueDate <= horizon)
    .map((item) => {
      const daysLeft = dayNumber(item.dueDate) - dayNumber(day);
      return { item, daysLeft, overdue: daysLeft < 0 };
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || a.item.title.localeCompare(b.item.title));
}
