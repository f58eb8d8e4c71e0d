/** The mandate exactly as the review step assembles it: preambular paragraphs, then numbered operative ones. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { BriefContext } from './context';
import type { AssembledMandate } from '../mandate/assemble';
import { mandateEndDate } from '../mandate/timeline';
import { emptyNote, factsTable, registerTable, sectionHeading, subHeading, withHeading } from './blocks';
import { formatDate } from '../plan/labels';
import { COLORS } from './styles';

/** Italic opening word(s), then the rest of the paragraph as assembled (punctuation included). */
function openingThenRest(text: string, opening: string): Content[] {
  // The space stays with the italic part: a space opening the roman part is stretched twice when justified.
  if (opening && text.startsWith(`${opening} `)) return [{ text: `${opening} `, italics: true }, text.slice(opening.length + 1)];
  return [text];
}

function schedule(ctx: BriefContext): Content {
  const m = ctx.plan.mandate;
  const end = mandateEndDate(m);
  const period = m.durationMonths === null ? 'Not set' : `${m.durationMonths} months${m.startDate ? `, ${formatDate(m.startDate)} to ${end ? formatDate(end) : '—'}` : ' (start date not set)'}`;
  return factsTable([
    ['Mandating body', m.authority || 'Security Council'],
    ['Duration', period],
    ['Review', m.reviewDate ? `No later than ${formatDate(m.reviewDate)}` : 'No review date set'],
    ['Reporting', m.reportingIntervalDays === null ? 'No reporting interval set' : `Every ${m.reportingIntervalDays} days`],
    ['Status', ctx.ready ? 'Final: ready for submission' : m.status === 'final' ? 'Marked final, but blocking problems remain (see guidance)' : 'Draft'],
  ]);
}

function resolutionText(ctx: BriefContext, mandate: AssembledMandate): Content[] {
  if (mandate.preambular.length === 0 && mandate.operative.length === 0) return [emptyNote('No clauses drafted yet.')];
  const out: Content[] = [];
  if (ctx.plan.mandate.clauses.length === 0) out.push(emptyNote('No clauses drafted yet; the paragraphs below come from the duration, review and reporting settings.'));
  out.push({ text: mandate.heading, italics: true, margin: [0, 2, 0, 8] });
  for (const p of mandate.preambular) {
    out.push({ text: openingThenRest(p.text, p.opening), leadingIndent: 22, margin: [0, 0, 0, 6], alignment: 'justify' });
  }
  for (const p of mandate.operative) {
    out.push({
      columns: [
        { width: 22, text: `${p.number}.` },
        { width: '*', text: openingThenRest(p.text, p.opening), alignment: 'justify' },
      ],
      columnGap: 0,
      margin: [0, 0, 0, 6],
    });
  }
  return out;
}

function tasks(ctx: BriefContext, mandate: AssembledMandate): Content[] {
  if (mandate.tasks.length === 0) return [emptyNote('No paragraph authorises a task yet.')];
  const rows = mandate.tasks.map((t): TableCell[] => [
    { text: String(t.number), alignment: 'right' },
    t.reportingIntervalDays === null ? { text: 'None', color: COLORS.marking } : `Every ${t.reportingIntervalDays} days`,
    t.deadline ? `${formatDate(t.deadline.date)}${t.deadline.source === 'task' ? '' : t.deadline.source === 'mandate-review' ? ' (mandate review)' : ' (end of mandate)'}` : { text: 'None', color: COLORS.marking },
  ]);
  return [
    { text: 'Every authorised task needs a reporting requirement and an end or review date.', style: 'lead' },
    registerTable({ widths: [50, 120, '*'], headers: ['Paragraph', 'Reporting', 'End or review'], rows, align: ['right', 'left', 'left'] }),
  ];
}

/** Section: the draft mandate. */
export function mandateSection(ctx: BriefContext, n: string): Content[] {
  const mandate = ctx.mandate;
  return [
    sectionHeading(n, 'Draft mandate'),
    schedule(ctx),
    subHeading(`${n}.1`, 'Text'),
    ...resolutionText(ctx, mandate),
    ...withHeading(subHeading(`${n}.2`, 'Authorised tasks'), tasks(ctx, mandate)),
  ];
}
