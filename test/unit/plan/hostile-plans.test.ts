import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createSamplePlan } from '../../../shared/plan/sample';
import { parsePlanText } from '../../../shared/plan/validate';
import { formatPath } from '../../../shared/plan/describe-issues';
import {
  CASE_TIME_LIMIT_MS,
  combined,
  danglingLinks,
  deepNesting,
  duplicateIds,
  expectAcceptedOrRefused,
  hostileCase,
  hugeString,
  prototypeKeys,
  prototypeSnapshot,
  sampleText,
  truncated,
  withBom,
  wrongType,
} from './hostile';
import type { HostileCase } from './hostile';

const FILE = 'from-a-usb-stick.mplan';
const tried = new Map<string, number>();

/** Opens the case's text; checks it never throws, never hangs and never touches a prototype. */
function open(c: HostileCase) {
  const before = prototypeSnapshot();
  const start = performance.now();
  let result: ReturnType<typeof parsePlanText> | undefined;
  expect(() => (result = parsePlanText(c.text, FILE)), `${c.kind} must not throw`).not.toThrow();
  expect(performance.now() - start, `${c.kind} must not hang`).toBeLessThan(CASE_TIME_LIMIT_MS);
  expect(prototypeSnapshot()).toEqual(before);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expectAcceptedOrRefused(result!, FILE);
  tried.set(c.kind, (tried.get(c.kind) ?? 0) + 1);
  return result!;
}

/** The refusal's details name the damaged part of the plan (its first field at least). */
function namesTheSection(result: ReturnType<typeof parsePlanText>, c: HostileCase) {
  if (result.ok || result.error.code !== 'INVALID_PLAN' || !c.path || !result.error.details) return;
  const section = formatPath(c.path.slice(0, 1));
  expect(result.error.details.some((line) => line.startsWith(section)), `${result.error.details.join('; ')} should name ${section}`).toBe(true);
}

afterAll(() => {
  const total = [...tried.values()].reduce((a, b) => a + b, 0);
  console.log(`hostile plan texts tried: ${total} (${[...tried].map(([k, n]) => `${k} ${n}`).join(', ')})`);
});

describe('opening a damaged or hostile plan file', () => {
  it('refuses a copy cut off anywhere, saying it was cut off or damaged', () => {
    fc.assert(
      fc.property(truncated, (c) => {
        const result = open(c);
        // Only the final newline can go missing without losing anything.
        if (result.ok) expect(c.text).toBe(sampleText().trimEnd());
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a wrong type at any field and names where it is', () => {
    fc.assert(fc.property(wrongType, (c) => namesTheSection(open(c), c)), { numRuns: 400 });
  });

  it('refuses huge text fields without repeating them back', () => {
    fc.assert(
      fc.property(hugeString, (c) => {
        const result = open(c);
        expect(result.ok).toBe(false);
        namesTheSection(result, c);
      }),
      { numRuns: 30 },
    );
  });

  it('survives lists and objects nested 200,000 deep without overflowing the stack', () => {
    fc.assert(fc.property(deepNesting, (c) => void open(c)), { numRuns: 40 });
  });

  it('keeps __proto__, constructor and prototype keys as plain data, never as prototypes', () => {
    fc.assert(
      fc.property(prototypeKeys, (c) => {
        const result = open(c);
        if (result.ok) {
          const json = JSON.stringify(result.value.plan);
          // Unknown keys are dropped; a clause parameter may keep such a name, but only as its own text.
          if (json.includes('"constructor"') || json.includes('"prototype"')) {
            for (const clause of result.value.plan.mandate.clauses) {
              expect(Object.getPrototypeOf(clause.params)).toBe(Object.prototype);
              for (const value of Object.values(clause.params)) expect(typeof value).toBe('string');
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses an id used twice in one list, naming both places', () => {
    fc.assert(
      fc.property(duplicateIds, (c) => {
        const result = open(c);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.message).toMatch(/used twice/);
          expect(result.error.details?.[0]).toMatch(new RegExp(`^${formatPath(c.path!).replace(/[.[\]]/g, '\\$&')}\\[\\d+\\]\\.id: ".+" is also used by`));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('repairs links from risks to capabilities that are not in the plan, and says so', () => {
    fc.assert(
      fc.property(danglingLinks, (c) => {
        const result = open(c);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.value.notices.join(' ')).toMatch(/no longer in the plan; (that link was|those links were) removed/);
      }),
      { numRuns: 100 },
    );
  });

  it('reads a byte-order mark in front of any of these as if it were not there', () => {
    expect(parsePlanText(`\uFEFF${sampleText()}`, FILE)).toEqual(parsePlanText(sampleText(), FILE));
    fc.assert(
      fc.property(withBom, (c) => {
        const plain = parsePlanText(c.text.slice(1), FILE);
        expect(open(c)).toEqual(plain);
      }),
      { numRuns: 100 },
    );
  });

  it('handles several kinds of damage at once', () => {
    fc.assert(fc.property(combined, (c) => void open(c)), { numRuns: 300 });
  });

  it('still opens the undamaged sample exactly', () => {
    const result = open(hostileCase('undamaged', sampleText()));
    expect(result.ok && result.value.plan).toEqual(createSamplePlan());
  });
});
