/**
 * Applies safeText to every text of a pdfmake document definition's content: the one place where
 * plan text enters the brief, so no section can forget it. Only text is touched: styles, ids,
 * widths, canvas and layout values are strings too, and pass unchanged.
 */
import type { Content } from 'pdfmake/interfaces';
import { safeText } from './safe-text';

type Node = Content | Content[] | string | number | boolean | null | undefined | Record<string, unknown>;

/** Keys whose value is content (a node, or a list of nodes). */
const CONTENT_KEYS = ['stack', 'columns', 'ol', 'ul'] as const;

/** How much text the definition holds: characters, and line breaks (each starts a line, however short). */
export interface TextVolume {
  chars: number;
  breaks: number;
  /** Leaf texts (table cells, paragraphs, list items): each takes at least one line. */
  pieces: number;
}

function safeNode(node: Node, volume: TextVolume): Node {
  if (typeof node === 'string') {
    const safe = safeText(node);
    volume.chars += safe.length;
    volume.pieces += 1;
    for (let i = safe.indexOf('\n'); i !== -1; i = safe.indexOf('\n', i + 1)) volume.breaks += 1;
    return safe;
  }
  if (Array.isArray(node)) return node.map((n) => safeNode(n as Node, volume)) as Content[];
  if (node === null || typeof node !== 'object') return node;
  const obj = node as Record<string, unknown>;
  let out: Record<string, unknown> | null = null;
  const set = (key: string, value: unknown) => {
    if (value === obj[key]) return;
    out ??= { ...obj };
    out[key] = value;
  };
  if ('text' in obj) set('text', safeNode(obj.text as Node, volume));
  for (const key of CONTENT_KEYS) if (key in obj) set(key, safeNode(obj[key] as Node, volume));
  const table = obj.table as { body?: unknown[][] } | undefined;
  if (table && Array.isArray(table.body)) set('table', { ...table, body: table.body.map((row) => (row as Node[]).map((cell) => safeNode(cell, volume))) });
  const toc = obj.toc as { title?: Node } | undefined;
  if (toc?.title !== undefined) set('toc', { ...toc, title: safeNode(toc.title, volume) });
  return (out ?? obj) as Node;
}

/** The content with every text made safe to print (see safe-text.ts), and how much text it holds; the input is not changed. */
export function safeDocument(content: Content[]): { content: Content[]; volume: TextVolume } {
  const volume: TextVolume = { chars: 0, breaks: 0, pieces: 0 };
  return { content: safeNode(content, volume) as Content[], volume };
}
