import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/plan/edit';
import { createEmptyPlan } from '../../../shared/plan/new-plan';
import { createSamplePlan } from '../../../shared/plan/sample';
import { commitCapabilityField } from '../../../renderer/checklists/checklist-commit';
import { attentionList, catalogueChoices, dueText, readinessCounts, relevantCatalogue } from '../../../renderer/checklists/checklist-view';
import { readiness } from '../../../shared/capabilities/readiness';

const TODAY = '2026-11-25';

describe('editing a checklist cell', () => {
  it('saves a status and refuses an empty title or an impossible date', () => {
    const plan = createSamplePlan();
    const item = plan.capabilities.items.find((i) => i.catalogueId === 'chk-surv-analysts')!;
    const ok = commitCapabilityField(plan, item, 'status', 'in-place');
    if (!ok.ok) throw new Error(ok.message);
    expect(applyEdit(plan, ok.edit!).capabilities.items.find((i) => i.id === item.id)!.status).toBe('in-place');
    expect(commitCapabilityField(plan, item, 'title', '  ')).toEqual({ ok: false, message: 'Give the capability a short title.' });
    expect(commitCapabilityField(plan, item, 'dueDate', '2027-02-30')).toEqual({ ok: false, message: 'Due date 2027-02-30 is not a real calendar date.' });
    expect(commitCapabilityField(plan, item, 'remove', 'x').ok).toBe(false);
  });
});

describe('what the checklists flag', () => {
  it('lists missing items due soon first, then the rest, and words the days left', () => {
    const list = attentionList(createSamplePlan().capabilities.items, TODAY);
    expect(list.map((d) => [d.item.status, dueText(d)])).toEqual([
      ['missing', 'Due in 6 days'],
      ['missing', 'Due in 8 days'],
      ['partial', 'Due in 10 days'],
    ]);
    expect(dueText({ daysLeft: 0 })).toBe('Due today');
    expect(dueText({ daysLeft: -1 })).toBe('Overdue by 1 day');
  });

  it('offers only catalogue items not yet on the checklist, relevant ones first', () => {
    const plan = createSamplePlan();
    const choices = catalogueChoices(plan, 'surveillance');
    const present = new Set(plan.capabilities.items.map((i) => i.catalogueId));
    expect(choices.every((c) => c.entry.area === 'surveillance' && !present.has(c.entry.id))).toBe(true);
    const firstIrrelevant = choices.findIndex((c) => !c.relevant);
    expect(firstIrrelevant === -1 || choices.slice(firstIrrelevant).every((c) => !c.relevant)).toBe(true);
    expect(relevantCatalogue(createEmptyPlan()).length).toBeGreaterThanOrEqual(24);
  });
});

describe('the readiness figures', () => {
  it('counts the statuses under a figure, leaving out the kinds with none', () => {
    const items = createSamplePlan().capabilities.items;
    const text = readinessCounts(readiness(items).overall);
    expect(text).toMatch(/^\d+ in place · \d+ partial · \d+ missing/);
    expect(readinessCounts(readiness([]).overall)).toBe('0 in place · 0 partial · 0 missing');
  });
});
