/** Two 5×5 heat maps (inherent and residual) drawn as vector graphics, coloured by the plan's bands. */
import type { CanvasElement, Column, Content, TableCell } from 'pdfmake/interfaces';
import type { BriefContext } from './context';
import { binHeatMap, heatMapBands } from '../risks/heat-map';
import type { HeatMap, HeatMapKind } from '../risks/heat-map';
import { bandFor, scoreOf } from '../risks/scoring';
import { BAND_NAMES } from '../plan/schema';
import { emptyNote, registerTable, sectionHeading, subHeading } from './blocks';
import { bandLegend } from './band-legend';
import { BAND_LABELS, IMPACT_LABELS, LIKELIHOOD_LABELS, formatCount } from '../plan/labels';
import { BAND_COLORS, COLORS } from './styles';

const LABEL_W = 64;
const CELL_H = 30;
const COUNT_SIZE = 11;

interface Geometry {
  width: number;
  cellW: number;
  /** The font's line box in ems (from the renderer's metrics): centres a count vertically in its cell. */
  lineBox: number;
}

/** A piece of text placed at an exact spot over the grid (pdfmake canvases cannot hold text). */
function placed(x: number, y: number, width: number, text: string, style: Partial<TableCell & { fontSize: number }>): Content {
  return { relativePosition: { x, y }, columns: [{ width, text, ...style } as Column] };
}

function grid(map: HeatMap, bands: ReturnType<typeof heatMapBands>, g: Geometry): Content[] {
  const height = 5 * CELL_H;
  const rects: CanvasElement[] = [];
  const overlay: Content[] = [];
  for (let l = 5; l >= 1; l--) {
    const y = (5 - l) * CELL_H;
    for (let i = 1; i <= 5; i++) {
      const x = (i - 1) * g.cellW;
      rects.push({ type: 'rect', x, y, w: g.cellW, h: CELL_H, color: BAND_COLORS[bands[l - 1]![i - 1]!], lineColor: '#ffffff', lineWidth: 1.5 });
      const count = map.counts[l - 1]![i - 1]!;
      if (count > 0) {
        const top = y + (CELL_H - COUNT_SIZE * g.lineBox) / 2 - height;
        overlay.push(placed(LABEL_W + x, top, g.cellW, formatCount(count), { alignment: 'center', bold: true, fontSize: COUNT_SIZE, lineHeight: 1 }));
      }
    }
    const labelTop = y + (CELL_H - 2 * 7 * g.lineBox) / 2 - height;
    overlay.push(placed(0, labelTop, LABEL_W - 6, `${LIKELIHOOD_LABELS[l - 1]}\n${l}`, { alignment: 'right', fontSize: 7, lineHeight: 1, color: COLORS.muted }));
  }
  const impactTicks: Content = {
    columns: [
      { width: LABEL_W, text: '' },
      ...IMPACT_LABELS.map((label, i): Column => ({ width: g.cellW, text: `${i + 1}\n${label}`, alignment: 'center', fontSize: 7, lineHeight: 1, color: COLORS.muted })),
    ],
    columnGap: 0,
    margin: [0, 3, 0, 0],
  };
  return [
    { text: 'Likelihood', fontSize: 7, bold: true, color: COLORS.muted, margin: [0, 0, 0, 3] },
    { canvas: rects, margin: [LABEL_W, 0, 0, 0] },
    ...overlay,
    impactTicks,
    { text: 'Impact', fontSize: 7, bold: true, color: COLORS.muted, margin: [LABEL_W, 3, 0, 0], alignment: 'center' },
  ];
}

const TITLES: Record<HeatMapKind, [string, string]> = {
  inherent: ['Inherent risk', 'before treatment'],
  residual: ['Residual risk', 'after planned treatment'],
};

function heatMapBlock(ctx: BriefContext, kind: HeatMapKind, g: Geometry): Column {
  const map = binHeatMap(ctx.plan.risks.items, kind);
  const [title, subtitle] = TITLES[kind];
  return {
    width: g.width,
    stack: [
      { text: [{ text: title, bold: true, color: COLORS.accent, fontSize: 10.5 }, { text: `  ${subtitle} · ${formatCount(map.total)} live ${map.total === 1 ? 'risk' : 'risks'}`, style: 'small' }], margin: [0, 0, 0, 8] },
      ...grid(map, heatMapBands(ctx.plan.risks.bands), g),
    ],
  };
}

function bandCounts(ctx: BriefContext): Content {
  const live = ctx.plan.risks.items.filter((r) => r.status !== 'closed');
  const counts = (kind: 'inherent' | 'residual' | 'target') => {
    const c = Object.fromEntries(BAND_NAMES.map((b) => [b, 0])) as Record<(typeof BAND_NAMES)[number], number>;
    for (const r of live) c[bandFor(scoreOf(r, kind), ctx.plan.risks.bands)] += 1;
    return c;
  };
  const inherent = counts('inherent');
  const residual = counts('residual');
  const target = counts('target');
  const rows = [...BAND_NAMES].reverse().map((b): TableCell[] => [
    { text: BAND_LABELS[b], bold: true, fillColor: BAND_COLORS[b] },
    { text: formatCount(inherent[b]), alignment: 'right' },
    { text: formatCount(residual[b]), alignment: 'right' },
    { text: formatCount(target[b]), alignment: 'right' },
  ]);
  return registerTable({ widths: [80, 60, 60, 60], headers: ['Band', 'Inherent', 'Residual', 'Target'], rows, align: ['left', 'right', 'right', 'right'] });
}

/** Section: heat maps side by side, the band key and the count of live risks per band. */
export function heatMapSection(ctx: BriefContext, n: string): Content[] {
  const heading = sectionHeading(n, 'Risk heat map');
  const live = ctx.plan.risks.items.filter((r) => r.status !== 'closed').length;
  if (live === 0) {
    return [heading, emptyNote(ctx.plan.risks.items.length === 0 ? 'No risks recorded yet.' : 'All recorded risks are closed; there is nothing left to map.')];
  }
  const gap = 24;
  const width = (ctx.contentWidth - gap) / 2;
  const g: Geometry = { width, cellW: (width - LABEL_W) / 5, lineBox: ctx.metrics.lineHeight };
  return [
    heading,
    { text: 'Number of live (not closed) risks in each cell of likelihood by impact. Cells are coloured by the score band of likelihood × impact.', style: 'lead' },
    { columns: [heatMapBlock(ctx, 'inherent', g), heatMapBlock(ctx, 'residual', g)], columnGap: gap, unbreakable: true, margin: [0, 6, 0, 16] },
    bandLegend(ctx.plan.risks.bands),
    subHeading(`${n}.1`, 'Live risks by band'),
    bandCounts(ctx),
  ];
}
