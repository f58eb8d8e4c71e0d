/** The risk register: each printed risk on one line, highest remaining exposure first. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { BriefContext } from './context';
import type { Risk } from '../plan/schema';
import { bandFor, isReviewOverdue, scoreOf } from '../risks/scoring';
import type { ScoreKind } from '../risks/scoring';
import { emptyNote, registerTable, sectionHeading } from './blocks';
import { bandLegend } from './band-legend';
import { formatCount, RISK_CATEGORY_LABELS, RISK_STATUS_LABELS, TREATMENT_LABELS, formatShortDate } from '../plan/labels';
import { BAND_COLORS, COLORS } from './styles';
import { leftOutNote } from './printed-risks';

/** Register order: residual score, then inherent score, highest first; ties by reference. */
export function registerOrder(risks: readonly Risk[]): Risk[] {
  const refOrder = (a: Risk, b: Risk) => a.ref.localeCompare(b.ref, 'en', { numeric: true });
  return [...risks].sort(
    (a, b) => scoreOf(b, 'residual') - scoreOf(a, 'residual') || scoreOf(b, 'inherent') - scoreOf(a, 'inherent') || refOrder(a, b),
  );
}

function scoreCell(ctx: BriefContext, risk: Risk, kind: ScoreKind): TableCell {
  const score = scoreOf(risk, kind);
  return { text: String(score), alignment: 'center', bold: true, fillColor: BAND_COLORS[bandFor(score, ctx.plan.risks.bands)] };
}

function reviewCell(ctx: BriefContext, risk: Risk): TableCell {
  if (risk.status === 'closed') return { text: RISK_STATUS_LABELS.closed, color: COLORS.muted };
  const status = RISK_STATUS_LABELS[risk.status];
  if (!risk.reviewDate) return { text: [status, '\n', { text: 'No review date', color: COLORS.marking }] };
  if (!isReviewOverdue(risk, ctx.options.generatedAt)) return `${status}\n${formatShortDate(risk.reviewDate)}`;
  return { text: [status, '\n', { text: `${formatShortDate(risk.reviewDate)} overdue`, color: COLORS.marking, bold: true }] };
}

function row(ctx: BriefContext, risk: Risk): TableCell[] {
  return [
    { text: risk.ref || '—', bold: true },
    { text: [risk.title || '—', { text: `\n${RISK_CATEGORY_LABELS[risk.category]}`, color: COLORS.muted, fontSize: 7.5 }] },
    risk.owner || '—',
    scoreCell(ctx, risk, 'inherent'),
    scoreCell(ctx, risk, 'residual'),
    TREATMENT_LABELS[risk.treatment],
    reviewCell(ctx, risk),
  ];
}

function summary(ctx: BriefContext): string {
  const risks = ctx.plan.risks.items;
  const open = risks.filter((r) => r.status === 'open').length;
  const monitoring = risks.filter((r) => r.status === 'monitoring').length;
  const closed = risks.length - open - monitoring;
  const counts = `${formatCount(risks.length)} ${risks.length === 1 ? 'risk' : 'risks'} (${formatCount(open)} open, ${formatCount(monitoring)} monitoring, ${formatCount(closed)} closed)`;
  const leftOut = leftOutNote(ctx.printed);
  return leftOut ? `${counts}. ${leftOut} Full details of each printed risk are in the annex.` : `${counts}, sorted by residual score, highest first. Full details of each risk are in the annex.`;
}

/** Section: the risk register table, with its header row repeated on every page. */
export function risksSection(ctx: BriefContext, n: string): Content[] {
  const risks = ctx.printed.register;
  if (ctx.plan.risks.items.length === 0) return [sectionHeading(n, 'Risk register'), emptyNote('No risks recorded yet.')];
  if (risks.length === 0) return [sectionHeading(n, 'Risk register'), emptyNote(summary(ctx))];
  return [
    sectionHeading(n, 'Risk register'),
    { text: summary(ctx), style: 'lead' },
    bandLegend(ctx.plan.risks.bands),
    registerTable({
      widths: [30, '*', 64, 36, 36, 44, 60],
      headers: ['Ref', 'Risk and category', 'Owner', 'Inherent', 'Residual', 'Treatment', 'Status and review'],
      rows: risks.map((r) => row(ctx, r)),
      align: ['left', 'left', 'left', 'center', 'center', 'left', 'left'],
    }),
  ];
}
