/** Small building blocks the sections share: headings that feed the contents, notes, tables. */
import type { Content, ContentStack, ContentTable, TableCell } from 'pdfmake/interfaces';
import { factsLayout, registerLayout } from './styles';

/** A numbered section heading that appears in the contents and in the PDF bookmarks. */
export function sectionHeading(number: string, title: string): Content {
  return { text: `${number}  ${title}`, style: 'h1', tocItem: true, tocStyle: 'tocEntry', tocMargin: [0, 6, 0, 2], headlineLevel: 1 };
}

/** A sub-heading listed, indented, under its section in the contents. */
export function subHeading(number: string, title: string): Content {
  return { text: `${number}  ${title}`, style: 'h2', tocItem: true, tocStyle: 'tocSubEntry', tocMargin: [16, 1, 0, 1], headlineLevel: 2 };
}

/** What an empty section says instead of disappearing. */
export function emptyNote(text: string): Content {
  return { text, style: 'note' };
}

/** Plain paragraph, or nothing when the planner left the field empty. */
export function paragraphs(text: string): Content[] {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ text: p, style: 'paragraph' }));
}

/** Label/value rows (the "key facts" look); values may be rich content. */
export function factsTable(rows: Array<[string, Content]>, labelWidth = 150): Content {
  return {
    table: {
      widths: [labelWidth, '*'],
      body: rows.map(([label, value]): TableCell[] => [{ text: label, style: 'label' }, value as TableCell]),
    },
    layout: factsLayout,
    margin: [0, 0, 0, 8],
  };
}

export interface RegisterTableSpec {
  widths: ContentTable['table']['widths'];
  headers: string[];
  rows: TableCell[][];
  /** Header alignment per column, so headings sit over right-aligned figures. */
  align?: Array<'left' | 'center' | 'right'>;
}

/**
 * Most text a row may hold and still be kept whole: even in the narrowest column that takes user
 * text (about 14 characters a line) it stays well under a page. pdfmake silently drops a row that
 * must not break but is taller than a page, so a table with a longer row lets its rows break instead.
 */
const ROW_KEEP_MAX = 600;

/** A data table whose header row repeats on every page and never sits alone at a page foot. */
export function registerTable(spec: RegisterTableSpec): ContentTable {
  // keepWithHeaderRows makes the header and first row one unbreakable block, with the same risk.
  const rowsFit = spec.rows.every((row) => roughSize(row) <= ROW_KEEP_MAX);
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: rowsFit ? 1 : 0,
      dontBreakRows: rowsFit,
      widths: spec.widths,
      body: [spec.headers.map((h, i): TableCell => ({ text: h, style: 'tableHeader', alignment: spec.align?.[i] ?? 'left' })), ...spec.rows],
    },
    layout: registerLayout,
    style: 'tableCell',
    margin: [0, 0, 0, 10],
  };
}

/** Rough printed size of a block in characters, counting table rows as a line each. */
function roughSize(node: unknown): number {
  if (typeof node === 'string') return node.length;
  if (Array.isArray(node)) return node.reduce((n: number, child) => n + roughSize(child), 0);
  if (node && typeof node === 'object') {
    let n = 0;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'text' || key === 'stack' || key === 'table' || key === 'body' || key === 'columns' || key === 'ul' || key === 'ol') n += roughSize(value);
      if (key === 'body' && Array.isArray(value)) n += value.length * 60;
    }
    return n;
  }
  return 0;
}

/** Well under a page even in narrow columns, so keeping it whole can never push text off the page. */
const KEEP_TOGETHER_MAX = 1800;

/**
 * Keeps a heading on the same page as the short block that follows it. Long blocks are left to
 * break across pages: pdfmake keeps only the first page of an unbreakable block taller than a page.
 */
export function withHeading(heading: Content, block: Content[]): Content[] {
  if (roughSize(block) > KEEP_TOGETHER_MAX) return [heading, ...block];
  return [{ stack: [heading, ...block], unbreakable: true }];
}

/** Keeps a short block whole; long ones may break, for the same reason as withHeading. */
export function keepTogether(block: Content[]): ContentStack {
  return roughSize(block) > KEEP_TOGETHER_MAX ? { stack: block } : { stack: block, unbreakable: true };
}

type Margin4 = [number, number, number, number];

function asMargin4(m: unknown): Margin4 | null {
  if (typeof m === 'number') return [m, m, m, m];
  if (Array.isArray(m) && m.length === 2) return [m[0], m[1], m[0], m[1]];
  if (Array.isArray(m) && m.length === 4) return [m[0], m[1], m[2], m[3]];
  return null;
}

/**
 * Removes the bottom margin of a section's last element (own or from its style). pdfmake moves to
 * a new page when a bottom margin does not fit, and the next section's page break then leaves a
 * blank page behind.
 */
export function trimTrailingMargin(content: Content, styleMargins: (style: string) => unknown): void {
  if (Array.isArray(content)) {
    const last = content[content.length - 1];
    if (last !== undefined) trimTrailingMargin(last, styleMargins);
    return;
  }
  if (!content || typeof content !== 'object') return;
  const node = content as { margin?: unknown; style?: unknown; stack?: Content[]; columns?: Content[] };
  const styleNames = typeof node.style === 'string' ? [node.style] : Array.isArray(node.style) ? node.style.filter((s): s is string => typeof s === 'string') : [];
  const inherited = styleNames.map(styleMargins).reverse().find((m) => m !== undefined);
  const margin = asMargin4(node.margin ?? inherited);
  if (margin) node.margin = [margin[0], margin[1], margin[2], 0];
  if (node.stack) trimTrailingMargin(node.stack, styleMargins);
  if (node.columns) node.columns.forEach((c) => trimTrailingMargin(c, styleMargins));
}
