/**
 * How a plan's JSON maps onto an Automerge document and back (docs/merge.md §1). Generic on
 * purpose: it never looks at the plan schema, so fields added later merge without code changes.
 * Objects are maps, every string is a whole-value register (two drafts of one paragraph are a
 * conflict to decide, never an interleaving), and an array is a map of elements keyed by their
 * stable id plus a list that orders the keys.
 */
import * as A from './automerge';
import { createHash } from 'node:crypto';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** The two keys of an array's map; plan keys are identifiers, so they never begin with `@`. */
export const ORDER = '@order';
export const ITEMS = '@items';

export const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The element's own id when it has one: what keeps a risk or a clause itself when reordered or renamed. */
export function idOf(element: Json): string | null {
  return isObject(element) && typeof element['id'] === 'string' && element['id'] !== '' ? element['id'] : null;
}

/** Canonical JSON (sorted keys): equal values give equal text whatever order their keys came in. */
export function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k]!)}`).join(',')}}`;
  return JSON.stringify(value);
}

/**
 * Key for an element without an id that was added after the history started: a hash of its
 * content, so both sides adding the same indicator add the same key (it appears once) and both
 * sides appending different history entries add different keys (both survive). `~` and `#` are
 * not allowed in ids, so these never collide with one.
 */
export function contentKey(element: Json, taken: ReadonlySet<string>): string {
  const base = `~${createHash('sha256').update(canonical(element)).digest('base64url').slice(0, 12)}`;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}.${n}`;
  return key;
}

/** Keys for the elements of an array that enters the history whole (the start, or a new array). */
export function initialKeys(elements: readonly Json[]): string[] {
  const taken = new Set<string>();
  return elements.map((element, index) => {
    const id = idOf(element);
    let key = id !== null && !taken.has(id) ? id : `#${index}`;
    if (taken.has(key)) key = contentKey(element, taken);
    taken.add(key);
    return key;
  });
}

/** The value to store in the document for a JSON value (keys in sorted order, so the same plan always makes the same operations). */
export function toDocValue(value: Json): unknown {
  if (typeof value === 'string') return new A.ImmutableString(value);
  if (Array.isArray(value)) {
    const keys = initialKeys(value);
    const items: Record<string, unknown> = {};
    keys.forEach((key, i) => (items[key] = toDocValue(value[i]!)));
    return { [ITEMS]: sortedObject(items), [ORDER]: keys.map((k) => new A.ImmutableString(k)) };
  }
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = toDocValue(value[key]!);
    return out;
  }
  return value;
}

function sortedObject(items: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(items).sort()) out[key] = items[key];
  return out;
}

const text = (value: unknown): string => (A.isImmutableString(value) ? value.val : String(value));

/** True for the map an array is stored as. */
export const isArrayMap = (value: unknown): boolean => value !== null && typeof value === 'object' && !Array.isArray(value) && ORDER in (value as object) && ITEMS in (value as object);

/**
 * The element keys of a stored array in the order the plan shows them: the order list with
 * repeats dropped (two sides that moved one entry each insert it once) and keys no longer held
 * dropped, then any held key the list lost, in key order. Never a key twice, never one lost.
 */
export function orderedKeys(stored: { [ORDER]: unknown; [ITEMS]: unknown }): string[] {
  const items = stored[ITEMS] as Record<string, unknown>;
  const seen = new Set<string>();
  const keys: string[] = [];
  for (const entry of stored[ORDER] as unknown[]) {
    const key = text(entry);
    if (seen.has(key) || !(key in items)) continue;
    seen.add(key);
    keys.push(key);
  }
  for (const key of Object.keys(items).sort()) if (!seen.has(key)) keys.push(key);
  return keys;
}

/** The JSON value held at a point of the document (or of a view of it at some heads). */
export function fromDocValue(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (A.isImmutableString(value)) return value.val;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(fromDocValue);
  if (isArrayMap(value)) {
    const stored = value as { [ORDER]: unknown; [ITEMS]: Record<string, unknown> };
    return orderedKeys(stored).map((key) => fromDocValue(stored[ITEMS][key]));
  }
  if (typeof value === 'object') {
    const out: JsonObject = {};
    for (const key of Object.keys(value)) out[key] = fromDocValue((value as Record<string, unknown>)[key]);
    return out;
  }
  // Counters, dates and bytes never come from a plan; a hand-made document gets them as text.
  return String(value);
}

/** The value at a document path (`['risks', 'items', '@items', 'risk-1']`), or undefined when absent. */
export function docValueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let at: unknown = root;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}
