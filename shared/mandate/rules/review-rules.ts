/** Review-stage checks: complete wording, and every task with reporting and an end or review date. */
import { formatDate } from '../templating';
import { mandateEndDate, taskDeadline, taskReportingDays } from '../timeline';
import type { Finding, GuidanceRule, PlanClauseView } from '../guidance-types';
import { paramSpecsFor } from '../clause-factory';
import { TARGETS, once, perClause } from './helpers';

/** A parameter as the clause form labels it, never its internal name. */
const paramLabel = (v: PlanClauseView, name: string): string => paramSpecsFor(v.clause).find((p) => p.name === name)?.label ?? name.replace(/_/g, ' ');
const TASK_BASIS = { source: 'planning-practice', ref: 'every authorised task has a reporting requirement and an end or review date' } as const;
const readable = (iso: string) => formatDate(iso) ?? iso;

export const REVIEW_RULES: readonly GuidanceRule[] = [
  {
    id: 'clause-empty',
    severity: 'blocking', step: 'clauses',
    title: 'Paragraph without wording',
    summary: 'A clause has no text, or an operative clause has no opening verb.',
    basis: { source: 'council-practice', ref: 'operative paragraphs open with a verb' },
    target: TARGETS.library,
    check: ({ clauses }) =>
      perClause(clauses, (v) => {
        if (!v.clause.text.trim()) return `${v.label} has no wording yet.`;
        if (!v.clause.opening.trim()) return `${v.label} has no opening ${v.clause.kind === 'operative' ? 'verb (Decides, Authorizes, Requests…)' : 'participle (Recalling, Reaffirming…)'}.`;
        return null;
      }),
  },
  {
    id: 'clause-gaps',
    severity: 'blocking', step: 'clauses',
    title: 'Clause with unfilled parameters',
    summary: 'A clause still shows [parameter?] gaps; a final mandate cannot carry them.',
    basis: { source: 'planning-practice', ref: 'no silent blanks in a final text' },
    target: TARGETS.library,
    check: ({ clauses }) => perClause(clauses, (v) => (v.rendered.gaps.length ? `${v.label} still needs: ${v.rendered.gaps.map((g) => paramLabel(v, g).toLowerCase()).join(', ')}.` : null)),
  },
  {
    id: 'clause-invalid-param',
    severity: 'blocking', step: 'clauses',
    title: 'Clause parameter with a wrong value',
    summary: 'A number or date parameter holds something that is not a number or a real date.',
    basis: { source: 'planning-practice', ref: 'typed clause parameters' },
    target: TARGETS.library,
    check: ({ clauses }) => perClause(clauses, (v) => (v.rendered.invalid.length ? `${v.label}: ${v.rendered.invalid.map((i) => `${paramLabel(v, i.name).toLowerCase()} ${i.reason}`).join('; ')}.` : null)),
  },
  {
    id: 'clause-template-problem',
    severity: 'warning', step: 'clauses',
    title: 'Wording with stray braces or unknown parameters',
    summary: 'Edited wording uses a {parameter} its template does not declare, or has a stray brace.',
    basis: { source: 'planning-practice', ref: 'clause templating: {name} placeholders, {{ and }} for braces' },
    target: TARGETS.library,
    check: ({ clauses }) =>
      perClause(clauses, (v) => {
        const parts = [
          v.rendered.unknown.length && `parameters the template does not declare: ${v.rendered.unknown.join(', ')}`,
          v.rendered.malformed.length && `stray braces: ${v.rendered.malformed.join(' ')} (write {{ or }} for a literal brace)`,
        ].filter(Boolean);
        return parts.length ? `${v.label} has ${parts.join('; ')}.` : null;
      }),
  },
  {
    id: 'task-not-marked',
    severity: 'warning', step: 'clauses',
    title: 'Task clause not tracked as a task',
    summary: 'A library clause that authorises a task has its task marking removed, so its reporting is not checked.',
    basis: TASK_BASIS,
    target: TARGETS.library,
    check: ({ clauses }) =>
      perClause(clauses, (v) => (v.template?.authorisesTask && v.clause.task === null ? `${v.label} authorises a task but is not marked as one, so its reporting and end date are not checked.` : null)),
  },
  {
    id: 'task-without-reporting',
    severity: 'blocking', step: 'review',
    title: 'Task without reporting',
    summary: 'An authorised task has no reporting interval of its own and the mandate sets none.',
    basis: TASK_BASIS,
    target: TARGETS.reporting,
    check: ({ plan, clauses, roles }) =>
      roles.has('reporting')
        ? []
        : perClause(clauses, (v) =>
            v.clause.task && taskReportingDays(v.clause, plan.mandate) === null ? `${v.label} authorises a task but nobody reports on it: set a reporting interval for the task or the mandate.` : null,
          ),
  },
  {
    id: 'task-without-end',
    severity: 'blocking', step: 'review',
    title: 'Task without end or review date',
    summary: 'An authorised task has no review date and the mandate has neither a review date nor an end date.',
    basis: TASK_BASIS,
    target: TARGETS.reviewDate,
    check: ({ plan, clauses }) =>
      perClause(clauses, (v) =>
        v.clause.task && taskDeadline(v.clause, plan.mandate) === null ? `${v.label} authorises a task with no end or review date: set one for the task, or give the mandate a start date and duration or a review date.` : null,
      ),
  },
  {
    id: 'duration-missing',
    severity: 'blocking', step: 'review',
    title: 'No period for the mandate',
    summary: 'The mandate has no duration and no duration paragraph.',
    basis: { source: 'precedent', ref: 'fixed mandate periods (UNPREDEP six months; many missions one year)' },
    target: TARGETS.duration,
    check: ({ plan, roles }) =>
      once(plan.mandate.durationMonths === null && !roles.has('duration'), 'Set how many months the mandate runs; a fixed period forces a decision to renew, adjust or end it.'),
  },
  {
    id: 'start-date-missing',
    severity: 'warning', step: 'review',
    title: 'No start date',
    summary: 'A duration is set but no start date, so the end date cannot be stated.',
    basis: { source: 'council-practice', ref: 'mandates run until a stated date' },
    target: TARGETS.startDate,
    check: ({ plan }) =>
      once(plan.mandate.durationMonths !== null && !plan.mandate.startDate, 'Without a start date the mandate cannot say until when it runs.'),
  },
  {
    id: 'dates-inconsistent',
    severity: 'blocking', step: 'review',
    title: 'Dates that do not fit together',
    summary: 'A review date falls before the start, or after the end of the mandate.',
    basis: { source: 'planning-practice', ref: 'review within the mandate period' },
    target: TARGETS.reviewDate,
    check: ({ plan, clauses }) => {
      const { startDate, reviewDate } = plan.mandate;
      const end = mandateEndDate(plan.mandate);
      const findings: Finding[] = [];
      const check = (date: string, what: string, subject?: string) => {
        if (!date) return;
        if (startDate && date < startDate) findings.push({ ...(subject ? { subject } : {}), message: `${what} (${readable(date)}) is before the mandate starts (${readable(startDate)}).` });
        else if (end && date > end) findings.push({ ...(subject ? { subject } : {}), severity: 'warning', message: `${what} (${readable(date)}) is after the mandate ends (${readable(end)}), so it would never be reached.` });
      };
      check(reviewDate, 'The review date');
      for (const v of clauses) if (v.clause.task) check(v.clause.task.reviewDate, `The review date of ${v.label}`, v.clause.id);
      return findings;
    },
  },
  {
    id: 'reporting-missing',
    severity: 'warning', step: 'review',
    title: 'No reporting to the mandating body',
    summary: 'The mandate sets no reporting interval and has no reporting paragraph.',
    basis: { source: 'council-practice', ref: 'reporting requests, e.g. every 90 days' },
    target: TARGETS.reporting,
    check: ({ plan, roles }) =>
      once(plan.mandate.reportingIntervalDays === null && !roles.has('reporting'), 'Ask for regular reports (every 90 days is common) so the mandating body sees warning signs in time.'),
  },
  {
    id: 'review-date-missing',
    severity: 'info', step: 'review',
    title: 'No review before the end',
    summary: 'The mandate has no review date or review paragraph; it is only reconsidered at its end.',
    basis: { source: 'planning-practice', ref: 'atrocity situations change fast' },
    target: TARGETS.reviewDate,
    check: ({ plan, roles }) =>
      once(!plan.mandate.reviewDate && !roles.has('review'), 'Atrocity risk can change within weeks. A review date before the end lets the mandate be expanded in time.'),
  },
];
