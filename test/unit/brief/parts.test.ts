import { describe, expect, it } from 'vitest';
import { buildBriefDocument, buildBriefPart } from '../../../shared/brief/build-brief';
import { briefParts, MIN_ENTRIES_PER_PART, SPLIT_FROM_RISKS } from '../../../shared/brief/parts';
import { createSamplePlan } from '../../../shared/plan/sample';
import { planWithRisks } from '../../bench/_large-plan';
import { textOf, tocEntries } from './doc-walk';

const OPTIONS = { generatedAt: '2026-11-20' };
/** A brief of mostly annex: split from a few hundred risks on. */
const ANNEX_BRIEF = { ...OPTIONS, sections: ['cover' as const, 'contents' as const, 'annex' as const] };
const refsIn = (text: string) => text.match(/R-\d{4}/g) ?? [];

describe('cutting a long brief into parts for two threads', () => {
  it('keeps a short brief whole', () => {
    const plan = createSamplePlan();
    expect(briefParts(plan, OPTIONS)).toEqual([{ index: 0, annexFrom: 0, annexTo: plan.risks.items.length }]);
  });

  it('keeps a long brief whole without an annex, or when a part would print only a few entries', () => {
    expect(briefParts(planWithRisks(SPLIT_FROM_RISKS * 3), { ...OPTIONS, sections: ['cover', 'risks'] })).toHaveLength(1);
    // With the register in front, 400 risks would leave the first part a single annex entry.
    expect(briefParts(planWithRisks(SPLIT_FROM_RISKS), OPTIONS)).toHaveLength(1);
    for (const count of [400, 800, 1200, 2000, 5000]) {
      const parts = briefParts(planWithRisks(count), OPTIONS);
      for (const part of parts) expect(part.annexTo - part.annexFrom).toBeGreaterThanOrEqual(parts.length > 1 ? MIN_ENTRIES_PER_PART : 0);
    }
  });

  it('gives the later annex entries to a second part, every entry exactly once', () => {
    const plan = planWithRisks(5000);
    const parts = briefParts(plan, OPTIONS);
    expect(parts).toHaveLength(2);
    const [first, second] = parts;
    expect(first).toMatchObject({ index: 0, annexFrom: 0 });
    expect(second).toMatchObject({ index: 1, annexFrom: first!.annexTo, annexTo: 5000 });
    // The first part also prints the register and the rest of the brief, so it takes fewer entries.
    expect(first!.annexTo).toBeGreaterThan(0);
    expect(first!.annexTo).toBeLessThan(second!.annexTo - second!.annexFrom);
  });

  it('balances the work: without the register, the cut moves later', () => {
    const plan = planWithRisks(5000);
    const withRegister = briefParts(plan, OPTIONS)[0]!.annexTo;
    const withoutRegister = briefParts(plan, { ...OPTIONS, sections: ['cover', 'annex'] })[0]!.annexTo;
    expect(withoutRegister).toBeGreaterThan(withRegister);
  });

  it('prints the same annex entries across the parts as the whole brief, in the same order', () => {
    const plan = planWithRisks(SPLIT_FROM_RISKS);
    const parts = briefParts(plan, ANNEX_BRIEF);
    expect(parts).toHaveLength(2);
    const annexOnly = { ...OPTIONS, sections: ['annex' as const] };
    const whole = refsIn(textOf(buildBriefDocument(plan, annexOnly).content));
    const split = parts.flatMap((p) => refsIn(textOf(buildBriefPart(plan, annexOnly, p).content)));
    expect(split).toEqual(whole);
    expect(new Set(split).size).toBe(plan.risks.items.length);
  });

  it('starts the second part with a continuation heading that stays out of the contents', () => {
    const plan = planWithRisks(SPLIT_FROM_RISKS);
    const [first, second] = briefParts(plan, ANNEX_BRIEF);
    const later = buildBriefPart(plan, ANNEX_BRIEF, second!);
    expect(textOf(later.content)).toMatch(/^Annex A\s+Risk details \(continued\)/);
    expect(tocEntries(later)).toEqual([]);
    expect(textOf(later.content)).not.toContain('Risk register');
    // The first part holds the whole contents, the annex heading included.
    expect(tocEntries(buildBriefPart(plan, ANNEX_BRIEF, first!))).toContain('Annex A  Risk details');
  });

  it('frames every part the same way, so the pages match when joined', () => {
    const plan = planWithRisks(SPLIT_FROM_RISKS);
    const [first, second] = briefParts(plan, ANNEX_BRIEF).map((p) => buildBriefPart(plan, ANNEX_BRIEF, p));
    expect(second!.pageSize).toBe(first!.pageSize);
    expect(second!.pageMargins).toEqual(first!.pageMargins);
    expect(typeof second!.header).toBe('function');
    expect(typeof second!.footer).toBe('function');
    expect(Boolean(second!.background)).toBe(Boolean(first!.background));
  });
});
