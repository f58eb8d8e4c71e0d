import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createSamplePlan } from '../../../shared/plan/sample';
import { checkPlanForSave, parsePlanText } from '../../../shared/plan/validate';
import type { DynamicContent } from 'pdfmake/interfaces';
import { briefDocument } from '../../../electron/services/pdf/brief-document';
import { frameText } from '../../../shared/brief/safe-text';
import { maxTextWidth } from '../../../electron/services/pdf/roboto-metrics';
import { formatPath } from '../../../shared/plan/describe-issues';
import {
  CASE_TIME_LIMIT_MS,
  combined,
  danglingLinks,
  deepNesting,
  duplicateIds,
  expectAcceptedOrRefused,
  frameBreakingCover,
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

describe('frame-breaking cover text', () => {
  const A4 = { width: 595.28, height: 841.89, orientation: 'portrait' as const };
  const frameStyle = { fontSize: 7.5 };

  it('always gives every page the whole marking top and bottom, one footer line with "Page X of Y", and no bidi control', () => {
    fc.assert(
      fc.property(frameBreakingCover, fc.integer({ min: 1, max: 99_999 }), (plan, pages) => {
        expect(checkPlanForSave(plan, FILE).ok).toBe(true);
        const doc = briefDocument(plan, { generatedAt: '2026-11-20' });
        const marking = frameText(plan.brief.classification || plan.cover.classification);
        const page = Math.max(1, Math.floor(pages / 2));
        const header = doc.header as DynamicContent;
        const footer = (doc.footer as DynamicContent)(page, pages, A4) as unknown as { stack: Array<Record<string, unknown>> };
        if (marking) {
          expect((header(page, pages, A4) as { text: string }).text).toBe(marking);
          expect(footer.stack.at(-1)!.text).toBe(marking);
        }
        const [title, , number] = (footer.stack[1]!.columns as Array<{ text: string; noWrap?: boolean }>);
        expect(number!.text).toBe(`Page ${page} of ${pages}`);
        expect(title!.noWrap).toBe(true);
        // One line: at most the width left beside the date and the widest page number.
        expect(maxTextWidth(title!.text, frameStyle)).toBeLessThanOrEqual(595.28 - 124 - maxTextWidth('20 November 2026', frameStyle) - maxTextWidth('Page 88888 of 88888', frameStyle) - 24 + 0.01);
        for (const text of [title!.text, marking]) expect(/[\u202A-\u202E\u2066-\u2069\n\r\u2028]/.test(text)).toBe(false);
        // The page margins leave room for every line the marking can take.
        const margins = doc.pageMargins as number[];
        expect(margins[1]).toBeGreaterThanOrEqual(64);
        expect(margins[3]! - margins[1]!).toBe(18);
      }),
      { numRuns: 100 },
    );
  });
});
