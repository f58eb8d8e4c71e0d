/**
 * Hostile and damaged plan files for the fuzz tests: mutations of the sample plan (fast-check
 * arbitraries) and the checks every outcome of opening one must pass.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { createSamplePlan } from '../../../shared/plan/sample';
import { planSchema } from '../../../shared/plan/schema';
import type { Plan } from '../../../shared/plan/schema';
import { findDuplicateIds } from '../../../shared/plan/integrity';
import { checkPlanForSave, serializePlan } from '../../../shared/plan/validate';
import { ERROR_CODES } from '../../../shared/result';
import type { Result } from '../../../shared/result';

/** Plan data loosely typed on purpose: mutations write values the Plan type forbids. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;
export type Path = (string | number)[];

/** A hang, not a speed target: even a 45 MB file opens or is refused well within this. */
export const CASE_TIME_LIMIT_MS = 10_000;

export const sampleText = () => serializePlan(createSamplePlan());
export const sampleData = (): Loose => JSON.parse(sampleText());

/** Every path in the sample plan's data, with what is there (for "wrong type at a random path"). */
export function allPaths(data: Loose = sampleData()): { path: Path; kind: string }[] {
  const out: { path: Path; kind: string }[] = [];
  const walk = (value: unknown, path: Path) => {
    out.push({ path, kind: Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value });
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  for (const [k, v] of Object.entries(data as object)) walk(v, [k]);
  return out;
}

export function getAt(data: Loose, path: Path): Loose {
  return path.reduce((node, key) => node?.[key], data);
}

export function setAt(data: Loose, path: Path, value: unknown): void {
  const parent = getAt(data, path.slice(0, -1));
  // defineProperty: a path ending in "__proto__" must create data, not change a prototype.
  Object.defineProperty(parent, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
}

const PATHS = allPaths();
const STRING_PATHS = PATHS.filter((p) => p.kind === 'string').map((p) => p.path);
const OBJECT_PATHS = [[], ...PATHS.filter((p) => p.kind === 'object').map((p) => p.path)];

/** JSON values of every kind, small. */
export const jsonValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.integer(), { maxKeys: 3 }),
);

const placeholder = '"__HOSTILE_VALUE__"';
/** Text of the data with `raw` (JSON text, possibly huge) spliced in where the placeholder is. */
const splice = (data: Loose, raw: string) => {
  const text = JSON.stringify(data, null, 2);
  const at = text.indexOf(placeholder);
  return text.slice(0, at) + raw + text.slice(at + placeholder.length);
};

/** A named way of damaging a plan file, and the text it produced. */
export interface HostileCase {
  kind: string;
  text: string;
  /** The field the damage was done to, for checking that a refusal names it. */
  path?: Path;
}

/** A case that fast-check reports in one line (not megabytes of text) when a property fails. */
export function hostileCase(kind: string, text: string, path?: Path): HostileCase {
  return {
    kind,
    text,
    ...(path ? { path } : {}),
    [fc.toStringMethod]: () => `${kind} at ${path ? JSON.stringify(path) : '-'}: ${text.length} characters, starting ${JSON.stringify(text.slice(0, 60))}`,
  } as HostileCase;
}

export const truncated = fc.integer({ min: 0, max: sampleText().length - 1 }).map((end): HostileCase => hostileCase('truncated', sampleText().slice(0, end)));

export const wrongType = fc.tuple(fc.constantFrom(...PATHS.map((p) => p.path)), jsonValue).map(([path, value]): HostileCase => {
  const data = sampleData();
  setAt(data, path, value);
  return hostileCase('wrong type', JSON.stringify(data, null, 2), path);
});

export const hugeString = fc.tuple(fc.constantFrom(...STRING_PATHS), fc.integer({ min: 20_001, max: 3_000_000 })).map(([path, length]): HostileCase => {
  const data = sampleData();
  setAt(data, path, '__HOSTILE_VALUE__');
  return hostileCase('huge string', splice(data, `"${'Ж'.repeat(length)}"`), path);
});

/** Lists or objects nested up to 200,000 deep, at any path, sometimes in a plan that needs upgrading. */
export const deepNesting = fc
  .record({ path: fc.constantFrom(...PATHS.map((p) => p.path), ['extra']), depth: fc.integer({ min: 500, max: 200_000 }), objects: fc.boolean(), oldVersion: fc.boolean() })
  .map(({ path, depth, objects, oldVersion }): HostileCase => {
    const data = sampleData();
    if (oldVersion) data.version = 0;
    setAt(data, path, '__HOSTILE_VALUE__');
    const nested = objects ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`;
    return hostileCase('deep nesting', splice(data, nested), path);
  });

export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** `__proto__`, `constructor` or `prototype` keys at any object (including clause parameters). */
export const prototypeKeys = fc
  .record({
    at: fc.constantFrom(...OBJECT_PATHS, ['mandate', 'clauses', 0, 'params']),
    key: fc.constantFrom(...PROTO_KEYS),
    value: fc.oneof(fc.constant({ polluted: 'yes' }), fc.constant('polluted'), fc.constant({ toString: 'polluted' }), jsonValue),
  })
  .map(({ at, key, value }): HostileCase => {
    const data = sampleData();
    setAt(data, [...at, key], value);
    return hostileCase('prototype key', JSON.stringify(data, null, 2), at);
  });

const ID_LISTS: Path[] = [['risks', 'items'], ['capabilities', 'items'], ['mandate', 'clauses'], ['mission', 'tripwires']];

export const duplicateIds = fc
  .tuple(fc.constantFrom(...ID_LISTS.filter((p) => getAt(sampleData(), p).length >= 2)), fc.nat(), fc.nat())
  .map(([list, a, b]): HostileCase => {
    const data = sampleData();
    const items = getAt(data, list);
    const from = a % items.length;
    const to = (from + 1 + (b % (items.length - 1))) % items.length;
    items[to].id = items[from].id;
    return hostileCase('duplicate ids', JSON.stringify(data), list);
  });

const idArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/);

/** Risks linked to capabilities that are not in the plan (added links, or capabilities removed). */
export const danglingLinks = fc
  .record({ links: fc.array(fc.tuple(fc.nat(), idArb), { minLength: 1, maxLength: 8 }), removeCapabilities: fc.array(fc.nat(), { maxLength: 3 }) })
  .map(({ links, removeCapabilities }): HostileCase => {
    const data = sampleData();
    const risks = data.risks.items;
    for (const [i, id] of links) risks[i % risks.length].linkedCapabilityIds.push(id);
    for (const n of removeCapabilities) if (data.capabilities.items.length > 0) data.capabilities.items.splice(n % data.capabilities.items.length, 1);
    return hostileCase('dangling links', JSON.stringify(data));
  });

export const withBom = fc.oneof(truncated, wrongType, duplicateIds).map((c) => hostileCase(`${c.kind} with BOM`, `\uFEFF${c.text}`, c.path));

/** Several different kinds of damage to the same file, then possibly cut short. */
export const combined = fc
  .record({ changes: fc.array(fc.tuple(fc.constantFrom(...PATHS.map((p) => p.path)), jsonValue), { minLength: 2, maxLength: 6 }), cut: fc.option(fc.nat()) })
  .map(({ changes, cut }): HostileCase => {
    const data = sampleData();
    for (const [path, value] of changes) {
      try {
        setAt(data, path, value);
      } catch {
        /* an earlier change removed the parent: that is damage too */
      }
    }
    const text = JSON.stringify(data, null, 2);
    return hostileCase('combined', cut === null ? text : text.slice(0, cut % text.length));
  });

/** Own property names of the built-in prototypes, to prove nothing was added to them. */
export function prototypeSnapshot(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join(','));
}

const STACK_TRACE = /\n\s+at |\bat [\w$.]+ \(|(Type|Range|Syntax|Reference)Error|Maximum call stack|node_modules/;

/** What every outcome of opening a hostile file must be: a valid plan, or a refusal in plain words. */
export function expectAcceptedOrRefused(result: Result<{ plan: Plan; notices: string[] }>, fileLabel: string): void {
  if (result.ok) {
    const { plan } = result.value;
    expect(planSchema.safeParse(plan).success, 'an accepted plan is valid').toBe(true);
    expect(checkPlanForSave(plan, fileLabel).ok, 'an accepted plan can be saved again').toBe(true);
    expect(findDuplicateIds(plan)).toEqual([]);
    const capabilityIds = new Set(plan.capabilities.items.map((c) => c.id));
    for (const risk of plan.risks.items) for (const id of risk.linkedCapabilityIds) expect(capabilityIds.has(id), `link ${id} resolves`).toBe(true);
    expect(Object.getPrototypeOf(plan)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(plan.cover)).toBe(Object.prototype);
    return;
  }
  const { code, message, details = [] } = result.error;
  expect(ERROR_CODES).toContain(code);
  expect(message).toContain(`"${fileLabel}"`);
  expect(message).toMatch(/Nothing was changed on disk\.$/);
  const words = [message, ...details].join('\n');
  expect(words).not.toMatch(STACK_TRACE);
  // A huge field is never echoed back: the message stays readable.
  expect(words.length).toBeLessThan(3000);
}

/** Pieces of cover text that broke, or could break, the brief's page frame (red-team finding 4). */
const FRAME_PIECES = [
  '\n', '\n\n\n\n\n', '\r\n', '\u2028', '\t', '   ', 'W'.repeat(120), 'M'.repeat(40), 'Preventive mandate proposal ', 'SECRET', '//', 'NOFORN',
  '\u202E', '\u202D', '\u2066', '\u2069', '\u200B', '\u2060', '\uFEFF', '\u200D', '\u{1F54A}', '中文', 'مخطط', 'עברית', 'Ж', 'e\u0301\u0301\u0301', '\uD800', '…', '﷽',
];

/** Cover text built from those pieces, within the schema's 300-character limit. */
export const frameBreakingText = fc
  .array(fc.constantFrom(...FRAME_PIECES), { minLength: 1, maxLength: 12 })
  .map((pieces) => pieces.join('').slice(0, 300));

/** A valid sample plan whose title, cover and brief markings are frame-breaking text. */
export const frameBreakingCover = fc.record({ title: frameBreakingText, marking: frameBreakingText, cover: fc.boolean() }).map(({ title, marking, cover }): Plan => {
  const plan = createSamplePlan();
  plan.cover.title = title;
  if (cover) {
    plan.cover.classification = marking;
    plan.brief.classification = '';
  } else plan.brief.classification = marking;
  return plan;
});
