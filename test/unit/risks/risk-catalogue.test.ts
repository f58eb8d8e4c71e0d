import { describe, expect, it } from 'vitest';
import { RISK_CATALOGUE, riskCatalogueFor } from '../../../shared/content/risk-catalogue';
import { createSamplePlan } from '../../../shared/plan/sample';
import { idSchema, planSchema } from '../../../shared/plan/schema';
import { addRiskFromCatalogue } from '../../../shared/risks/risk-edits';
import { applyEdit } from '../../../shared/plan/edit';

describe('risk catalogue', () => {
  it('has at least 14 entries with unique, valid ids', () => {
    expect(RISK_CATALOGUE.length).toBeGreaterThanOrEqual(14);
    const ids = RISK_CATALOGUE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(idSchema.safeParse(id).success).toBe(true);
  });

  it('phrases every title "If …, then …" and fills cause, consequence, mitigation ideas and basis', () => {
    for (const e of RISK_CATALOGUE) {
      expect(e.title, e.id).toMatch(/^If .+, then .+/);
      expect(e.cause.length, e.id).toBeGreaterThan(20);
      expect(e.consequence.length, e.id).toBeGreaterThan(20);
      expect(e.mitigationIdeas.length, e.id).toBeGreaterThan(0);
      expect(e.basis, e.id).not.toBe('');
      expect(e.appliesTo.length, e.id).toBeGreaterThan(0);
    }
  });

  it('covers the risks the seed names', () => {
    const ids = new Set(RISK_CATALOGUE.map((e) => e.id));
    for (const id of ['rsk-regime-buys-time', 'rsk-no-enforcement', 'rsk-slow-authorization', 'rsk-support-dependence', 'rsk-moral-hazard', 'rsk-escalation-window', 'rsk-victim-retribution', 'rsk-domestic-opposition', 'rsk-anti-coalition', 'rsk-casualties', 'rsk-equipment-loss', 'rsk-root-causes', 'rsk-bureaucratic-politics', 'rsk-settlement-vs-protection']) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('turns every entry into a risk the plan schema accepts', () => {
    let plan = createSamplePlan();
    for (const entry of RISK_CATALOGUE) {
      plan = applyEdit(plan, addRiskFromCatalogue(plan, entry, { by: 'Tester', now: new Date('2026-11-20T10:00:00Z') }).edit);
    }
    const parsed = planSchema.safeParse(plan);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('filters entries by mission type', () => {
    const political = riskCatalogueFor('political').map((e) => e.id);
    expect(political).toContain('rsk-no-enforcement');
    expect(political).not.toContain('rsk-casualties');
    expect(riskCatalogueFor('both')).toHaveLength(RISK_CATALOGUE.length);
  });
});
