import { describe, expect, it } from 'vitest';
import { applyEdit, setField } from '../../../shared/plan/edit';
import type { PlanEdit } from '../../../shared/plan/edit';
import { createSamplePlan } from '../../../shared/plan/sample';
import { planSchema } from '../../../shared/plan/schema';

describe('applyEdit', () => {
  it('sets a cover field and keeps every untouched branch by identity', () => {
    const plan = createSamplePlan();
    const next = applyEdit(plan, setField(['cover', 'title'], 'New title'));
    expect(next.cover.title).toBe('New title');
    expect(plan.cover.title).toBe('Preventive mandate proposal for the Karst Basin');
    expect(next.risks).toBe(plan.risks);
    expect(next.situation).toBe(plan.situation);
    expect(next.cover).not.toBe(plan.cover);
  });

  it('inserts, moves and removes clauses by index', () => {
    const plan = createSamplePlan();
    const ids = () => plan.mandate.clauses.map((c) => c.id);
    const extra = { ...plan.mandate.clauses[0]!, id: 'cl-new' };
    const inserted = applyEdit(plan, { kind: 'insert', path: ['mandate', 'clauses'], index: 1, value: extra });
    expect(inserted.mandate.clauses.map((c) => c.id)).toEqual([ids()[0], 'cl-new', ...ids().slice(1)]);
    const moved = applyEdit(inserted, { kind: 'move', path: ['mandate', 'clauses'], from: 1, to: 3 });
    expect(moved.mandate.clauses[3]!.id).toBe('cl-new');
    const removed = applyEdit(moved, { kind: 'remove', path: ['mandate', 'clauses'], index: 3 });
    expect(removed.mandate.clauses.map((c) => c.id)).toEqual(ids());
  });

  it('clamps an insert past the end to the end of the list', () => {
    const plan = createSamplePlan();
    const next = applyEdit(plan, { kind: 'insert', path: ['brief', 'distribution'], index: 99, value: 'Archive' });
    expect(next.brief.distribution.at(-1)).toBe('Archive');
  });

  it('applies a batch in order as one edit', () => {
    const plan = createSamplePlan();
    const batch: PlanEdit = {
      kind: 'batch',
      edits: [setField(['risks', 'items', 0, 'likelihood'], 2), setField(['risks', 'items', 0, 'status'], 'monitoring')],
    };
    const next = applyEdit(plan, batch);
    expect(next.risks.items[0]).toMatchObject({ likelihood: 2, status: 'monitoring' });
    expect(planSchema.safeParse(next).success).toBe(true);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a path through %s and pollutes nothing', (key) => {
    const plan = createSamplePlan();
    expect(() => applyEdit(plan, setField([key, 'polluted'], true))).toThrow(/Refused/);
    expect(() => applyEdit(plan, setField(['cover', key, 'polluted'], true))).toThrow(/Refused/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses fields that do not exist and indexes out of range', () => {
    const plan = createSamplePlan();
    expect(() => applyEdit(plan, setField(['cover', 'nickname'], 'x'))).toThrow(/No field nickname/);
    expect(() => applyEdit(plan, setField(['risks', 'items', 99, 'title'], 'x'))).toThrow(/No item 99/);
    expect(() => applyEdit(plan, { kind: 'insert', path: ['cover', 'title'], index: 0, value: 'x' })).toThrow(/not a list/);
  });
});
