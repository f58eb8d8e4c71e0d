/**
 * Edits are data: a path into the plan and what to do there. The renderer's document reducer
 * applies them (undo/redo keep whole snapshots, which structural sharing makes cheap), and domain
 * modules build them (e.g. a risk update that also appends a history entry as one batch).
 */
import type { Plan } from './schema';

export type PathKey = string | number;
export type Path = readonly PathKey[];

export type PlanEdit =
  | { kind: 'set'; path: Path; value: unknown }
  | { kind: 'insert'; path: Path; index: number; value: unknown }
  | { kind: 'remove'; path: Path; index: number }
  | { kind: 'move'; path: Path; from: number; to: number }
  | { kind: 'batch'; edits: readonly PlanEdit[] };

/** Keys that must never be written through a path, whatever the renderer sends. */
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

function updateAt(node: unknown, path: Path, i: number, fn: (old: unknown) => unknown): unknown {
  if (i === path.length) return fn(node);
  const key = path[i]!;
  if (typeof key === 'string' && FORBIDDEN.has(key)) throw new Error(`Refused edit path key ${key}`);
  if (Array.isArray(node)) {
    if (typeof key !== 'number' || key < 0 || key >= node.length) throw new Error(`No item ${String(key)} at ${path.slice(0, i).join('.')}`);
    const copy = node.slice();
    copy[key] = updateAt(node[key], path, i + 1, fn);
    return copy;
  }
  if (node !== null && typeof node === 'object') {
    const obj = node as Record<string, unknown>;
    if (typeof key !== 'string' || !Object.hasOwn(obj, key)) throw new Error(`No field ${String(key)} at ${path.slice(0, i).join('.') || 'plan'}`);
    return { ...obj, [key]: updateAt(obj[key], path, i + 1, fn) };
  }
  throw new Error(`Cannot follow ${path.join('.')}`);
}

function asArray(v: unknown, path: Path): unknown[] {
  if (!Array.isArray(v)) throw new Error(`${path.join('.')} is not a list`);
  return v;
}

/** Applies one edit immutably; unchanged branches keep their identity. Throws on a bad path. */
export function applyEdit(plan: Plan, edit: PlanEdit): Plan {
  switch (edit.kind) {
    case 'set':
      return updateAt(plan, edit.path, 0, () => edit.value) as Plan;
    case 'insert':
      return updateAt(plan, edit.path, 0, (old) => {
        const list = asArray(old, edit.path).slice();
        list.splice(Math.max(0, Math.min(edit.index, list.length)), 0, edit.value);
        return list;
      }) as Plan;
    case 'remove':
      return updateAt(plan, edit.path, 0, (old) => {
        const list = asArray(old, edit.path).slice();
        list.splice(edit.index, 1);
        return list;
      }) as Plan;
    case 'move':
      return updateAt(plan, edit.path, 0, (old) => {
        const list = asArray(old, edit.path).slice();
        const [item] = list.splice(edit.from, 1);
        list.splice(Math.max(0, Math.min(edit.to, list.length)), 0, item);
        return list;
      }) as Plan;
    case 'batch':
      return edit.edits.reduce(applyEdit, plan);
  }
}

export const setField = (path: Path, value: unknown): PlanEdit => ({ kind: 'set', path, value });
