import { describe, expect, it, vi } from 'vitest';
import {
  HISTORY_LIMIT,
  documentReducer,
  initialDocumentState,
  isDirty,
  needsBackupReplaced,
  redoLabel,
  undoLabel,
} from '../../../renderer/state/document';
import type { DocumentAction, DocumentState } from '../../../renderer/state/document';
import { createSamplePlan } from '../../../shared/plan/sample';
import { setField } from '../../../shared/plan/edit';
import type { Plan } from '../../../shared/plan/schema';

const run = (state: DocumentState, ...actions: DocumentAction[]) => actions.reduce(documentReducer, state);

function opened(plan: Plan = createSamplePlan(), unsaved = false): DocumentState {
  return documentReducer(initialDocumentState, {
    type: 'opened',
    doc: { docId: 'doc-abc', path: '/plans/veloria.mplan', name: 'veloria.mplan', plan },
    unsaved,
  });
}

const typeTitle = (value: string): DocumentAction => ({
  type: 'edit',
  edit: setField(['cover', 'title'], value),
  label: 'edit title',
  typingKey: 'cover.title',
});

const typeAuthor = (value: string): DocumentAction => ({
  type: 'edit',
  edit: setField(['cover', 'author'], value),
  label: 'edit author',
  typingKey: 'cover.author',
});

describe('document reducer', () => {
  it('opens a plan clean, with nothing to undo', () => {
    const state = opened();
    expect(isDirty(state)).toBe(false);
    expect(undoLabel(state)).toBeNull();
    expect(redoLabel(state)).toBeNull();
  });

  it('marks the plan dirty after an edit and names the edit in the undo label', () => {
    const state = run(opened(), typeTitle('Veloria plan'));
    expect(state.doc?.plan.cover.title).toBe('Veloria plan');
    expect(isDirty(state)).toBe(true);
    expect(undoLabel(state)).toBe('Undo edit title');
  });

  it('joins consecutive typing in one field into a single undo step', () => {
    const original = createSamplePlan();
    const state = run(opened(original), typeTitle('V'), typeTitle('Ve'), typeTitle('Vel'));
    expect(state.past).toHaveLength(1);
    const undone = run(state, { type: 'undo' });
    expect(undone.doc?.plan.cover.title).toBe(original.cover.title);
  });

  it('starts a new undo step when typing moves to another field or the field is left', () => {
    const state = run(opened(), typeTitle('A'), typeTitle('AB'), typeAuthor('X'), typeAuthor('XY'), { type: 'end-typing' }, typeAuthor('XYZ'));
    expect(state.past.map((s) => s.label)).toEqual(['edit title', 'edit author', 'edit author']);
    const back = run(state, { type: 'undo' });
    expect(back.doc?.plan.cover.author).toBe('XY');
  });

  it('is clean again after undoing back to the saved plan', () => {
    const state = run(opened(), typeTitle('A'), typeAuthor('B'), { type: 'undo' }, { type: 'undo' });
    expect(isDirty(state)).toBe(false);
    expect(undoLabel(state)).toBeNull();
    expect(redoLabel(state)).toBe('Redo edit title');
  });

  it('redoes undone edits in order and labels them', () => {
    const state = run(opened(), typeTitle('A'), typeAuthor('B'), { type: 'undo' }, { type: 'undo' });
    const once = run(state, { type: 'redo' });
    expect(once.doc?.plan.cover.title).toBe('A');
    expect(once.doc?.plan.cover.author).toBe(createSamplePlan().cover.author);
    expect(redoLabel(once)).toBe('Redo edit author');
    const twice = run(once, { type: 'redo' });
    expect(twice.doc?.plan.cover.author).toBe('B');
    expect(redoLabel(twice)).toBeNull();
    expect(isDirty(twice)).toBe(true);
  });

  it('drops the redo steps when a new edit is made after undo', () => {
    const state = run(opened(), typeTitle('A'), { type: 'end-typing' }, typeTitle('AB'), { type: 'undo' }, typeAuthor('Z'));
    expect(redoLabel(state)).toBeNull();
    expect(state.doc?.plan.cover.title).toBe('A');
  });

  it('does not record an undo step for a value that did not change', () => {
    const title = createSamplePlan().cover.title;
    const state = run(opened(), typeTitle(title));
    expect(state.past).toHaveLength(0);
    expect(isDirty(state)).toBe(false);
  });

  it('keeps the plan whole when an edit names a path that does not exist', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const before = opened();
    const after = run(before, { type: 'edit', edit: setField(['cover', 'nonsense'], 'x'), label: 'edit nonsense' });
    expect(after).toBe(before);
    expect(quiet).toHaveBeenCalledOnce();
    quiet.mockRestore();
  });

  it('becomes clean when the save of the current plan completes, taking the written plan', () => {
    const edited = run(opened(), typeTitle('Saved title'));
    const basis = edited.doc!.plan;
    const written = { ...basis, cover: { ...basis.cover, modifiedAt: '2027-01-01T00:00:00.000Z' } };
    const saved = run(edited, { type: 'saved', docId: 'doc-abc', path: '/plans/new.mplan', name: 'new.mplan', plan: written, basis });
    expect(isDirty(saved)).toBe(false);
    expect(saved.doc?.path).toBe('/plans/new.mplan');
    expect(saved.doc?.name).toBe('new.mplan');
    expect(saved.doc?.plan.cover.modifiedAt).toBe('2027-01-01T00:00:00.000Z');
    expect(undoLabel(saved)).toBe('Undo edit title');
  });

  it('stays dirty when the planner typed on while the save was in flight', () => {
    const edited = run(opened(), typeTitle('First'));
    const basis = edited.doc!.plan;
    const typedOn = run(edited, typeTitle('First and more'));
    const saved = run(typedOn, { type: 'saved', docId: 'doc-abc', path: '/p.mplan', name: 'p.mplan', plan: basis, basis });
    expect(saved.doc?.plan.cover.title).toBe('First and more');
    expect(isDirty(saved)).toBe(true);
  });

  it('starts a fresh undo step after a save so undo lands exactly on the saved plan', () => {
    const edited = run(opened(), typeTitle('One'));
    const basis = edited.doc!.plan;
    const saved = run(edited, { type: 'saved', docId: 'doc-abc', path: '/p.mplan', name: 'p.mplan', plan: basis, basis }, typeTitle('One two'));
    expect(saved.past).toHaveLength(2);
    const undone = run(saved, { type: 'undo' });
    expect(undone.doc?.plan.cover.title).toBe('One');
    expect(isDirty(undone)).toBe(false);
  });

  it('ignores a save result for a document that is no longer open', () => {
    const state = run(opened(), typeTitle('X'));
    const plan = state.doc!.plan;
    const after = run(state, { type: 'saved', docId: 'doc-other', path: '/x.mplan', name: 'x.mplan', plan, basis: plan });
    expect(after).toBe(state);
  });

  it('treats a restored recovery copy as unsaved work', () => {
    const state = opened(createSamplePlan(), true);
    expect(isDirty(state)).toBe(true);
  });

  it('forgets the document and its history when closed', () => {
    const state = run(opened(), typeTitle('X'), { type: 'closed' });
    expect(state.doc).toBeNull();
    expect(state.past).toHaveLength(0);
    expect(isDirty(state)).toBe(false);
  });

  it('keeps at most HISTORY_LIMIT undo steps', () => {
    let state = opened();
    for (let i = 0; i < HISTORY_LIMIT + 25; i++) state = run(state, { type: 'edit', edit: setField(['cover', 'title'], `t${i}`), label: 'edit title' });
    expect(state.past).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT; i++) state = run(state, { type: 'undo' });
    expect(state.doc?.plan.cover.title).toBe('t24');
  });

  it('applies structural edits such as inserting a distribution entry', () => {
    const before = opened();
    const state = run(before, { type: 'edit', edit: { kind: 'insert', path: ['brief', 'distribution'], index: 0, value: 'Chief of staff' }, label: 'add recipient' });
    expect(state.doc?.plan.brief.distribution[0]).toBe('Chief of staff');
    expect(state.doc?.plan.risks).toBe(before.doc?.plan.risks);
  });
});

describe('removing text from history', () => {
  const purge = (value: string): DocumentAction => ({ type: 'edit', edit: setField(['cover', 'title'], value), label: 'remove from history', purge: true });
  const saved = (state: DocumentState, purgesSaved: number): DocumentAction => ({
    type: 'saved', docId: 'doc-abc', path: '/plans/veloria.mplan', name: 'veloria.mplan', plan: state.doc!.plan, basis: state.doc!.plan, purgesSaved,
  });

  it('asks the next save to replace the backup, and only that save', () => {
    const state = run(opened(), purge('A'));
    expect(needsBackupReplaced(state.doc!)).toBe(true);
    const after = run(state, saved(state, state.doc!.purges ?? 0));
    expect(needsBackupReplaced(after.doc!)).toBe(false);
  });

  it('still asks after undo: the backup may hold the text already', () => {
    const state = run(opened(), purge('A'), { type: 'undo' });
    expect(needsBackupReplaced(state.doc!)).toBe(true);
  });

  it('keeps asking when another removal came while the save was in flight', () => {
    const before = run(opened(), purge('A'));
    const during = run(before, purge('B'));
    const after = documentReducer(during, { type: 'saved', docId: 'doc-abc', path: '/p.mplan', name: 'p.mplan', plan: before.doc!.plan, basis: before.doc!.plan, purgesSaved: 1 });
    expect(needsBackupReplaced(after.doc!)).toBe(true);
  });

  it('does not ask for ordinary edits', () => {
    expect(needsBackupReplaced(run(opened(), typeTitle('x')).doc!)).toBe(false);
  });
});

describe('a merge applied in the document', () => {
  const mergedPlan = (base: Plan): Plan => ({ ...base, cover: { ...base.cover, author: 'Colleague' }, mandate: { ...base.mandate, status: 'draft' } });
  const merge = (plan: Plan, mergeId = 'merge-one'): DocumentAction => ({ type: 'merged', docId: 'doc-abc', plan, mergeId, label: 'merge “theirs.mplan”' });

  it('is one undoable step that marks the plan dirty and names the merge the plan contains', () => {
    const start = opened();
    const original = start.doc!.plan;
    const state = run(start, merge(mergedPlan(original)));
    expect(state.doc?.plan.cover.author).toBe('Colleague');
    expect(state.doc?.appliedMerge).toBe('merge-one');
    expect(isDirty(state)).toBe(true);
    expect(undoLabel(state)).toBe('Undo merge “theirs.mplan”');

    const undone = run(state, { type: 'undo' });
    expect(undone.doc?.plan).toBe(original);
    expect(undone.doc?.appliedMerge).toBeUndefined();
    expect(isDirty(undone)).toBe(false);

    const redone = run(undone, { type: 'redo' });
    expect(redone.doc?.plan.cover.author).toBe('Colleague');
    expect(redone.doc?.appliedMerge).toBe('merge-one');
  });

  it('stays named through later edits and their undo, and is gone once undone past', () => {
    const start = opened();
    const state = run(start, typeTitle('Before'), { type: 'end-typing' }, merge(mergedPlan(start.doc!.plan)), typeTitle('After'));
    expect(state.doc?.appliedMerge).toBe('merge-one');
    const oneBack = run(state, { type: 'undo' });
    expect(oneBack.doc?.appliedMerge).toBe('merge-one');
    const twoBack = run(oneBack, { type: 'undo' });
    expect(twoBack.doc?.appliedMerge).toBeUndefined();
    expect(twoBack.doc?.plan.cover.title).toBe('Before');
    // A new edit after the undo drops the merge for good: redo can no longer bring it back.
    const edited = run(twoBack, typeAuthor('Someone'));
    expect(edited.doc?.appliedMerge).toBeUndefined();
    expect(redoLabel(edited)).toBeNull();
  });

  it('is ignored when it was prepared for another document', () => {
    const start = opened();
    const state = run(start, { ...merge(mergedPlan(start.doc!.plan)), docId: 'doc-other' } as DocumentAction);
    expect(state).toBe(start);
  });
});
