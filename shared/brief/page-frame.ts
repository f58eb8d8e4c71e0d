/** The frame printed on every page: classification marking top and bottom, title, date and page numbers. */
import type { CanvasElement, Content, DynamicBackground, DynamicContent, Margins } from 'pdfmake/interfaces';
import { COLORS } from './styles';
import { DRAFT_OUTLINE } from './draft-outline';

const SIDE = 62;
/** Top and bottom margins leave room for the marking (and, at the bottom, the footer line above it). */
export const PAGE_MARGINS: [number, number, number, number] = [SIDE, 64, SIDE, 82];

export interface FrameText {
  /** Classification marking; empty prints none. */
  marking: string;
  title: string;
  date: string;
  /** A redacted copy says so top and bottom of every page, with the marking or without one. */
  redacted?: boolean;
}

/** The words that mark a redacted copy on every page. */
export const REDACTED_MARK = 'REDACTED COPY';

/** The line printed top and bottom: the classification, and the redaction mark when there is one. */
const markingOf = (frame: FrameText) => (frame.redacted ? [frame.marking, REDACTED_MARK].filter(Boolean).join(' · ') : frame.marking);

const FOOTER_TITLE_MAX = 90;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function markingLine(marking: string, margin: Margins): Content {
  return { text: marking, style: 'marking', margin };
}

/** Header: the classification marking, centred at the top of every page. */
export function frameHeader(frame: FrameText): DynamicContent {
  const marking = markingOf(frame);
  return () => (marking ? markingLine(marking, [SIDE, 30, SIDE, 0]) : null);
}

/** Footer: a rule, then title · date · "Page X of Y", then the marking again at the very bottom. */
export function frameFooter(frame: FrameText): DynamicContent {
  const title = shorten(frame.title, FOOTER_TITLE_MAX);
  const marking = markingOf(frame);
  return (currentPage, pageCount, pageSize) => {
    const width = pageSize.width - 2 * SIDE;
    const stack: Content[] = [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, lineColor: COLORS.rule }] },
      {
        columns: [
          { text: title, width: '*' },
          { text: frame.date, width: 'auto', margin: [12, 0, 12, 0] },
          { text: `Page ${currentPage} of ${pageCount}`, width: 'auto', alignment: 'right' },
        ],
        style: 'frame',
        margin: [0, 5, 0, 0],
      },
    ];
    if (marking) stack.push(markingLine(marking, [0, 9, 0, 0]));
    return { stack, margin: [SIDE, 20, SIDE, 0] };
  };
}

/** The outline's commands with their coordinate pairs, parsed once. */
const DRAFT_COMMANDS: Array<{ op: string; points: Array<[number, number]> }> = [...DRAFT_OUTLINE.path.matchAll(/([MLQZ])([^MLQZ]*)/g)].map(([, op, args]) => {
  const n = (args ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number);
  const points: Array<[number, number]> = [];
  for (let k = 0; k + 1 < n.length; k += 2) points.push([n[k]!, n[k + 1]!]);
  return { op: op!, points };
});

/**
 * A large diagonal "DRAFT" drawn in the page background, so tables and heat-map colours print on
 * top of it (pdfmake's own watermark is painted over the content and tints every fill). The outline
 * is placed by transforming its points here and drawn with pdfmake 0.3's canvas `path` element,
 * which pdfkit fills with the non-zero rule, so the counters of D, R and A stay open. (An SVG
 * background would do the same but is parsed again for every page, which costs seconds in long briefs.)
 */
export function draftBackground(): DynamicBackground {
  // Every page of a brief has the same size, so the outline is placed once, not once per page.
  const placed = new Map<string, string>();
  return (_page, size) => {
    const key = `${size.width}x${size.height}`;
    let d = placed.get(key);
    if (d === undefined) {
      d = placeOutline(size.width, size.height);
      placed.set(key, d);
    }
    // `path` is drawn by pdfmake 0.3's renderer but missing from @types/pdfmake, hence the cast.
    const mark = { type: 'path', d, color: COLORS.watermark, fillOpacity: 0.07 } as unknown as CanvasElement;
    return { canvas: [mark] };
  };
}

/** The DRAFT outline's path, turned along the page diagonal and centred on a page of this size. */
function placeOutline(width: number, height: number): string {
  const angle = -Math.atan2(height, width);
  const scale = (Math.hypot(width, height) * 0.58) / DRAFT_OUTLINE.width;
  const [cos, sin] = [Math.cos(angle) * scale, Math.sin(angle) * scale];
  const [ox, oy] = [-DRAFT_OUTLINE.width / 2, DRAFT_OUTLINE.height / 2];
  const place = ([x, y]: [number, number]) => {
    const [u, v] = [x + ox, y + oy];
    return `${(width / 2 + u * cos - v * sin).toFixed(1)} ${(height / 2 + u * sin + v * cos).toFixed(1)}`;
  };
  return DRAFT_COMMANDS.map((c) => c.op + c.points.map(place).join(' ')).join('');
}
