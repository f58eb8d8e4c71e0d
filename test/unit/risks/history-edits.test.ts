import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/plan/edit';
import { createSamplePlan } from '../../../shared/plan/sample';
import type { Plan } from '../../../shared/plan/schema';
import { clearAllHistory, historyCount, historyFields, removeFieldHistory } from '../../../shared/risks/history-edits';
import { updateRisk } from '../../../shared/risks/risk-edits';

const ctx = { by: 'Odile Brandt', now: new Date('2026-11-20T10:00:00.000Z') };

function withRemovedCause(): Plan {
  const plan = createSamplePlan();
  const id = plan.risks.items[0]!.id;
  const named = applyEdit(plan, updateRisk(plan, id, { cause: 'Informant: Amina K., stall 14' }, ctx)!);
  const cleaned = applyEdit(named, updateRisk(named, id, { cause: 'Source details removed.', likelihood: 2 }, ctx)!);
  return cleaned;
}

describe('removing text from a risk’s history', () => {
  it('drops every past value of one field and keeps the other fields’ history', () => {
    const plan = withRemovedCause();
    const risk = plan.risks.items[0]!;
    expect(JSON.stringify(plan)).toContain('Amina K.');
    expect(historyFields(plan, risk.id)).toEqual(expect.arrayContaining(['cause', 'likelihood']));
    const after = applyEdit(plan, removeFieldHistory(plan, risk.id, 'cause')!);
    expect(JSON.stringify(after)).not.toContain('Amina K.');
    expect(after.risks.items[0]!.history.map((h) => h.field)).not.toContain('cause');
    expect(after.risks.items[0]!.history.map((h) => h.field)).toContain('likelihood');
    expect(after.risks.items[0]!.cause).toBe('Source details removed.');
    expect(after.risks.items.slice(1)).toEqual(plan.risks.items.slice(1));
  });

  it('has nothing to do for a field without history', () => {
    const plan = withRemovedCause();
    expect(removeFieldHistory(plan, plan.risks.items[0]!.id, 'mitigation')).toBeNull();
  });

  it('clears the history of every risk in one edit', () => {
    const plan = withRemovedCause();
    expect(historyCount(plan)).toBeGreaterThan(2);
    const after = applyEdit(plan, clearAllHistory(plan)!);
    expect(historyCount(after)).toBe(0);
    expect(JSON.stringify(after)).not.toContain('Amina K.');
    expect(clearAllHistory(after)).toBeNull();
  });
});
