import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../../shared/ipc';
import { quickCheck, hasQuickCheck } from '../../../shared/plan/quick-check';
import { createSamplePlan } from '../../../shared/plan/sample';
import { planSchema } from '../../../shared/plan/schema';
import { checkPlanForSave, planTextForSave, serializePlan } from '../../../shared/plan/validate';
import { allPaths, combined, danglingLinks, duplicateIds, jsonValue, prototypeKeys, sampleData, setAt, wrongType } from './hostile';
import type { Loose, Path } from './hostile';

const FILE = 'quick.mplan';

/**
 * The one promise the quick check makes: when it vouches for a value, zod accepts that value and
 * returns an equal copy; "in order" also means the file text needs no reordering.
 */
function expectVerdictHolds(value: unknown): void {
  const verdict = quickCheck(planSchema, value);
  if (verdict === 'ask-zod') return;
  const parsed = planSchema.safeParse(value);
  expect(parsed.error?.issues ?? [], 'zod accepts what the quick check vouched for').toEqual([]);
  expect(parsed.data).toStrictEqual(value);
  if (verdict === 'in-order') expect(`${JSON.stringify(value, null, 2)}\n`).toBe(serializePlan(value as never));
}

const tryParse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

const PATHS_INTO_A_RISK: Path[] = [['risks', 'items', 0, 'title'], ['risks', 'items', 0, 'likelihood'], ['risks', 'items', 0, 'reviewDate'], ['risks', 'items', 0, 'acceptance'], ['cover', 'createdAt'], ['mandate', 'clauses', 0, 'params']];

const pathsOf = (kind: string) => allPaths().filter((p) => p.kind === kind).map((p) => p.path);
/** Lengths and numbers on both sides of every limit in the schema. */
const LENGTHS = [0, 1, 64, 65, 299, 300, 301, 1999, 2000, 2001, 19_999, 20_000, 20_001];
const NUMBERS = [-1, 0, 1, 5, 6, 14, 15, 120, 121, 3650, 3651, 25, 26, 1_000_000, 1_000_001, 0.5];

describe('the quick schema check', () => {
  it('can check the plan schema without zod, so big plans open fast', () => {
    expect(hasQuickCheck(planSchema)).toBe(true);
  });

  it('vouches for the sample plan, and finds a plan read from a file already in file order', () => {
    expect(quickCheck(planSchema, sampleData())).toBe('in-order');
    expect(quickCheck(planSchema, createSamplePlan())).not.toBe('ask-zod');
  });

  it('never vouches for a damaged plan: zod accepts all it vouches for, unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(wrongType, prototypeKeys, combined, duplicateIds, danglingLinks), (c) => {
        const data = tryParse(c.text);
        if (data !== undefined) expectVerdictHolds(data);
      }),
      { numRuns: 600 },
    );
  });

  it('leaves to zod whatever zod would copy differently: extra, missing or reordered keys', () => {
    const extra = sampleData();
    extra.cover.note = 'not a field';
    const missing = sampleData();
    delete missing.risks.items[0].owner;
    const reordered = sampleData();
    reordered.cover = Object.fromEntries(Object.entries(reordered.cover).reverse());
    expect(quickCheck(planSchema, extra)).toBe('ask-zod');
    expect(quickCheck(planSchema, missing)).toBe('ask-zod');
    expect(quickCheck(planSchema, reordered)).toBe('valid');
    for (const value of [extra, missing, reordered]) expectVerdictHolds(value);
  });

  it('holds for values no file can contain: holes, prototypes, symbols, minus zero, huge numbers', () => {
    const cases: [string, (data: Loose) => void][] = [
      ['a hole in a list', (d) => { d.risks.items[0].linkedCapabilityIds = Object.assign(new Array<string>(2), { 1: 'x' }); }],
      ['a class instance', (d) => { d.cover = Object.assign(new (class Cover {})(), d.cover); }],
      ['an object without prototype', (d) => { d.cover = Object.assign(Object.create(null), d.cover); }],
      ['a symbol key in parameters', (d) => { d.mandate.clauses[0].params = { ...d.mandate.clauses[0].params, [Symbol('s')]: 'x' }; }],
      ['a subclassed list', (d) => { d.risks.items = Object.setPrototypeOf([...d.risks.items], (class extends Array {}).prototype); }],
      ['minus zero', (d) => { d.mission.personnel.police = -0; }],
      ['an unsafe integer', (d) => { d.mission.personnel.police = 2 ** 53; }],
      ['not a number', (d) => { d.mission.personnel.police = Number.NaN; }],
      ['a fraction', (d) => { d.risks.items[0].impact = 2.5; }],
    ];
    for (const [what, change] of cases) {
      const data = sampleData();
      change(data);
      expect(() => expectVerdictHolds(data), what).not.toThrow();
    }
  });

  it('holds for any JSON value at the riskiest fields', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS_INTO_A_RISK), jsonValue, (path, value) => {
        const data = sampleData();
        setAt(data, path, value);
        expectVerdictHolds(data);
      }),
      { numRuns: 400 },
    );
  });

  it('holds on both sides of every length and number limit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pathsOf('string')), fc.constantFrom(...LENGTHS), fc.constantFrom('a', '-', 'é', '2'), (path, length, char) => {
        const data = sampleData();
        setAt(data, path, char.repeat(length));
        expectVerdictHolds(data);
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...pathsOf('number')), fc.constantFrom(...NUMBERS), (path, value) => {
        const data = sampleData();
        setAt(data, path, value);
        expectVerdictHolds(data);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves text over a limit in UTF-16 units to zod, which counts characters', () => {
    const plan = createSamplePlan();
    // 200 emoji: 400 UTF-16 units but 200 characters, within the 300-character title limit.
    const emoji = { ...plan, cover: { ...plan.cover, title: '🕊'.repeat(200) } };
    expect(quickCheck(planSchema, emoji)).toBe('ask-zod');
    expect(checkPlanForSave(emoji, FILE).ok).toBe(true);
    const tooLong = { ...plan, cover: { ...plan.cover, title: 'x'.repeat(301) } };
    expect(checkPlanForSave(tooLong, FILE)).toMatchObject({ ok: false, error: { details: ['cover.title: is too long (at most 300 characters)'] } });
  });

  it('leaves every schema using a rule it does not know to zod', () => {
    expect(hasQuickCheck(z.object({ a: z.string().min(1) }))).toBe(false);
    expect(hasQuickCheck(z.object({ a: z.string().exactOptional() }))).toBe(false);
    expect(hasQuickCheck(z.object({ a: z.string().default('x') }))).toBe(false);
    expect(hasQuickCheck(z.object({ toString: z.string().optional() }))).toBe(false);
    expect(hasQuickCheck(z.strictObject({ a: z.string() }))).toBe(false);
    expect(hasQuickCheck(z.object({ a: z.string() }).refine(() => false))).toBe(false);
    expect(hasQuickCheck(z.object({ a: z.string().transform((s) => s.trim()) }))).toBe(false);
    expect(hasQuickCheck(z.object({ a: z.string().email() }))).toBe(false);
    expect(hasQuickCheck(z.xor([z.string(), z.string().max(3)]))).toBe(false);
    expect(hasQuickCheck(z.discriminatedUnion('k', [z.object({ k: z.literal('a') }), z.object({ k: z.literal('b') })]))).toBe(false);
    expect(hasQuickCheck(z.union([z.string(), z.string().max(3)]))).toBe(true);
    expect(quickCheck(z.object({ a: z.string().min(1) }), { a: '' })).toBe('ask-zod');
  });
});

describe('the quick check on a save request (a plan and an optional flag)', () => {
  const request = contract.save.request;
  const plan = sampleData();

  it('vouches only for requests zod accepts unchanged, with or without the flag', () => {
    expect(hasQuickCheck(request)).toBe(true);
    const requests: unknown[] = [
      { docId: 'doc-1', plan },
      { docId: 'doc-1', plan, overwriteExternalChange: true },
      { overwriteExternalChange: false, plan, docId: 'doc-1' },
      { docId: 'doc-1', plan, overwriteExternalChange: undefined },
      { docId: 'doc-1', plan, overwriteExternalChange: 'yes' },
      { docId: 'doc-1', plan, extra: 1 },
      { docId: 'doc-1' },
      { plan, overwriteExternalChange: true },
      { docId: 'doc-1', plan: { ...plan, risks: null } },
    ];
    const verdicts = requests.map((value) => {
      const verdict = quickCheck(request, value);
      if (verdict !== 'ask-zod') expect(request.parse(value)).toStrictEqual(value);
      return verdict;
    });
    expect(verdicts).toEqual(['in-order', 'in-order', 'valid', 'in-order', 'ask-zod', 'ask-zod', 'ask-zod', 'ask-zod', 'ask-zod']);
  });
});

describe('planTextForSave', () => {
  it('writes the same text as serializePlan, whatever order the plan was built in', () => {
    const plan = createSamplePlan();
    expect(planTextForSave(plan, FILE)).toEqual({ ok: true, value: serializePlan(plan) });
    expect(planTextForSave(sampleData(), FILE)).toEqual({ ok: true, value: serializePlan(plan) });
  });

  it('refuses a damaged plan with the same words as checkPlanForSave, gate or no gate', () => {
    const plan = createSamplePlan();
    const bad = { ...plan, risks: { ...plan.risks, items: [{ ...plan.risks.items[0]!, impact: 9 }] } };
    const refusal = checkPlanForSave(bad, FILE);
    expect(refusal.ok).toBe(false);
    expect(planTextForSave(bad, FILE)).toEqual(refusal);
    const twice = { ...plan, risks: { ...plan.risks, items: [plan.risks.items[0]!, plan.risks.items[0]!] } };
    expect(planTextForSave(twice, FILE, true)).toEqual(checkPlanForSave(twice, FILE));
    expect(planTextForSave(twice, FILE, true).ok).toBe(false);
  });

  it('drops dangling links before writing, reordered or not', () => {
    const data = sampleData();
    data.risks.items[0].linkedCapabilityIds.push('cap-gone');
    const text = planTextForSave(data, FILE);
    expect(text.ok && JSON.parse(text.value).risks.items[0].linkedCapabilityIds).not.toContain('cap-gone');
    expect(text.ok && text.value).toBe(serializePlan(createSamplePlan()));
  });
});
