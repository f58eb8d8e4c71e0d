/** The frame printed on every page: classification marking top and bottom, title, date and page numbers. */
import type { CanvasElement, Content, DynamicBackground, DynamicContent, Margins } from 'pdfmake/interfaces';
import { COLORS, defaultStyle, styles } from './styles';
import { DRAFT_OUTLINE } from './draft-outline';
import { frameText, MAX_RUN } from './safe-text';
import { fitLine, maxLineCount } from './metrics';
import type { BriefMetrics, TextStyle } from './metrics';

const SIDE = 62;
/** Top and bottom margins for a one-line marking (or none); a longer marking widens them. */
export const PAGE_MARGINS: [number, number, number, number] = [SIDE, 64, SIDE, 82];

export interface FrameText {
  /** Classification marking; empty prints none. */
  marking: string;
  title: string;
  date: string;
  /** A redacted copy says so top and bottom of every page, with the marking or without one. */
  redacted?: boolean;
}

/** The narrowest page the brief prints on (A4; Letter is wider), less the side margins. */
const NARROWEST_WIDTH = 595.28 - 2 * SIDE;
/** The highest page number the brief's page cap allows, as printed in "Page X of Y". */
const WIDEST_PAGE_LABEL = 'Page 88888 of 88888';
/** Room between the footer's title, date and page number (the date column's side margins). */
const GAPS = 24;
/** The words that mark a redacted copy on every page. */
export const REDACTED_MARK = 'REDACTED COPY';

/** The line printed top and bottom: the classification, and the redaction mark when there is one. */
const markingOf = (frame: FrameText) => (frame.redacted ? [frame.marking, REDACTED_MARK].filter(Boolean).join(' · ') : frame.marking);

const styleOf = (name: 'marking' | 'frame'): TextStyle => {
  const s = styles[name]!;
  return { fontSize: s.fontSize ?? 9.5, bold: s.bold === true, characterSpacing: s.characterSpacing ?? 0 };
};

/**
 * The frame's text made to fit: the marking on as many lines as it needs (printed whole), the
 * title shortened to one line. Line breaks in either are collapsed, long words broken (safeText).
 */
export interface FrameLayout {
  marking: string;
  markingLines: number;
  title: string;
  date: string;
  margins: [number, number, number, number];
}

/** Works out the frame once per brief; `frameHeader`, `frameFooter` and the page margins use it. */
export function layoutFrame(frame: FrameText, metrics: BriefMetrics): FrameLayout {
  const marking = frameText(markingOf(frame));
  const markingStyle = styleOf('marking');
  const frameStyle = styleOf('frame');
  const longestPiece = metrics.maxTextWidth('W'.repeat(MAX_RUN), markingStyle);
  const markingLines = marking ? maxLineCount(metrics, marking, NARROWEST_WIDTH, markingStyle, longestPiece) : 1;
  // The brief sets its own line height on top of the font's.
  const line = metrics.lineHeight * (defaultStyle.lineHeight ?? 1);
  const extra = Math.ceil((markingLines - 1) * line * markingStyle.fontSize);
  const titleWidth = NARROWEST_WIDTH - metrics.maxTextWidth(frame.date, frameStyle) - metrics.maxTextWidth(WIDEST_PAGE_LABEL, frameStyle) - GAPS;
  return {
    marking,
    markingLines,
    title: fitLine(metrics, frameText(frame.title), titleWidth, frameStyle),
    date: frameText(frame.date),
    margins: [SIDE, PAGE_MARGINS[1] + extra, SIDE, PAGE_MARGINS[3] + extra],
  };
}

function markingLine(marking: string, margin: Margins): Content {
  return { text: marking, style: 'marking', margin };
}

/** Header: the classification marking, centred at the top of every page. */
export function frameHeader(frame: FrameLayout): DynamicContent {
  return () => (frame.marking ? markingLine(frame.marking, [SIDE, 30, SIDE, 0]) : null);
}

/** Footer: a rule, then title · date · "Page X of Y", then the marking again at the very bottom. */
export function frameFooter(frame: FrameLayout): DynamicContent {
  return (currentPage, pageCount, pageSize) => {
    const width = pageSize.width - 2 * SIDE;
    const stack: Content[] = [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, lineColor: COLORS.rule }] },
      {
        columns: [
          // noWrap: whatever the estimate missed overlaps the date rather than pushing "Page X of Y" off the page.
          { text: frame.title, width: '*', noWrap: true },
          { text: frame.date, width: 'auto', margin: [12, 0, 12, 0], noWrap: true },
          { text: `Page ${currentPage} of ${pageCount}`, width: 'auto', alignment: 'right', noWrap: true },
        ],
        style: 'frame',
        margin: [0, 5, 0, 0],
      },
    ];
    if (frame.marking) stack.push(markingLine(frame.marking, [0, 9, 0, 0]));
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
