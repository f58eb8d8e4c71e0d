import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/plan/edit';
import { createSamplePlan } from '../../../shared/plan/sample';
import type { Risk } from '../../../shared/plan/schema';
import { heatMapView } from '../../../renderer/risks/heat-map-view';
import { commitRiskCell } from '../../../renderer/risks/register-commit';
import { describeHeatCell, matchesHeatCell, matchesReviewFilter } from '../../../renderer/risks/register-filters';
import { registerSummary } from '../../../renderer/risks/register-summary';
import { formatCount, plural } from '../../../shared/plan/labels';
import { catalogueRows } from '../../../renderer/risks/catalogue-view';
import { historyLine } from '../../../renderer/risks/history-lines';

const ctx = { by: 'Lena Marić', now: new Date('2026-11-25T10:00:00Z') };
const TODAY = '2026-11-25';
const sample = () => createSamplePlan();
const byRef = (risks: readonly Risk[], ref: string) => risks.find((r) => r.ref === ref)!;

describe('editing a register cell', () => {
  it('saves a valid likelihood with a history entry and a label naming the risk', () => {
    const plan = sample();
    const risk = byRef(plan.risks.items, 'R-003');
    const result = commitRiskCell(plan, risk, 'likelihood', ' 5 ', ctx);
    if (!result.ok) throw new Error(result.message);
    expect(result.label).toBe('edit likelihood of R-003');
    const after = byRef(applyEdit(plan, result.edit!).risks.items, 'R-003');
    expect(after.likelihood).toBe(5);
    expect(after.history.at(-1)).toMatchObject({ by: 'Lena Marić', field: 'likelihood', from: '3', to: '5' });
  });

  it('refuses impossible values with the reason and builds no edit', () => {
    const plan = sample();
    const risk = byRef(plan.risks.items, 'R-003');
    for (const value of ['7', '0', '3.5', 'three', '']) {
      expect(commitRiskCell(plan, risk, 'likelihood', value, ctx)).toEqual({ ok: false, message: 'Likelihood must be a whole number from 1 (rare) to 5 (almost certain).' });
    }
    expect(commitRiskCell(plan, risk, 'owner', '   ', ctx)).toEqual({ ok: false, message: 'Name the person or post who owns this risk.' });
    expect(commitRiskCell(plan, risk, 'reviewDate', '', ctx).ok).toBe(false);
    expect(commitRiskCell(plan, risk, 'inherent', '12', ctx).ok).toBe(false);
  });

  it('builds no edit when the value is unchanged', () => {
    const plan = sample();
    const risk = byRef(plan.risks.items, 'R-003');
    expect(commitRiskCell(plan, risk, 'owner', ` ${risk.owner} `, ctx)).toMatchObject({ ok: true, edit: null });
  });
});

describe('register filters', () => {
  it('finds overdue, soon-due and missing review dates, never for closed risks', () => {
    const risks = sample().risks.items;
    const refs = (f: 'overdue' | 'due-soon' | 'missing') => risks.filter((r) => matchesReviewFilter(r, f, TODAY)).map((r) => r.ref);
    expect(refs('overdue')).toEqual(['R-006']);
    expect(refs('due-soon')).toEqual(['R-001']);
    expect(refs('missing')).toEqual([]);
    const closed = { ...byRef(risks, 'R-011'), reviewDate: '2020-01-01' };
    expect(matchesReviewFilter(closed, 'overdue', TODAY)).toBe(false);
  });

  it('matches a heat-map cell the way the heat map counts it, without closed risks', () => {
    const plan = sample();
    const view = heatMapView(plan.risks.items, plan.risks.bands, 'residual');
    for (const row of view.rows) {
      for (const cell of row) {
        const matched = plan.risks.items.filter((r) => matchesHeatCell(r, { kind: 'residual', likelihood: cell.likelihood, impact: cell.impact }));
        expect(matched).toHaveLength(cell.count);
      }
    }
    expect(describeHeatCell({ kind: 'inherent', likelihood: 4, impact: 5 })).toBe('likelihood 4 (likely) × impact 5 (severe), inherent');
  });
});

describe('the heat map as drawn', () => {
  it('puts likelihood 5 on top and impact 1 on the left, coloured by the plan’s bands, with spoken labels', () => {
    const plan = sample();
    const view = heatMapView(plan.risks.items, plan.risks.bands, 'inherent');
    expect(view.rows.map((r) => r[0]!.likelihood)).toEqual([5, 4, 3, 2, 1]);
    expect(view.rows[0]!.map((c) => c.impact)).toEqual([1, 2, 3, 4, 5]);
    expect(view.rows[0]![4]).toMatchObject({ likelihood: 5, impact: 5, band: 'critical' });
    expect(view.rows[4]![0]).toMatchObject({ likelihood: 1, impact: 1, band: 'low' });
    expect(view.rows[1]![3]!.label).toBe('Likelihood 4, impact 4: 2 risks');
    expect(view.rows[1]![4]!.label).toBe('Likelihood 4, impact 5: 1 risk');
    expect(view.total).toBe(10);
  });
});

describe('the register at a glance', () => {
  it('counts live risks by residual band, overdue reviews and the highest residual risks', () => {
    const plan = sample();
    const s = registerSummary(plan.risks.items, plan.risks.bands, TODAY);
    expect(s).toMatchObject({ total: 11, live: 10, closed: 1, overdue: 1, missingReview: 0, residualBands: { critical: 0, high: 4, medium: 4, low: 2 } });
    // Residual 12 three times: inherent breaks the tie (20, 16, 16), register order after that.
    expect(s.top.map((r) => r.ref)).toEqual(['R-001', 'R-002', 'R-010']);
  });
});

describe('the register summary and heat map after a change', () => {
  it('count the changed register again, and reuse the counts for the same one', () => {
    const plan = sample();
    const first = registerSummary(plan.risks.items, plan.risks.bands, TODAY);
    expect(registerSummary(plan.risks.items, plan.risks.bands, TODAY)).toBe(first);
    const r003 = byRef(plan.risks.items, 'R-003');
    const changed = plan.risks.items.map((r) => (r === r003 ? { ...r, residualLikelihood: 5, residualImpact: 5 } : r));
    const after = registerSummary(changed, plan.risks.bands, TODAY);
    expect(after.residualBands.critical).toBe(first.residualBands.critical + 1);
    expect(after.top[0]!.ref).toBe('R-003');

    const cell = (v: ReturnType<typeof heatMapView>) => v.rows[0]![4]!.count;
    expect(cell(heatMapView(plan.risks.items, plan.risks.bands, 'residual'))).toBe(0);
    expect(cell(heatMapView(changed, plan.risks.bands, 'residual'))).toBe(1);
    expect(heatMapView(changed, plan.risks.bands, 'residual')).toBe(heatMapView(changed, plan.risks.bands, 'residual'));
  });

  it('writes counts the way the planner’s locale does', () => {
    expect(formatCount(5000)).toBe('5,000');
    expect(plural(1, 'risk')).toBe('1 risk');
    expect(plural(4500, 'live risk')).toBe('4,500 live risks');
  });
});

describe('the risk catalogue dialog', () => {
  it('marks entries already in the register and narrows by every search word', () => {
    const plan = sample();
    const rows = catalogueRows(plan, '', true);
    expect(rows.find((r) => r.entry.id === 'rsk-escalation-window')?.inRegister).toEqual(['R-001']);
    const found = catalogueRows(plan, 'enforcement warnings', true);
    expect(found.map((r) => r.entry.id)).toEqual(['rsk-no-enforcement']);
  });
});

describe('history lines', () => {
  const at = ctx.now.toISOString();
  it('reads a field change and the creation entry in plain words', () => {
    const plan = sample();
    expect(historyLine({ at, by: 'x', field: 'residualImpact', from: '3', to: '4' }, plan)).toBe('Residual impact: 3 → 4');
    expect(historyLine({ at, by: 'x', field: 'owner', from: '', to: 'SRSG' }, plan)).toBe('Owner: (empty) → SRSG');
    expect(historyLine({ at, by: 'x', field: 'risk', from: '', to: 'added from catalogue (rsk-spillover)' }, plan)).toBe('Added from the risk catalogue');
    expect(historyLine({ at, by: 'x', field: 'risk', from: '', to: 'added (manual)' }, plan)).toBe('Added');
  });

  it('names the checklist item a risk was added for by its title, never by its id', () => {
    const plan = sample();
    const item = plan.capabilities.items[0]!;
    const line = historyLine({ at, by: 'x', field: 'risk', from: '', to: `added from capability (${item.id})` }, plan);
    expect(line).toBe(`Added for the capability gap “${item.title}”`);
    // A custom item removed since: its title is gone with it, and the id is still not shown.
    const gone = historyLine({ at, by: 'x', field: 'risk', from: '', to: 'added from capability (cap-zq5iar9jiykn)' }, plan);
    expect(gone).toBe('Added for an item no longer on the checklist');
    expect(gone).not.toContain('cap-');
  });
});
