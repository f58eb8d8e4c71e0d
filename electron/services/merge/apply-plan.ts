/**
 * One save as Automerge operations: the new plan compared with the one the document holds, and
 * only what differs written (inside an Automerge.change callback). Writing the least keeps a
 * save's change small and, above all, makes two copies' changes touch the same values only where
 * both planners really changed the same thing, which is where a merge must ask.
 */
import * as A from './automerge';
import { canonical, contentKey, idOf, isArrayMap, isObject, ITEMS, orderedKeys, ORDER, toDocValue } from './doc-shape';
import type { Json, JsonObject } from './doc-shape';

type DocMap = Record<string, unknown>;
type DocList = unknown[] & { insertAt(index: number, ...values: unknown[]): void; deleteAt(index: number, count?: number): void };

/** Writes into `target` (a map of the document) what turns `before` into `after`. */
export function applyObject(target: DocMap, before: JsonObject, after: JsonObject): void {
  // Both loops in sorted order: a catch-up change must not depend on the key order of the plan object it starts from.
  for (const key of Object.keys(before).sort()) if (!(key in after)) delete target[key];
  for (const key of Object.keys(after).sort()) {
    if (!(key in before)) target[key] = toDocValue(after[key]!);
    else applyValue(target, key, before[key]!, after[key]!);
  }
}

function applyValue(parent: DocMap, key: string, before: Json, after: Json): void {
  if (sameJson(before, after)) return;
  const current = parent[key];
  if (isObject(before) && isObject(after) && isPlainMap(current)) return applyObject(current as DocMap, before, after);
  if (Array.isArray(before) && Array.isArray(after) && isArrayMap(current)) return applyArray(current as DocMap, before, after);
  parent[key] = toDocValue(after);
}

const isPlainMap = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value) && !A.isImmutableString(value) && !isArrayMap(value);

/** Deep equality of two JSON values; cheap next to reading the document, so unchanged parts are never read. */
export function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i]!, b[i]!)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!(key in b) || !sameJson(a[key]!, b[key]!)) return false;
  return true;
}

/**
 * Keys for the new elements. An element with an id keeps its id. One without keeps the key of an
 * equal old element, else takes the place of an old one that is gone (an edited risk factor stays
 * one entry whose fields changed), else gets a key from its content.
 */
function keysFor(beforeKeys: readonly string[], before: readonly Json[], after: readonly Json[]): string[] {
  const keys = new Array<string | null>(after.length).fill(null);
  const used = new Set<string>();
  after.forEach((element, i) => {
    const id = idOf(element);
    if (id !== null && !used.has(id)) {
      keys[i] = id;
      used.add(id);
    }
  });
  // Old elements that were not keyed by their own id: the ones an id-less new element may keep.
  const candidates: { key: string; text: string }[] = [];
  beforeKeys.forEach((key, i) => {
    if (key !== idOf(before[i]!) && !used.has(key)) candidates.push({ key, text: canonical(before[i]!) });
  });
  const claim = (match: (candidate: { key: string; text: string }) => boolean) => {
    const found = candidates.find((candidate) => !used.has(candidate.key) && match(candidate));
    if (found) used.add(found.key);
    return found?.key ?? null;
  };
  if (candidates.length > 0) {
    after.forEach((element, i) => {
      if (keys[i] !== null) return;
      const text = canonical(element);
      keys[i] = claim((candidate) => candidate.text === text);
    });
  }
  after.forEach((element, i) => {
    if (keys[i] === null && idOf(element) === null) keys[i] = claim(() => true);
  });
  const taken = new Set([...beforeKeys, ...used]);
  return after.map((element, i) => {
    const kept = keys[i];
    if (kept !== null && kept !== undefined) return kept;
    const key = contentKey(element, taken);
    taken.add(key);
    return key;
  });
}

/**
 * The keys of the stored elements, in the order the plan shows them. An element with an id is
 * always stored under its id, so a list of elements that all have distinct ids needs no reading of
 * the document: a save of the 5,000-risk plan then touches only what changed.
 */
function storedKeys(stored: DocMap, before: readonly Json[]): string[] {
  const ids = before.map(idOf);
  if (ids.every((id) => id !== null) && new Set(ids).size === ids.length) return ids as string[];
  return orderedKeys(stored as { [ORDER]: unknown; [ITEMS]: unknown });
}

const sameKeys = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((key, i) => key === b[i]);

function applyArray(stored: DocMap, before: readonly Json[], after: readonly Json[]): void {
  const items = stored[ITEMS] as DocMap;
  const beforeKeys = storedKeys(stored, before);
  if (beforeKeys.length !== before.length) {
    // The document and the plan it is said to hold disagree: write the array whole rather than guess.
    Object.assign(stored, toDocValue(after as Json) as DocMap);
    return;
  }
  const afterKeys = keysFor(beforeKeys, before, after);
  const beforeAt = new Map(beforeKeys.map((key, i) => [key, before[i]!]));
  const afterSet = new Set(afterKeys);
  for (const key of beforeKeys) if (!afterSet.has(key)) delete items[key];
  afterKeys.forEach((key, i) => {
    const old = beforeAt.get(key);
    if (old === undefined) items[key] = toDocValue(after[i]!);
    else applyValue(items, key, old, after[i]!);
  });
  if (!sameKeys(beforeKeys, afterKeys)) reorder(stored[ORDER] as DocList, afterKeys);
}

const MAX_LCS_CELLS = 4_000_000;

/**
 * Edits the stored order list into `target` with few operations: common ends kept, then the
 * longest common subsequence of the middle kept and the rest deleted or inserted. Entries the
 * other copy did not move therefore keep their place when the two are merged.
 */
function reorder(list: DocList, target: readonly string[]): void {
  const actual = Array.from(list, (entry) => (A.isImmutableString(entry) ? entry.val : String(entry)));
  let start = 0;
  while (start < actual.length && start < target.length && actual[start] === target[start]) start++;
  let endA = actual.length;
  let endT = target.length;
  while (endA > start && endT > start && actual[endA - 1] === target[endT - 1]) {
    endA--;
    endT--;
  }
  const a = actual.slice(start, endA);
  const t = target.slice(start, endT);
  if (a.length === 0 && t.length === 0) return;
  const keepA = new Array<boolean>(a.length).fill(false);
  const keepT = new Array<boolean>(t.length).fill(false);
  if (a.length * t.length <= MAX_LCS_CELLS) {
    const width = t.length + 1;
    const table = new Uint32Array((a.length + 1) * width);
    for (let i = a.length - 1; i >= 0; i--) {
      for (let j = t.length - 1; j >= 0; j--) {
        table[i * width + j] = a[i] === t[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
      }
    }
    for (let i = 0, j = 0; i < a.length && j < t.length; ) {
      if (a[i] === t[j]) {
        keepA[i++] = true;
        keepT[j++] = true;
      } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
      else j++;
    }
  }
  for (let i = a.length - 1; i >= 0; i--) if (!keepA[i]) list.deleteAt(start + i, 1);
  let at = start;
  t.forEach((key, j) => {
    if (!keepT[j]) list.insertAt(at, new A.ImmutableString(key));
    at++;
  });
}
