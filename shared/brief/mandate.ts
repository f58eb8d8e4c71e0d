/** The mandate exactly as the review step assembles it: preambular paragraphs, then numbered operative ones. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { BriefContext } from './context';
import type { AssembledMandate, FrameLine, OperativeParagraph } from '../mandate/assemble';
import { mandateEndDate } from '../mandate/timeline';
import { emptyNote, factsTable, keepTogether, registerTable, sectionHeading, subHeading, withHeading } from './blocks';
import { formatDate } from '../plan/labels';
import { COLORS } from './styles';
import { INSTRUMENT_LABELS, planInstrument } from '../mandate/authority';

/**
 * Text for a justified paragraph. pdfmake may break a line after a hyphen, so "Secretary-General"
 * becomes two pieces, and justifying spreads the line's slack between all pieces: a stretched line
 * printed "Secretary- General". A non-breaking hyphen (U+2011, in Roboto) keeps the word whole.
 */
export function justified(text: string): string {
  return text.replace(/(?<=\p{L})-(?=\p{L})/gu, '\u2011');
}

/** Italic opening word(s), then the rest of the paragraph as assembled (punctuation included). */
function openingThenRest(raw: string, rawOpening: string): Content[] {
  const text = justified(raw);
  const opening = justified(rawOpening);
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
    ['Instrument', INSTRUMENT_LABELS[planInstrument(ctx.plan)]],
    ['Duration', period],
    ['Review', m.reviewDate ? `No later than ${formatDate(m.reviewDate)}` : 'No review date set'],
    ['Reporting', m.reportingIntervalDays === null ? 'No reporting interval set' : `Every ${m.reportingIntervalDays} days`],
    ['Status', ctx.ready ? 'Final: ready for submission' : m.status === 'final' ? 'Marked final, but blocking problems remain (see guidance)' : 'Draft'],
  ]);
}

function frameLines(lines: readonly FrameLine[]): Content[] {
  return lines.map((f): Content => ({
    text: f.text,
    ...(f.style === 'title'
      ? { bold: true, alignment: 'center' as const }
      : f.style === 'centered'
        ? { alignment: 'center' as const }
        : f.style === 'right'
          ? { alignment: 'right' as const }
          : f.style === 'italic'
            ? { italics: true }
            : { text: justified(f.text), alignment: 'justify' as const }),
    margin: [0, 0, 0, 6],
  }));
}

/**
 * A numbered operative paragraph, "1." beside it or "Article 1" above it, with any priority tasks
 * under it. "Article N" stays with its text, and a paragraph that introduces priority tasks with
 * its first heading and task, so neither is left alone at the foot of a page.
 */
function operativeParagraph(p: OperativeParagraph): Content[] {
  const text = openingThenRest(p.text, p.opening);
  const head: Content[] = p.label.startsWith('Article')
    ? [{ text: p.label, alignment: 'center', margin: [0, 4, 0, 2] }, { text, alignment: 'justify', margin: [0, 0, 0, p.groups ? 3 : 6] }]
    : [{ columns: [{ width: 22, text: p.label }, { width: '*', text, alignment: 'justify' }], columnGap: 0, margin: [0, 0, 0, p.groups ? 3 : 6] }];
  const rows: Content[] = [];
  for (const g of p.groups ?? []) {
    rows.push({ columns: [{ width: 44, text: `(${g.label})`, alignment: 'right', margin: [0, 0, 6, 0] }, { width: '*', text: `${g.heading}:`, italics: true }], columnGap: 0, margin: [0, 0, 0, 3] });
    for (const it of g.items) rows.push({ columns: [{ width: 72, text: `(${it.label})`, alignment: 'right', margin: [0, 0, 6, 0] }, { width: '*', text: justified(it.text), alignment: 'justify' }], columnGap: 0, margin: [0, 0, 0, 3] });
  }
  const kept = p.groups?.length ? 2 : 0;
  return [keepTogether([...head, ...rows.slice(0, kept)]), ...rows.slice(kept)];
}

function resolutionText(ctx: BriefContext, mandate: AssembledMandate): Content[] {
  if (mandate.preambular.length === 0 && mandate.operative.length === 0) return [emptyNote('No clauses drafted yet.')];
  const out: Content[] = [];
  if (ctx.plan.mandate.clauses.length === 0) out.push(emptyNote('No clauses drafted yet; the paragraphs below come from the duration, review and reporting settings.'));
  out.push(...frameLines(mandate.front));
  out.push({ text: mandate.heading, italics: mandate.headingItalic, margin: [0, 2, 0, 8] });
  out.push(...frameLines(mandate.preface));
  for (const p of mandate.preambular) {
    out.push({ text: [...(p.label ? [`${p.label} `] : []), ...openingThenRest(p.text, p.opening)], leadingIndent: 22, margin: [0, 0, 0, 6], alignment: 'justify' });
  }
  out.push(...frameLines(mandate.bridge));
  for (const p of mandate.operative) out.push(...operativeParagraph(p));
  out.push(...frameLines(mandate.closing));
  return out;
}

function tasks(ctx: BriefContext, mandate: AssembledMandate): Content[] {
  if (mandate.tasks.length === 0) return [emptyNote('No paragraph authorises a task yet.')];
  const rows = mandate.tasks.map((t): TableCell[] => [
    { text: t.label || String(t.number), alignment: 'right' },
    t.reportingIntervalDays === null ? { text: 'None', color: COLORS.marking } : `Every ${t.reportingIntervalDays} days`,
    t.deadline ? `${formatDate(t.deadline.date)}${t.deadline.source === 'task' ? '' : t.deadline.source === 'mandate-review' ? ' (mandate review)' : ' (end of mandate)'}` : { text: 'None', color: COLORS.marking },
  ]);
  return [
    { text: 'Every authorised task needs a reporting requirement and an end or review date.', style: 'lead' },
    registerTable({ widths: [70, 120, '*'], headers: ['Paragraph', 'Reporting', 'End or review'], rows, align: ['right', 'left', 'left'] }),
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
