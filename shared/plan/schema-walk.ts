/**
 * Small read-only walks over the zod plan schema: the stable key order used when a plan is
 * written, and the schema found at a field path (to word validation problems with real limits).
 */
import type { z } from 'zod';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  valueType?: z.ZodType;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strips nullable/optional wrappers so callers see the schema that describes a present value. */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let def = defOf(current); (def.type === 'nullable' || def.type === 'optional' || def.type === 'default') && def.innerType; def = defOf(current)) {
    current = def.innerType;
  }
  return current;
}

/** The schema that describes the value at `path`, or null when the path leaves the schema. */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | null {
  let current: z.ZodType | null = root;
  for (const key of path) {
    if (!current) return null;
    const def = defOf(unwrapSchema(current));
    if (def.type === 'object' && def.shape && typeof key === 'string') current = def.shape[key] ?? null;
    else if (def.type === 'array' && def.element && typeof key === 'number') current = def.element;
    else if (def.type === 'record' && def.valueType) current = def.valueType;
    else return null;
  }
  return current;
}

type Orderer = (value: unknown) => unknown;

const identity: Orderer = (value) => value;
const compiled = new WeakMap<z.ZodType, Orderer>();

/**
 * Maps the items of an array, returning the array itself when no item changed. Plans read from a
 * file or built by the app are almost always in order already, so saving a big plan copies nothing.
 */
function mapKeepingSame(list: readonly unknown[], child: Orderer): unknown[] {
  let out: unknown[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const value = list[i];
    const ordered = child(value);
    if (out === null && ordered !== value) out = list.slice(0, i);
    if (out !== null) out.push(ordered);
  }
  return out ?? (list as unknown[]);
}

/** True when `keys` are `expected` in that order (an object already in the wanted order). */
function sameKeys(keys: readonly string[], expected: readonly string[]): boolean {
  if (keys.length !== expected.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== expected[i]) return false;
  return true;
}

/**
 * Builds the object `keys` -> ordered child values, or returns `obj` itself when its keys were
 * already `keys` in that order and no child changed.
 */
function rebuild(obj: Record<string, unknown>, keys: readonly string[], childOf: (key: string) => Orderer): Record<string, unknown> {
  let changed = !sameKeys(Object.keys(obj), keys);
  const values = keys.map((key) => {
    const value = obj[key];
    const ordered = childOf(key)(value);
    if (ordered !== value) changed = true;
    return ordered;
  });
  if (!changed) return obj;
  // Entries, not assignment: a key named __proto__ must stay data, never become a prototype.
  return Object.fromEntries(keys.map((key, i) => [key, values[i]]));
}

const isRecordLike = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Orders plain data with no schema: sorted keys all the way down. */
const sortedDeep: Orderer = (value) => {
  if (Array.isArray(value)) return mapKeepingSame(value, sortedDeep);
  if (!isRecordLike(value)) return value;
  return rebuild(value, Object.keys(value).sort(), () => sortedDeep);
};

/** Schema types whose values are never objects in a valid plan. */
const LEAF_TYPES = new Set(['string', 'number', 'int', 'boolean', 'enum', 'literal', 'null']);
/** A valid leaf is returned as it is; anything else found there still gets sorted keys. */
const leaf: Orderer = (value) => (value !== null && typeof value === 'object' ? sortedDeep(value) : value);

/**
 * The common case for big plans, in one pass: the keys are exactly the schema's fields in order.
 * Returns the object itself when no child changed either, a rebuilt copy when one did, or null
 * when the keys are not in order.
 */
function orderedFields(value: Record<string, unknown>, keys: readonly string[], fieldKeys: readonly string[], fieldOrderers: readonly Orderer[]): Record<string, unknown> | null {
  if (!sameKeys(keys, fieldKeys)) return null;
  // Values in key order: no lookup by name, which is slow when one loop serves every shape.
  const values = Object.values(value);
  let changed = false;
  for (let i = 0; i < values.length; i++) {
    const child = values[i];
    const ordered = fieldOrderers[i]!(child);
    if (ordered !== child) {
      values[i] = ordered;
      changed = true;
    }
  }
  return changed ? Object.fromEntries(keys.map((key, i) => [key, values[i]])) : value;
}

/**
 * An object with exactly the schema's fields in another order (one built in code, such as a new
 * risk), rebuilt in schema order by plain assignment: the field names come from the schema, so
 * none of them is `__proto__`, and this is several times faster than building entries.
 */
function reorderedFields(value: Record<string, unknown>, keys: readonly string[], fieldKeys: readonly string[], fieldOrderers: readonly Orderer[], isField: (key: string) => boolean): Record<string, unknown> | null {
  if (keys.length !== fieldKeys.length || !keys.every(isField)) return null;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < fieldKeys.length; i++) out[fieldKeys[i]!] = fieldOrderers[i]!(value[fieldKeys[i]!]);
  return out;
}

/** Builds (once per schema) a function that reorders values of that schema; big plans stay fast. */
function ordererFor(schema: z.ZodType): Orderer {
  const cached = compiled.get(schema);
  if (cached) return cached;
  const def = defOf(unwrapSchema(schema));
  let orderer: Orderer = identity;
  if (def.type === 'object' && def.shape) {
    const shape = def.shape;
    const fieldKeys = Object.keys(shape);
    const fieldOrderers = fieldKeys.map((key) => ordererFor(shape[key]!));
    const children = new Map(fieldKeys.map((key, i) => [key, fieldOrderers[i]!] as const));
    const childOf = (key: string) => children.get(key) ?? sortedDeep;
    const isField = (key: string) => children.has(key);
    orderer = (value) => {
      if (!isRecordLike(value)) return sortedDeep(value);
      const keys = Object.keys(value);
      const ordered = orderedFields(value, keys, fieldKeys, fieldOrderers) ?? reorderedFields(value, keys, fieldKeys, fieldOrderers, isField);
      if (ordered) return ordered;
      const present = fieldKeys.filter((key) => Object.hasOwn(value, key));
      const extra = Object.keys(value).filter((key) => !children.has(key)).sort();
      return rebuild(value, extra.length > 0 ? [...present, ...extra] : present, childOf);
    };
  } else if (def.type === 'array' && def.element) {
    const element = def.element;
    orderer = (value) => (Array.isArray(value) ? mapKeepingSame(value, ordererFor(element)) : sortedDeep(value));
  } else if (def.type === 'record' && def.valueType) {
    const valueType = def.valueType;
    orderer = (value) => {
      if (!isRecordLike(value)) return sortedDeep(value);
      const child = ordererFor(valueType);
      return rebuild(value, Object.keys(value).sort(), () => child);
    };
  } else if (LEAF_TYPES.has(def.type)) {
    orderer = leaf;
  } else if (def.type !== 'union') {
    orderer = sortedDeep;
  }
  compiled.set(schema, orderer);
  return orderer;
}

/**
 * `value` with its object keys in the schema's field order (records: sorted keys), so the same
 * plan always serialises to the same text and diffs cleanly. Parts already in order are returned
 * as they are (not copied); nothing given is ever changed.
 */
export function orderKeys(value: unknown, schema: z.ZodType | null): unknown {
  return schema ? ordererFor(schema)(value) : sortedDeep(value);
}
