/** The frame printed on every page: classification marking top and bottom, title, date and page numbers. */
import type { Content, DynamicContent, Margins } from 'pdfmake/interfaces';
import { COLORS } from './styles';

const SIDE = 62;
/** Top and bottom margins leave room for the marking (and, at the bottom, the footer line above it). */
export const PAGE_MARGINS: [number, number, number, number] = [SIDE, 64, SIDE, 82];

export interface FrameText {
  /** Classification marking; empty prints none. */
  marking: string;
  title: string;
  date: string;
}

const FOOTER_TITLE_MAX = 90;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function markingLine(marking: string, margin: Margins): Content {
  return { text: marking, style: 'marking', margin };
}

/** Header: the classification marking, centred at the top of every page. */
export function frameHeader(frame: FrameText): DynamicContent {
  return () => (frame.marking ? markingLine(frame.marking, [SIDE, 30, SIDE, 0]) : null);
}

/** Footer: a rule, then title · date · "Page X of Y", then the marking again at the very bottom. */
export function frameFooter(frame: FrameText): DynamicContent {
  const title = shorten(frame.title, FOOTER_TITLE_MAX);
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
    if (frame.marking) stack.push(markingLine(frame.marking, [0, 9, 0, 0]));
    return { stack, margin: [SIDE, 20, SIDE, 0] };
  };
}
