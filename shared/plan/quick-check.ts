/**
 * A quick pass over a value that can vouch that a zod schema accepts it exactly as it is: same
 * fields, same values, nothing to strip. zod builds a full copy of every object it checks, which
 * for a 5,000-risk plan costs more than reading the file; this pass reads the same rules from the
 * schema's definition and copies nothing.
 *
 * It only ever says "valid" when zod would accept the value and return an equal copy. Whenever it
 * is unsure (an extra key, a string over its limit in UTF-16 units, an object with an unusual
 * prototype, a kind of check it does not know), it answers `ask-zod` and zod decides, with its
 * own messages. A schema using anything it does not know compiles to "always ask zod".
 */
import type { z } from 'zod';

/** `ask-zod`: not vouched for. `valid`: zod accepts it as it is. `in-order`: also already in the file's key order. */
export type QuickVerdict = 'ask-zod' | 'valid' | 'in-order';

type Checker = (value: unknown) => boolean;

interface CheckDef {
  check?: string;
  maximum?: number;
  length?: number;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

interface Def extends CheckDef {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  coerce?: boolean;
  shape?: Record<string, z.ZodType>;
  catchall?: unknown;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  mode?: string;
  partial?: boolean;
  entries?: Record<string, unknown>;
  values?: unknown[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const traitsOf = (schema: z.ZodType): Set<string> => (schema as unknown as { _zod: { traits: Set<string> } })._zod.traits;

/** Thrown while compiling: this schema uses something the quick check does not know. */
class Unsupported extends Error {}
const unsupported = (what: string): never => {
  throw new Unsupported(what);
};

/**
 * Set when an object's keys are not in schema order or a record's keys are not sorted: the value
 * is still valid, but writing it needs orderKeys. Reset at the start of every quickCheck.
 */
let inOrder = true;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

/** Formats whose check is their pattern and nothing else (see zod's $ZodISODate / $ZodISODateTime). */
const PATTERN_FORMATS = new Set(['regex', 'date', 'datetime']);

function patternOf(def: CheckDef): RegExp {
  const pattern = def.pattern;
  if (!(pattern instanceof RegExp) || !PATTERN_FORMATS.has(def.format ?? '')) return unsupported(`string format ${def.format}`);
  return pattern;
}

const matches = (pattern: RegExp, text: string): boolean => {
  pattern.lastIndex = 0;
  return pattern.test(text);
};

/**
 * One closure per string schema (a length limit and patterns), not one per check: a big plan has
 * a hundred thousand strings, and each extra call per string shows in the total.
 */
function stringChecker(def: Def): Checker {
  if (def.coerce) return unsupported('coercion');
  let max = Infinity;
  const patterns: RegExp[] = [];
  // z.iso.date() and friends are themselves a format check on top of being a string.
  if (def.check !== undefined) patterns.push(def.check === 'string_format' ? patternOf(def) : unsupported(`string check ${def.check}`));
  for (const { _zod: { def: check } } of def.checks ?? []) {
    // zod counts a string in code points; within the limit in UTF-16 units is within it in code points too.
    if (check.check === 'max_length') max = Math.min(max, check.maximum!);
    else if (check.check === 'string_format') patterns.push(patternOf(check));
    else unsupported(`string check ${check.check}`);
  }
  if (patterns.length === 0) return (value) => typeof value === 'string' && value.length <= max;
  if (patterns.length === 1) {
    const [pattern] = patterns as [RegExp];
    return (value) => typeof value === 'string' && value.length <= max && matches(pattern, value);
  }
  return (value) => typeof value === 'string' && value.length <= max && patterns.every((pattern) => matches(pattern, value));
}

function numberChecker(def: Def): Checker {
  if (def.coerce) return unsupported('coercion');
  if ((def.check !== undefined || def.format !== undefined) && (def.check !== 'number_format' || def.format !== 'safeint')) {
    return unsupported(`number format ${def.format}`);
  }
  const integer = def.format === 'safeint';
  let min = -Infinity;
  let max = Infinity;
  let minIncluded = true;
  let maxIncluded = true;
  for (const { _zod: { def: check } } of def.checks ?? []) {
    const bound = check.value;
    if ((check.check !== 'greater_than' && check.check !== 'less_than') || typeof bound !== 'number') return unsupported(`number check ${check.check}`);
    // Several bounds on one side: the strictest wins.
    if (check.check === 'greater_than' && bound >= min) {
      minIncluded = bound === min ? minIncluded && check.inclusive === true : check.inclusive === true;
      min = bound;
    } else if (check.check === 'less_than' && bound <= max) {
      maxIncluded = bound === max ? maxIncluded && check.inclusive === true : check.inclusive === true;
      max = bound;
    }
  }
  return (value) =>
    typeof value === 'number' &&
    (integer ? Number.isSafeInteger(value) : Number.isFinite(value)) &&
    (minIncluded ? value >= min : value > min) &&
    (maxIncluded ? value <= max : value < max);
}

const isOptional = (schema: z.ZodType) => defOf(schema).type === 'optional';

function objectChecker(def: Def): Checker {
  if (def.catchall !== undefined) return unsupported('catchall');
  const shape = def.shape ?? {};
  const keys = Object.keys(shape);
  const fields = keys.map((key) => checkerFor(shape[key]!));
  const count = keys.length;
  if (keys.some((key) => isOptional(shape[key]!))) return withOptionalFields(shape, keys, fields);
  return (value) => {
    if (!isPlainObject(value)) return false;
    const own = Object.keys(value);
    if (own.length !== count) return false;
    let same = true;
    for (let i = 0; i < count; i++) {
      if (own[i] !== keys[i]) {
        same = false;
        break;
      }
    }
    if (same) {
      // Values in key order: no lookup by name, which is slow when one loop serves every shape.
      const values = Object.values(value);
      for (let i = 0; i < count; i++) if (!fields[i]!(values[i])) return false;
      return true;
    }
    // Same number of keys, each one a field: exactly the fields, in another order. Anything else
    // (an unknown key, `__proto__`) is zod's to strip.
    for (const key of own) if (!Object.hasOwn(shape, key)) return false;
    inOrder = false;
    for (let i = 0; i < count; i++) if (!fields[i]!(value[keys[i]!])) return false;
    return true;
  };
}

/** An object some of whose fields may be absent (IPC requests have these; plans do not). */
function withOptionalFields(shape: Record<string, z.ZodType>, keys: string[], fields: Checker[]): Checker {
  // zod asks `key in value`, which also finds what Object.prototype has; such names are left to it.
  if (keys.some((key) => key in Object.prototype)) return unsupported('field named like a built-in');
  const optional = keys.map((key) => isOptional(shape[key]!));
  const position = new Map(keys.map((key, i) => [key, i]));
  return (value) => {
    if (!isPlainObject(value)) return false;
    let last = -1;
    for (const key of Object.keys(value)) {
      const at = position.get(key);
      if (at === undefined) return false;
      if (at < last) inOrder = false;
      last = at;
    }
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (optional[i] && !Object.hasOwn(value, key)) continue;
      if (!fields[i]!(value[key])) return false;
    }
    return true;
  };
}

function arrayChecker(def: Def): Checker {
  const element = checkerFor(def.element!);
  let max = Infinity;
  let exact = -1;
  for (const { _zod: { def: check } } of def.checks ?? []) {
    if (check.check === 'max_length') max = Math.min(max, check.maximum!);
    else if (check.check === 'length_equals' && (exact === -1 || exact === check.length)) exact = check.length!;
    else return unsupported(`list check ${check.check}`);
  }
  return (value) => {
    if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return false;
    // The length comes first, so an oversized list is refused without reading it.
    if (value.length > max || (exact !== -1 && value.length !== exact)) return false;
    // Indexes, not for-of: a hole reads as undefined and fails like zod's own loop.
    for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
    return true;
  };
}

function recordChecker(def: Def): Checker {
  if (def.mode !== undefined || def.partial) return unsupported('record mode');
  const keyType = defOf(def.keyType!);
  if (keyType.type !== 'string') return unsupported('record key type');
  const keyOk = stringChecker(keyType);
  const valueOk = checkerFor(def.valueType!);
  return (value) => {
    // zod also checks symbol keys (and refuses them under a string key schema).
    if (!isPlainObject(value) || Object.getOwnPropertySymbols(value).length > 0) return false;
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key === '__proto__' || !keyOk(key) || !valueOk(value[key])) return false;
      if (i > 0 && keys[i - 1]! > key) inOrder = false;
    }
    return true;
  };
}

function valuesChecker(values: readonly unknown[]): Checker {
  const set = new Set(values);
  return (value) => set.has(value);
}

/** Types whose compilers read their own checks; on any other type a check (a refinement) is unknown. */
const TYPES_WITH_CHECKS = new Set(['string', 'number', 'array']);

function compile(schema: z.ZodType): Checker {
  const def = defOf(schema);
  if ((def.checks?.length ?? 0) > 0 && !TYPES_WITH_CHECKS.has(def.type)) return unsupported(`check on ${def.type}`);
  switch (def.type) {
    case 'string':
      return stringChecker(def);
    case 'number':
      return numberChecker(def);
    case 'boolean':
      if (def.coerce) return unsupported('coercion');
      return (value) => typeof value === 'boolean';
    case 'null':
      return (value) => value === null;
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      if (!values.every((v) => typeof v === 'string')) return unsupported('numeric enum');
      return valuesChecker(values);
    }
    case 'literal':
      return valuesChecker(def.values ?? []);
    case 'optional': {
      // Present and undefined passes like absent; an "exact" optional refuses undefined, and a default substitutes.
      if (traitsOf(schema).has('$ZodExactOptional')) return unsupported('exact optional');
      const inner = checkerFor(def.innerType!);
      return (value) => value === undefined || inner(value);
    }
    case 'nullable': {
      const inner = checkerFor(def.innerType!);
      return (value) => value === null || inner(value);
    }
    case 'union': {
      // An exclusive union fails when two options pass; a discriminated one picks its option by one field.
      const traits = traitsOf(schema);
      if (traits.has('$ZodXor') || traits.has('$ZodDiscriminatedUnion')) return unsupported('exclusive or discriminated union');
      // zod returns the first option that passes; none of the kinds here change a value, so any passing option gives an equal copy.
      const options = (def.options ?? []).map(checkerFor);
      return (value) => {
        for (const option of options) if (option(value)) return true;
        return false;
      };
    }
    case 'object':
      return objectChecker(def);
    case 'array':
      return arrayChecker(def);
    case 'record':
      return recordChecker(def);
    default:
      return unsupported(def.type);
  }
}

const compiled = new WeakMap<z.ZodType, Checker | null>();

function checkerFor(schema: z.ZodType): Checker {
  let checker = compiled.get(schema);
  if (checker === undefined) {
    checker = compile(schema);
    compiled.set(schema, checker);
  }
  return checker ?? unsupported('schema');
}

/** The compiled quick check of `schema`, or null when it uses something only zod can judge. */
function rootChecker(schema: z.ZodType): Checker | null {
  if (compiled.has(schema)) return compiled.get(schema) ?? null;
  try {
    return checkerFor(schema);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    compiled.set(schema, null);
    return null;
  }
}

/** True when `schema` can be checked without zod (a test pins this for the plan schema). */
export const hasQuickCheck = (schema: z.ZodType): boolean => rootChecker(schema) !== null;

/**
 * Whether zod would accept `value` under `schema` and return an equal copy (and whether its keys
 * are already in the order a plan file stores them), or `ask-zod` when this pass cannot tell.
 */
export function quickCheck(schema: z.ZodType, value: unknown): QuickVerdict {
  const checker = rootChecker(schema);
  if (!checker) return 'ask-zod';
  inOrder = true;
  if (!checker(value)) return 'ask-zod';
  return inOrder ? 'in-order' : 'valid';
}
