import { describe, expect, it } from 'vitest';
import { briefDocument } from '../../../electron/services/pdf/brief-document';
import { riskFactor } from '../../../shared/content/risk-factors';
import { createEmptyPlan } from '../../../shared/plan/new-plan';
import { createSamplePlan } from '../../../shared/plan/sample';
import type { Plan } from '../../../shared/plan/schema';
import { tablesStartingWith, textOf } from './doc-walk';

const DATE = '2026-11-20';
const brief = (plan: Plan) => briefDocument(plan, { generatedAt: DATE });

describe('the brief’s situation pages', () => {
  it('print each factor with its Framework definition and its indicators with the Framework numbers', () => {
    const doc = brief(createSamplePlan());
    const [factors] = tablesStartingWith(doc, '#');
    const text = textOf(factors);
    expect(text).toContain(riskFactor(6).definition);
    expect(text).toContain('7.14 More inflammatory rhetoric, propaganda campaigns or hate speech targeting protected groups');
    expect(text).toContain('6.10 Lack of an early-warning mechanism');
    expect(textOf(doc.content)).toMatch(/factor 6 \(absence of mitigating factors\) included, a higher level means more risk/);
  });

  it('label the crime picture as the app’s heuristic, not a Framework finding', () => {
    const text = textOf(brief(createSamplePlan()).content);
    expect(text).toContain('What the pattern points to (app heuristic)');
    expect(text).toMatch(/A Mandate Planner heuristic, not a Framework finding: the Framework neither ranks nor weights its risk factors/);
  });

  it('do not point to war crimes in peacetime, and say why', () => {
    const plan = createSamplePlan();
    plan.situation.conflictContext = 'peace';
    const text = textOf(brief(plan).content);
    expect(text).toContain('War crimes need an armed conflict; the plan records peacetime.');
    expect(text).toMatch(/War crimes Not pointed to/);
    expect(text).not.toMatch(/points to [^.]*war crimes/);
  });

  it('never call the risk "remote" unless the planner chose a Pillar II context', () => {
    const plan = createEmptyPlan(new Date('2026-10-01T09:00:00Z'));
    plan.situation.atrocityStage = 'emerging';
    plan.situation.perpetratorNotes = 'A named militia has threatened the minority.';
    const text = textOf(brief(plan).content);
    expect(text).toContain('R2P pillar context (as the seed uses the pillars) Not yet assessed');
    expect(text).not.toMatch(/remote/i);
    plan.situation.r2pPillar = 'pillar-2';
    expect(textOf(brief(plan).content)).toContain('Pillar II context: structural drivers, atrocity risk remote');
  });
});
