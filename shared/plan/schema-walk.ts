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

/** Orders plain data with no schema: sorted keys all the way down. */
const sortedDeep: Orderer = (value) => {
  if (Array.isArray(value)) return value.map(sortedDeep);
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(obj).sort().map((key) => [key, sortedDeep(obj[key])]));
};

/** Builds (once per schema) a function that reorders values of that schema; big plans stay fast. */
function ordererFor(schema: z.ZodType): Orderer {
  const cached = compiled.get(schema);
  if (cached) return cached;
  const def = defOf(unwrapSchema(schema));
  let orderer: Orderer = identity;
  if (def.type === 'object' && def.shape) {
    const shape = def.shape;
    const fields = Object.keys(shape).map((key) => [key, ordererFor(shape[key]!)] as const);
    const known = new Set(Object.keys(shape));
    orderer = (value) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return sortedDeep(value);
      const obj = value as Record<string, unknown>;
      // Entries, not assignment: a key named __proto__ must stay data, never become a prototype.
      const entries: [string, unknown][] = [];
      for (const [key, child] of fields) if (Object.hasOwn(obj, key)) entries.push([key, child(obj[key])]);
      for (const key of Object.keys(obj).sort()) if (!known.has(key)) entries.push([key, sortedDeep(obj[key])]);
      return Object.fromEntries(entries);
    };
  } else if (def.type === 'array' && def.element) {
    const element = def.element;
    orderer = (value) => (Array.isArray(value) ? value.map(ordererFor(element)) : sortedDeep(value));
  } else if (def.type === 'record' && def.valueType) {
    const valueType = def.valueType;
    orderer = (value) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return sortedDeep(value);
      const obj = value as Record<string, unknown>;
      const child = ordererFor(valueType);
      return Object.fromEntries(Object.keys(obj).sort().map((key) => [key, child(obj[key])]));
    };
  } else if (def.type !== 'union') {
    orderer = sortedDeep;
  }
  compiled.set(schema, orderer);
  return orderer;
}

/**
 * A copy of `value` whose object keys follow the schema's field order (records: sorted keys),
 * so the same plan always serialises to the same text and diffs cleanly.
 */
export function orderKeys(value: unknown, schema: z.ZodType | null): unknown {
  return schema ? ordererFor(schema)(value) : sortedDeep(value);
}
