/** Guidance still open: blocking problems and warnings the planner has not dismissed. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { BriefContext } from './context';
import type { Advice } from '../mandate/guidance-types';
import { emptyNote, registerTable, sectionHeading } from './blocks';
import { COLORS } from './styles';
import { STEP_LABELS } from '../plan/labels';


const SEVERITY: Record<'blocking' | 'warning', { label: string; fill: string }> = {
  blocking: { label: 'BLOCKING', fill: '#f4d3d0' },
  warning: { label: 'WARNING', fill: '#fbeec4' },
};

function row(a: Advice): TableCell[] {
  const sev = SEVERITY[a.severity === 'blocking' ? 'blocking' : 'warning'];
  return [
    { text: sev.label, bold: true, fontSize: 7, characterSpacing: 0.5, fillColor: sev.fill, color: a.severity === 'blocking' ? COLORS.marking : '#6b4e00', alignment: 'center' },
    {
      stack: [
        { text: a.title, bold: true },
        { text: a.message },
        { text: a.basis ? `Basis: ${a.basis}` : '', style: 'small', margin: [0, 1, 0, 0] },
      ],
    },
    { text: STEP_LABELS[a.step], color: COLORS.muted },
  ];
}

/** Section: open guidance, blocking problems first. */
export function guidanceSection(ctx: BriefContext, n: string): Content[] {
  const heading = sectionHeading(n, 'Open guidance');
  const open = ctx.mandate.problems.filter((a) => a.severity !== 'info');
  if (open.length === 0) return [heading, emptyNote('No open warnings or blocking problems: the guidance has nothing outstanding.')];
  const blocking = open.filter((a) => a.severity === 'blocking');
  const warnings = open.filter((a) => a.severity !== 'blocking');
  const count = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  const lead = blocking.length
    ? `${count(blocking.length, 'blocking problem', 'blocking problems')} and ${count(warnings.length, 'warning', 'warnings')} remain open. The mandate cannot be final until every blocking problem is resolved.`
    : `No blocking problem remains; ${count(warnings.length, 'warning is', 'warnings are')} still open.`;
  return [
    heading,
    { text: `${lead} Warnings the planner dismissed are not listed.`, style: 'lead' },
    registerTable({ widths: [52, '*', 70], headers: ['Severity', 'Advice', 'Wizard step'], rows: [...blocking, ...warnings].map(row) }),
  ];
}
