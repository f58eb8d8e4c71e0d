import { describe, expect, it } from 'vitest';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { reorderLine, visualOrder } from '../../electron/services/pdf/bidi-lines';
import { splitFontRuns } from '../../electron/services/pdf/font-runs';

const doc = (content: Content, extra: Partial<TDocumentDefinitions> = {}): TDocumentDefinitions => ({ content, ...extra });
type Run = { text: string; font?: string; bidiLevel?: number; bold?: boolean };
const runsOf = (node: unknown) => (node as { text: Run[] }).text;

describe('splitting texts into font runs', () => {
  it('leaves a text Roboto prints alone exactly as it was', () => {
    const content = ['Lévèque, Östmark, Северный Карст', { text: 'Plain', bold: true }];
    const report = splitFontRuns(doc(content));
    expect(content).toEqual(['Lévèque, Östmark, Северный Карст', { text: 'Plain', bold: true }]);
    expect(report.families.size).toBe(0);
    expect(report.rightToLeft).toBe(false);
  });

  it('gives a Latin line with one Arabic name a run per font, with the levels of the bidi algorithm', () => {
    const content: Content[] = ['Meeting with ليلى حداد on 3 May'];
    splitFontRuns(doc(content));
    expect(runsOf(content[0])).toEqual([
      { text: 'Meeting with ', bidiLevel: 0 },
      { text: 'ليلى حداد', font: 'NotoSansArabic', characterSpacing: 0, bidiLevel: 1 },
      // The space after the name is Arabic-font (it follows the name) but left to right (level 0).
      { text: ' ', font: 'NotoSansArabic', characterSpacing: 0, bidiLevel: 0 },
      { text: 'on 3 May', bidiLevel: 0 },
    ]);
  });

  it('splits Chinese and Hebrew out of table cells, the runs inheriting the cell\'s style', () => {
    const table: Content = { table: { body: [[{ text: '王小明 (liaison)', bold: true }, 'נועה']] } };
    const report = splitFontRuns(doc([table]));
    const [first, second] = (table as { table: { body: unknown[][] } }).table.body[0]!;
    expect(first).toMatchObject({ bold: true });
    expect(runsOf(first)).toEqual([{ text: '王小明', font: 'NotoSansSC' }, { text: ' (liaison)' }]);
    expect(runsOf(second)).toEqual([{ text: 'נועה', font: 'NotoSansHebrew', bidiLevel: 1 }]);
    expect([...report.families].sort()).toEqual(['NotoSansHebrew', 'NotoSansSC']);
  });

  it('mirrors brackets inside right-to-left text, as the bidi algorithm asks', () => {
    const content: Content[] = ['(حلب)'];
    splitFontRuns(doc(content));
    // A right-to-left paragraph: the brackets are drawn reversed, so they are swapped first.
    expect(runsOf(content[0]).map((r) => r.text).join('')).toBe(')حلب(');
  });

  it('keeps the heading\'s own text for its bookmark', () => {
    const heading = { text: '2  حلب office', tocItem: true } as Content & { outlineText?: string };
    splitFontRuns(doc([heading]));
    expect(heading.outlineText).toBe('2  حلب office');
  });

  it('splits the running header and footer page by page, and reports the fonts they use', () => {
    const used: string[][] = [];
    const definition = doc([], { footer: (page: number) => ({ text: `Page ${page} · 北京市` }) });
    splitFontRuns(definition, (report) => used.push([...report.families]));
    const footer = (definition.footer as (page: number, pages: number, size: unknown) => Content)(2, 5, null);
    expect(runsOf(footer)).toEqual([{ text: 'Page 2 · ' }, { text: '北京市', font: 'NotoSansSC' }]);
    expect(used.at(-1)).toEqual(['NotoSansSC']);
  });

  it('reports characters no shipped font has, and leaves them in the run they follow', () => {
    const content: Content[] = ['Flood 🌊 warning'];
    const report = splitFontRuns(doc(content));
    expect([...report.missing]).toEqual(['🌊']);
  });
});

describe('lines in visual order', () => {
  const inline = (text: string, bidiLevel: number, width = 10) => ({ text, bidiLevel, x: 0, width });

  it('reverses right-to-left words and keeps numbers inside them left to right (rule L2)', () => {
    const words = [inline('Hello ', 0), inline('A1 ', 1), inline('A2 ', 1), inline('12', 2), inline(' ', 1), inline('A3', 1), inline(' end', 0)];
    expect(visualOrder(words).map((w) => w.text)).toEqual(['Hello ', 'A3', ' ', '12', 'A2 ', 'A1 ', ' end']);
  });

  it('lays the words out from the line\'s left edge and puts everything back after drawing', () => {
    const line = { inlines: [inline('אב', 1, 5), inline('، ', 1, 7), inline('גד', 1, 3)] };
    line.inlines.forEach((w, i, all) => (w.x = 2 + all.slice(0, i).reduce((s, p) => s + p.width, 0)));
    const restore = reorderLine(line);
    expect(line.inlines.map((w) => [w.text, w.x])).toEqual([
      ['גד', 2],
      // Punctuation fontkit does not reverse (no right-to-left letter in it) is reversed here.
      [' ،', 5],
      ['אב', 12],
    ]);
    restore();
    expect(line.inlines.map((w) => [w.text, w.x])).toEqual([
      ['אב', 2],
      ['، ', 7],
      ['גד', 14],
    ]);
  });
});

describe('texts made of items', () => {
  it('runs the bidi algorithm over the whole paragraph, nested items flattened as pdfmake does, each keeping its own style', () => {
    const node = { text: ['Owner: ', { text: [{ text: 'ليلى', bold: true }, ' ', 'حداد'] }], tocItem: true } as Content & { outlineText?: string };
    splitFontRuns(doc([node]));
    expect(runsOf(node)).toEqual([
      { text: 'Owner: ', bidiLevel: 0 },
      { text: 'ليلى', bold: true, font: 'NotoSansArabic', characterSpacing: 0, bidiLevel: 1 },
      // The space between two Arabic words is right to left too: it belongs to the name.
      { text: ' ', bidiLevel: 1 },
      { text: 'حداد', font: 'NotoSansArabic', characterSpacing: 0, bidiLevel: 1 },
    ]);
    expect(node.outlineText).toBe('Owner: ليلى حداد');
  });
});
