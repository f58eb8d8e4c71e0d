/** The cover page: what the brief is, who wrote it, when, how it is marked and who receives it. */
import type { Content } from 'pdfmake/interfaces';
import type { BriefContext } from './context';
import { formatDate } from '../plan/labels';
import { COLORS } from './styles';

function coverField(label: string, value: string): Content {
  return {
    stack: [
      { text: label.toUpperCase(), style: 'coverLabel' },
      { text: value || '—', style: 'coverValue', margin: [0, 2, 0, 0] },
    ],
    margin: [0, 0, 0, 12],
  };
}

function distribution(list: readonly string[]): Content {
  if (list.length === 0) return coverField('Distribution', 'No distribution list set.');
  return {
    stack: [
      { text: 'DISTRIBUTION', style: 'coverLabel' },
      { ol: [...list], style: 'coverValue', margin: [0, 3, 0, 0] },
    ],
  };
}

/** Builds the cover page; the section itself ends with a page break. */
export function coverSection(ctx: BriefContext): Content[] {
  const { cover, brief } = ctx.plan;
  const status = ctx.ready ? 'Ready for submission' : 'Draft — not yet ready for submission';
  return [
    { text: (cover.organisation || 'Mandate planning brief').toUpperCase(), style: 'coverKicker', margin: [0, 56, 0, 10] },
    { canvas: [{ type: 'rect', x: 0, y: 0, w: 56, h: 4, color: COLORS.accent }], margin: [0, 0, 0, 18] },
    { text: cover.title || 'Untitled plan', style: 'coverTitle' },
    cover.missionName ? { text: cover.missionName, style: 'coverMission', margin: [0, 10, 0, 0] } : '',
    cover.countryRegion ? { text: cover.countryRegion, style: 'coverMission', color: COLORS.muted, margin: [0, 4, 0, 0] } : '',
    { text: 'Planning brief for an atrocity-prevention mandate', fontSize: 10.5, color: COLORS.muted, margin: [0, 18, 0, 0] },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: ctx.contentWidth, y2: 0, lineWidth: 0.6, lineColor: COLORS.rule }], margin: [0, 40, 0, 22] },
    {
      columns: [
        {
          width: '*',
          stack: [
            coverField('Prepared by', cover.author),
            coverField('Organisation', cover.organisation),
            coverField('Date', formatDate(ctx.options.generatedAt)),
            coverField('Mandate status', status),
          ],
        },
        { width: '*', stack: [coverField('Classification', ctx.options.classification || 'None'), distribution(brief.distribution)] },
      ],
      columnGap: 24,
    },
    ctx.options.classification
      ? { text: ctx.options.classification, style: 'coverMarking', margin: [0, 48, 0, 0] }
      : '',
  ];
}
