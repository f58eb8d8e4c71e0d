/**
 * Assembles a plan's clauses into a mandate in Security Council shape: preambular paragraphs
 * ending in commas, then numbered operative paragraphs each opening with its verb, with the
 * duration, review and reporting paragraphs added from the mandate settings when the planner has
 * not written them, and any "remains seized" paragraph kept last.
 */
import type { Plan } from '../plan/schema';
import { shortMissionName } from './clause-factory';
import { clauseRoles, orderClauses } from './clause-roles';
import { blockingAdvice, evaluateGuidance } from './guidance';
import type { Advice } from './guidance-types';
import { formatDate, renderClause } from './templating';
import { mandateEndDate, taskDeadline, taskReportingDays } from './timeline';
import type { TaskDeadline } from './timeline';

export interface PreambularParagraph {
  clauseId: string;
  opening: string;
  body: string;
  /** Opening, body and the closing comma. */
  text: string;
}

export type GeneratedKind = 'duration' | 'review' | 'reporting';

export interface OperativeParagraph {
  number: number;
  /** Null for a paragraph generated from the mandate settings. */
  clauseId: string | null;
  generated: GeneratedKind | null;
  opening: string;
  body: string;
  /** Opening, body and the closing semicolon (full stop for the last paragraph). */
  text: string;
}

export interface ScheduleParagraph {
  /** Number of the operative paragraph that carries it. */
  number: number;
  clauseId: string | null;
  generated: boolean;
  text: string;
}

export interface TaskSummary {
  clauseId: string;
  number: number;
  reportingIntervalDays: number | null;
  deadline: TaskDeadline | null;
}

export interface AssembledMandate {
  /** "The Security Council," or the plan's own authority. */
  heading: string;
  preambular: PreambularParagraph[];
  operative: OperativeParagraph[];
  duration: (ScheduleParagraph & { months: number | null; startDate: string; endDate: string }) | null;
  review: (ScheduleParagraph & { date: string }) | null;
  reporting: (ScheduleParagraph & { intervalDays: number | null }) | null;
  tasks: TaskSummary[];
  /** Blocking problems and warnings the planner has not dismissed. */
  problems: Advice[];
  /** True only when guidance reports no blocking problem. */
  ready: boolean;
}

/** Removes closing punctuation so the assembler can add the one the paragraph's place requires. */
function bare(text: string): string {
  return text.trim().replace(/[\s,;.:]+$/u, '');
}

function authorityName(plan: Plan): string {
  const a = plan.mandate.authority.trim() || 'Security Council';
  return a.replace(/^the\s+/i, '');
}

function generatedParagraphs(plan: Plan, covered: (role: 'duration' | 'review' | 'reporting') => boolean): { kind: GeneratedKind; opening: string; body: string }[] {
  const { mandate } = plan;
  const mission = shortMissionName(plan.cover.missionName) || 'the mission';
  const out: { kind: GeneratedKind; opening: string; body: string }[] = [];
  if (mandate.durationMonths !== null && !covered('duration')) {
    const start = formatDate(mandate.startDate);
    const end = formatDate(mandateEndDate(mandate));
    const period = start && end ? `, from ${start} until ${end}` : '';
    out.push({ kind: 'duration', opening: 'Decides', body: `that the mandate of ${mission} shall run for a period of ${mandate.durationMonths} months${period}` });
  }
  const review = formatDate(mandate.reviewDate);
  if (review && !covered('review')) {
    out.push({ kind: 'review', opening: 'Decides', body: `to review the mandate of ${mission} no later than ${review}` });
  }
  if (mandate.reportingIntervalDays !== null && !covered('reporting')) {
    const authority = authorityName(plan);
    const addressee = authority === 'Security Council' ? 'the Council' : `the ${authority}`;
    out.push({ kind: 'reporting', opening: 'Requests', body: `the Secretary-General to report to ${addressee} on the implementation of this mandate every ${mandate.reportingIntervalDays} days` });
  }
  return out;
}

/** Assembles the mandate with its numbered paragraphs, schedule, task list and open problems. */
export function assembleMandate(plan: Plan, advice: readonly Advice[] = evaluateGuidance(plan)): AssembledMandate {
  const { preambular: pre, operative: ops } = orderClauses(plan.mandate.clauses);
  const preambular = pre.map((c): PreambularParagraph => {
    const r = renderClause(c);
    const body = bare(r.body);
    return { clauseId: c.id, opening: r.opening, body, text: `${r.opening ? `${r.opening} ` : ''}${body},` };
  });

  const roleOwner = (role: 'duration' | 'review' | 'reporting') => ops.find((c) => clauseRoles(c).has(role));
  const generated = generatedParagraphs(plan, (role) => roleOwner(role) !== undefined);
  const closingAt = ops.findIndex((c) => clauseRoles(c).has('closing'));
  const split = closingAt === -1 ? ops.length : closingAt;
  const sequence = [
    ...ops.slice(0, split).map((c) => ({ clause: c, gen: null })),
    ...generated.map((g) => ({ clause: null, gen: g })),
    ...ops.slice(split).map((c) => ({ clause: c, gen: null })),
  ];
  const operative = sequence.map((item, i): OperativeParagraph => {
    const last = i === sequence.length - 1;
    const { opening, body } = item.clause ? renderClause(item.clause) : item.gen!;
    const b = bare(body);
    return {
      number: i + 1,
      clauseId: item.clause?.id ?? null,
      generated: item.gen?.kind ?? null,
      opening,
      body: b,
      text: `${opening ? `${opening} ` : ''}${b}${last ? '.' : ';'}`,
    };
  });

  const numberOf = (clauseId: string) => operative.find((p) => p.clauseId === clauseId)?.number ?? 0;
  const schedule = (kind: GeneratedKind): ScheduleParagraph | null => {
    const owner = roleOwner(kind);
    const p = operative.find((x) => (owner ? x.clauseId === owner.id : x.generated === kind));
    return p ? { number: p.number, clauseId: p.clauseId, generated: p.generated !== null, text: p.text } : null;
  };
  const { mandate } = plan;
  const durationP = schedule('duration');
  const reviewP = schedule('review');
  const reportingP = schedule('reporting');
  const problems = advice.filter((a) => !a.dismissed && a.severity !== 'info');
  return {
    heading: `The ${authorityName(plan)},`,
    preambular,
    operative,
    duration: durationP && { ...durationP, months: mandate.durationMonths, startDate: mandate.startDate, endDate: mandateEndDate(mandate) },
    review: reviewP && { ...reviewP, date: mandate.reviewDate },
    reporting: reportingP && { ...reportingP, intervalDays: mandate.reportingIntervalDays },
    tasks: ops
      .filter((c) => c.task)
      .map((c) => ({ clauseId: c.id, number: numberOf(c.id), reportingIntervalDays: taskReportingDays(c, mandate), deadline: taskDeadline(c, mandate) })),
    problems,
    ready: blockingAdvice(advice).length === 0,
  };
}

/** The mandate as plain text for copying or export; open problems are listed after it unless `includeProblems` is false. */
export function mandateToPlainText(plan: Plan, options: { includeProblems?: boolean } = {}): string {
  const m = assembleMandate(plan);
  const lines = [m.heading, ''];
  for (const p of m.preambular) lines.push(p.text, '');
  for (const p of m.operative) lines.push(`${p.number}. ${p.text}`, '');
  if (options.includeProblems !== false && m.problems.length) {
    lines.push(m.ready ? 'Open warnings:' : 'Not final. Open problems:');
    for (const a of m.problems) lines.push(`- [${a.severity}] ${a.title}: ${a.message}`);
    lines.push('');
  }
  return lines.join('\n').trimEnd() + '\n';
}
