/** Helpers for reading a pdfmake document definition in tests, the way a reader scans the brief. */
import type { Content, ContentTable, TDocumentDefinitions } from 'pdfmake/interfaces';

type Node = Record<string, unknown>;

/** Every object node of the content tree, depth first. */
export function nodes(content: Content | undefined): Node[] {
  const out: Node[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const node = value as Node;
    out.push(node);
    for (const key of ['stack', 'columns', 'ul', 'ol', 'text', 'content']) if (key in node) visit(node[key]);
    if (node.table) visit((node.table as ContentTable['table']).body);
    if (node.toc) visit((node.toc as { title?: unknown }).title);
  };
  visit(content);
  return out;
}

/** All text in the tree, joined with spaces. */
export function textOf(content: unknown): string {
  const parts: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string' || typeof value === 'number') return void parts.push(String(value));
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const node = value as Node;
    for (const key of ['text', 'stack', 'columns', 'ul', 'ol']) if (key in node) visit(node[key]);
    if (node.table) visit((node.table as ContentTable['table']).body);
  };
  visit(content);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Headings that feed the table of contents, in order. */
export function tocEntries(doc: TDocumentDefinitions): string[] {
  return nodes(doc.content).filter((n) => n.tocItem).map((n) => String(n.text));
}

/** Tables whose header row starts with the given label. */
export function tablesStartingWith(doc: TDocumentDefinitions, firstHeader: string): ContentTable[] {
  return nodes(doc.content)
    .filter((n) => n.table)
    .map((n) => n as unknown as ContentTable)
    .filter((t) => textOf(t.table.body[0]?.[0] as Content) === firstHeader);
}
