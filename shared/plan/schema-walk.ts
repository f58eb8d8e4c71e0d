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

/**
 * A copy of `value` whose object keys follow the schema's field order (records: sorted keys),
 * so the same plan always serialises to the same text and diffs cleanly.
 */
export function orderKeys(value: unknown, schema: z.ZodType | null): unknown {
  if (Array.isArray(value)) {
    const def = schema ? defOf(unwrapSchema(schema)) : null;
    const element = def?.type === 'array' ? (def.element ?? null) : null;
    return value.map((item) => orderKeys(item, element));
  }
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const def = schema ? defOf(unwrapSchema(schema)) : null;
  // Entries, not assignment: a key named __proto__ must stay data, never become a prototype.
  const entries: [string, unknown][] = [];
  if (def?.type === 'object' && def.shape) {
    const known = Object.keys(def.shape).filter((key) => Object.hasOwn(obj, key));
    for (const key of known) entries.push([key, orderKeys(obj[key], def.shape[key] ?? null)]);
    const knownSet = new Set(known);
    for (const key of Object.keys(obj).sort()) if (!knownSet.has(key)) entries.push([key, orderKeys(obj[key], null)]);
    return Object.fromEntries(entries);
  }
  const valueType = def?.type === 'record' ? (def.valueType ?? null) : null;
  for (const key of Object.keys(obj).sort()) entries.push([key, orderKeys(obj[key], valueType)]);
  return Object.fromEntries(entries);
}
