/**
 * Dates of a mandate: its end, and the reporting and end-or-review dates each authorised task
 * actually gets. A task whose own interval or review date is left empty follows the mandate-wide
 * values, as a resolution's general reporting and review paragraphs cover every task in it.
 */
import type { Clause, Mandate } from '../plan/schema';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Last day of a period of `months` starting on `start` (1 Nov 2026 + 12 months → 31 Oct 2027);
 * '' when the start is not a date. A start on the 31st ends on the last day of a shorter month.
 */
export function periodEnd(start: string, months: number): string {
  const m = ISO_DATE.exec(start);
  if (!m || !Number.isInteger(months) || months < 1) return '';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const target = new Date(Date.UTC(y, mo - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  if (d > lastDay) return iso(target.getUTCFullYear(), target.getUTCMonth() + 1, lastDay);
  const end = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), d - 1));
  return iso(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate());
}

/** The mandate's end date from its start and duration, or '' while either is missing. */
export function mandateEndDate(mandate: Pick<Mandate, 'startDate' | 'durationMonths'>): string {
  return mandate.durationMonths === null ? '' : periodEnd(mandate.startDate, mandate.durationMonths);
}

/** Reporting interval that applies to a task: its own, else the mandate's; null when neither is set. */
export function taskReportingDays(clause: Pick<Clause, 'task'>, mandate: Pick<Mandate, 'reportingIntervalDays'>): number | null {
  return clause.task?.reportingIntervalDays ?? mandate.reportingIntervalDays;
}

export interface TaskDeadline {
  date: string;
  source: 'task' | 'mandate-review' | 'mandate-end';
}

/** End or review date that applies to a task: its own, the mandate's review, or the mandate's end. */
export function taskDeadline(clause: Pick<Clause, 'task'>, mandate: Pick<Mandate, 'reviewDate' | 'startDate' | 'durationMonths'>): TaskDeadline | null {
  if (clause.task?.reviewDate) return { date: clause.task.reviewDate, source: 'task' };
  if (mandate.reviewDate) return { date: mandate.reviewDate, source: 'mandate-review' };
  const end = mandateEndDate(mandate);
  return end ? { date: end, source: 'mandate-end' } : null;
}
