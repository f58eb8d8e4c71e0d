import { describe, expect, it } from 'vitest';
import { findClauseTemplate } from '../../../shared/content/clauses';
import { assembleMandate } from '../../../shared/mandate/assemble';
import { renderClause } from '../../../shared/mandate/templating';
import { planSchema } from '../../../shared/plan/schema';
import { createSamplePlan } from '../../../shared/plan/sample';

describe('the sample plan\'s mandate', () => {
  const plan = createSamplePlan();

  it('is a valid plan whose clauses keep their fixed ids', () => {
    expect(planSchema.safeParse(plan).success).toBe(true);
    // Ids are fixed, not positional: clauses added later took the next number wherever they sit.
    const ids = plan.mandate.clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids.map((_, i) => `cl-sample-${String(i + 1).padStart(2, '0')}`));
  });

  it('takes every clause from the library with every parameter filled', () => {
    for (const c of plan.mandate.clauses) {
      const template = findClauseTemplate(c.templateId);
      expect(template, c.id).toBeDefined();
      expect(c.opening).toBe(template!.opening);
      const r = renderClause(c);
      expect({ gaps: r.gaps, invalid: r.invalid, unknown: r.unknown }, c.id).toEqual({ gaps: [], invalid: [], unknown: [] });
    }
  });

  it('assembles into a ready mandate with both mission families', () => {
    const m = assembleMandate(plan);
    expect(m.ready).toBe(true);
    expect(m.operative.length).toBeGreaterThanOrEqual(10);
    expect(new Set(plan.mandate.clauses.map((c) => c.family))).toEqual(new Set(['political', 'deployment', 'cross-cutting']));
    // The over-the-horizon force names who is authorized and who decides; no restricted tripwire is quoted.
    expect(m.operative.some((p) => p.text.startsWith('Authorizes ECOKB to maintain a contingency force') && p.text.includes('upon a request of the Secretary-General'))).toBe(true);
    expect(m.operative.some((p) => /massing within 10 km/.test(p.text))).toBe(false);
  });
});
