/**
 * Merge results in words a planner reads: "Risk R-004 "Militia build-up" › owner" rather than a
 * document path. Generic over the plan: a few collection names are known, anything else is named
 * from its field names, so new fields still get readable (if plainer) labels.
 */
import { docValueAt, fromDocValue, ITEMS } from './doc-shape';
import type { Json } from './doc-shape';

/** What one element of a known list is called. */
const ELEMENT_NAMES: Record<string, string> = {
  'risks.items': 'Risk',
  'mandate.clauses': 'Clause',
  'capabilities.items': 'Checklist item',
  'mission.tripwires': 'Tripwire',
  'situation.riskFactors': 'Risk factor',
  'mission.planning.benchmarks': 'Benchmark',
  evidence: 'Evidence',
  actions: 'Action',
  history: 'History entry',
  bands: 'Score band',
};

/** `residualLikelihood` → `residual likelihood`. */
export const fieldWords = (field: string) => field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

const clip = (text: string, max = 48) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function elementName(list: string[], key: string, element: unknown): string {
  const kind = ELEMENT_NAMES[list.join('.')] ?? ELEMENT_NAMES[list[list.length - 1] ?? ''] ?? `${fieldWords(list[list.length - 1] ?? 'list')} entry`;
  const value = element === undefined ? null : fromDocValue(element);
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const ref = typeof value['ref'] === 'string' && value['ref'] ? value['ref'] : null;
    const title = ['title', 'event', 'opening', 'text', 'field'].map((k) => value[k]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (kind === 'Risk factor' && typeof value['factor'] === 'number') return `Risk factor ${value['factor']}`;
    if (ref && title) return `${kind} ${ref} "${clip(title)}"`;
    if (ref || title) return `${kind} ${ref ?? `"${clip(title!)}"`}`;
  }
  if (typeof value === 'string') return `${kind} "${clip(value)}"`;
  return kind;
}

/** Readable name of a document path, looking elements up in the given document views (first that has it). */
export function describePath(path: readonly string[], roots: readonly unknown[]): string {
  const parts: string[] = [];
  let list: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    if (step === ITEMS && i + 1 < path.length) {
      const elementKey = path[i + 1]!;
      const elementPath = path.slice(0, i + 2);
      const element = roots.map((root) => docValueAt(root, elementPath)).find((v) => v !== undefined);
      // Parts that named the list are replaced by the element's own name ("Risk R-004", not "risks › items › Risk R-004").
      parts.splice(parts.length - list.length, list.length, elementName(list, elementKey, element));
      list = [];
      i++;
      continue;
    }
    list.push(step);
    parts.push(fieldWords(step));
  }
  const [first, ...rest] = parts;
  return [first ? first.charAt(0).toUpperCase() + first.slice(1) : 'Plan', ...rest].join(' › ');
}

/**
 * One line per thing a side changed: "Added Risk R-0012 …", "Deleted Clause …", "Changed Risk
 * R-0003 …: owner, cause", "Changed Cover: title". Grouped at the first list element on the path.
 */
export function summarise(paths: readonly string[][], baseRoot: unknown, sideRoot: unknown): string[] {
  const groups = new Map<string, { place: string[]; fields: Set<string> }>();
  for (const path of paths) {
    const at = path.indexOf(ITEMS);
    const place = at >= 0 && at + 1 < path.length ? path.slice(0, at + 2) : path.slice(0, Math.min(path.length, 1));
    const field = path[place.length];
    const id = place.join('\u0000');
    const group = groups.get(id) ?? { place, fields: new Set<string>() };
    if (field !== undefined) group.fields.add(field === ITEMS ? 'entries' : fieldWords(field));
    groups.set(id, group);
  }
  const lines: string[] = [];
  for (const { place, fields } of groups.values()) {
    const inBase = docValueAt(baseRoot, place) !== undefined;
    const inSide = docValueAt(sideRoot, place) !== undefined;
    const name = describePath(place, [sideRoot, baseRoot]);
    if (!inBase && inSide) lines.push(`Added ${name}`);
    else if (inBase && !inSide) lines.push(`Deleted ${name}`);
    else lines.push(`Changed ${name}${fields.size > 0 ? `: ${[...fields].sort().join(', ')}` : ''}`);
  }
  return lines.sort();
}

/** A value in a line of text, for the CLI and the conflict list. */
export function valueWords(value: Json, deleted: boolean): string {
  if (deleted) return '(deleted)';
  if (typeof value === 'string') return value === '' ? '(empty)' : JSON.stringify(clip(value, 200));
  return clip(JSON.stringify(value), 200);
}
