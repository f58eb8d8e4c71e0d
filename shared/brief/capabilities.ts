/** Capability checklists by area with readiness figures: what the mission can do, and what it lacks. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { BriefContext } from './context';
import { CAPABILITY_AREAS } from '../plan/schema';
import type { CapabilityItem } from '../plan/schema';
import { readiness } from '../capabilities/readiness';
import type { Readiness } from '../capabilities/readiness';
import { emptyNote, registerTable, sectionHeading, subHeading, withHeading } from './blocks';
import { CAPABILITY_AREA_LABELS, CAPABILITY_STATUS_LABELS, formatCount, formatDate } from '../plan/labels';
import { COLORS } from './styles';

const BAR_W = 70;

const STATUS_COLOR: Record<CapabilityItem['status'], string> = {
  'in-place': '#2e6b30',
  partial: '#8a6100',
  missing: COLORS.marking,
  unassessed: COLORS.muted,
  'not-applicable': COLORS.muted,
};

function bar(r: Readiness): TableCell {
  if (r.score === null) return { text: 'Nothing to measure', color: COLORS.muted };
  return {
    stack: [
      { text: `${r.percent}%`, bold: true },
      {
        canvas: [
          { type: 'rect', x: 0, y: 0, w: BAR_W, h: 4, color: COLORS.faintRule },
          { type: 'rect', x: 0, y: 0, w: Math.max(0.5, BAR_W * r.score), h: 4, color: COLORS.accent },
        ],
        margin: [0, 2, 0, 0],
      },
    ],
  };
}

function summaryRow(label: string, r: Readiness, bold = false): TableCell[] {
  const n = (v: number): TableCell => ({ text: formatCount(v), alignment: 'right', bold });
  return [
    { text: label, bold },
    bar(r),
    n(r.inPlace),
    n(r.partial),
    n(r.missing),
    n(r.unassessed),
    n(r.notApplicable),
    { text: formatCount(r.criticalGaps), alignment: 'right', bold: bold || r.criticalGaps > 0, color: r.criticalGaps > 0 ? COLORS.marking : COLORS.ink },
  ];
}

function summary(ctx: BriefContext): Content[] {
  const report = readiness(ctx.plan.capabilities.items);
  const rows = [...CAPABILITY_AREAS.map((a) => summaryRow(CAPABILITY_AREA_LABELS[a], report.byArea[a])), summaryRow('All areas', report.overall, true)];
  return [
    registerTable({
      widths: ['*', BAR_W, 34, 34, 34, 38, 30, 36],
      headers: ['Area', 'Readiness', 'In place', 'Partial', 'Missing', 'Not assessed', 'N/A', 'Critical gaps'],
      rows,
      align: ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
    }),
    { text: 'Readiness counts an item in place as 1 and a partial one as ½; missing and unassessed items count 0; items marked not applicable are left out. A critical gap is a critical item not yet in place.', style: 'small', margin: [0, 0, 0, 6] },
  ];
}

function itemRow(ctx: BriefContext, item: CapabilityItem): TableCell[] {
  const late = item.dueDate !== '' && item.dueDate < ctx.options.generatedAt && item.status !== 'in-place' && item.status !== 'not-applicable';
  const title: Content[] = [{ text: item.title || 'Untitled item' }];
  if (item.critical) title.push({ text: 'Critical', fontSize: 7, bold: true, color: COLORS.marking });
  const note = [item.gapNote, item.evidence ? `Evidence: ${item.evidence}` : ''].filter(Boolean).join('\n');
  return [
    { stack: title },
    { text: CAPABILITY_STATUS_LABELS[item.status], color: STATUS_COLOR[item.status], bold: item.status === 'missing' },
    item.owner || '—',
    item.dueDate ? { text: [formatDate(item.dueDate), late ? { text: '\noverdue', bold: true } : ''], color: late ? COLORS.marking : COLORS.ink } : '—',
    note || { text: '—', color: COLORS.muted },
  ];
}

function areaTable(ctx: BriefContext, items: CapabilityItem[]): Content[] {
  return [
    registerTable({
      widths: ['*', 52, 74, 60, '*'],
      headers: ['Capability', 'Status', 'Owner', 'Due', 'Gap and evidence'],
      rows: items.map((i) => itemRow(ctx, i)),
    }),
  ];
}

/** Section: readiness per area, then the checklist of each area that has items (the readiness table shows the empty ones). */
export function capabilitiesSection(ctx: BriefContext, n: string): Content[] {
  const heading = sectionHeading(n, 'Capabilities');
  const items = ctx.plan.capabilities.items;
  if (items.length === 0) return [heading, emptyNote('No capability checklist items recorded yet.')];
  const areas = CAPABILITY_AREAS.map((area) => [area, items.filter((it) => it.area === area)] as const).filter(([, list]) => list.length > 0);
  return [
    heading,
    ...withHeading(subHeading(`${n}.1`, 'Readiness'), summary(ctx)),
    ...areas.flatMap(([area, list], i) => withHeading(subHeading(`${n}.${i + 2}`, CAPABILITY_AREA_LABELS[area]), areaTable(ctx, list))),
  ];
}
