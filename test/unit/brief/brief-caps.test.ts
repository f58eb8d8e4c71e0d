import { describe, expect, it } from 'vitest';
import { briefDocument } from '../../../electron/services/pdf/brief-document';
import { briefCost, MAX_BRIEF_COST } from '../../../shared/brief/brief-caps';
import { BRIEF_SECTIONS } from '../../../shared/plan/schema';
import type { Plan } from '../../../shared/plan/schema';
import { createSamplePlan } from '../../../shared/plan/sample';
import { PlannerError } from '../../../shared/result';
import { planWithRisks } from '../../bench/_large-plan';

/** A valid plan whose register holds `count` risks with every long field at its 20,000-character limit. */
function fullRegister(count: number): Plan {
  const plan = createSamplePlan();
  const template = plan.risks.items[0]!;
  plan.risks.items = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `risk-cap-${i}`,
    ref: `R-${String(i + 1).padStart(4, '0')}`,
    cause: 'word '.repeat(4000),
    consequence: 'x'.repeat(20_000),
    mitigation: 'line\n'.repeat(4000),
  }));
  return plan;
}

describe('the size a brief may reach', () => {
  it('stops a brief far beyond the cap before any layout, in plain words naming what to leave out', () => {
    const plan = fullRegister(600);
    const start = performance.now();
    const error = (() => {
      try {
        briefDocument(plan, { generatedAt: '2026-11-20' });
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PlannerError);
    expect((error as PlannerError).code).toBe('TOO_LARGE');
    expect((error as PlannerError).message).toMatch(/too long to print.*without the full register.*leave out the risk register or the annex.*Nothing was written\.$/);
    expect(performance.now() - start).toBeLessThan(2_000);
  });

  it('prints the same plan once the register and annex are left out', () => {
    const plan = fullRegister(600);
    const sections = BRIEF_SECTIONS.filter((s) => s !== 'risks' && s !== 'annex');
    expect(() => briefDocument(plan, { generatedAt: '2026-11-20', sections: [...sections] })).not.toThrow();
  });

  it('lets the 5,000-risk benchmark brief through with room to spare, and the sample by far', () => {
    const all = { sections: [...BRIEF_SECTIONS], fullRegister: true };
    expect(briefCost(planWithRisks(5000), all)).toBeLessThan(MAX_BRIEF_COST * 0.6);
    expect(briefCost(createSamplePlan(), all)).toBeLessThan(MAX_BRIEF_COST / 100);
  });

  it('counts only the risks the default brief prints, so a register of thousands stays far from the cap', () => {
    const plan = planWithRisks(5000);
    const briefing = briefCost(plan, { sections: [...BRIEF_SECTIONS], fullRegister: false });
    expect(briefing).toBeLessThan(briefCost(plan, { sections: [...BRIEF_SECTIONS], fullRegister: true }) / 20);
    expect(briefing).toBeLessThan(MAX_BRIEF_COST / 50);
  });

  it('counts a line break as a line, so a register of blank lines cannot print tens of thousands of pages', () => {
    const plan = createSamplePlan();
    const blanks = briefCost({ ...plan, situation: { ...plan.situation, notes: 'a\n'.repeat(10_000) } }, { sections: ['situation'], fullRegister: false });
    const words = briefCost({ ...plan, situation: { ...plan.situation, notes: 'ab'.repeat(10_000) } }, { sections: ['situation'], fullRegister: false });
    expect(blanks).toBeGreaterThan(words * 10);
  });
});

describe('blank lines and the cap', () => {
  it('counts a run of blank lines as the one blank line the brief prints', () => {
    const plan = createSamplePlan();
    const cost = (notes: string) => briefCost({ ...plan, situation: { ...plan.situation, notes } }, { sections: ['situation'], fullRegister: false });
    expect(cost(`a${'\n'.repeat(20_000)}b`) - cost(`a${' '.repeat(20_000)}b`)).toBeLessThan(100);
  });
});
