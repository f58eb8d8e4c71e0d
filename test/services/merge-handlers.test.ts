/**
 * File › Merge a copy… through the app's handlers: a merge applied in the window becomes the
 * plan's history only when a plan that contains it is saved. A merge the planner undid before
 * saving must not be recorded as seen, or the next merge would throw the other copy's work away.
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { readPlanFile } from '../../electron/services/plan-file';
import type { Plan } from '../../shared/plan/schema';
import { tempFolder, testPorts } from './helpers';

/** One planner's app: opens a file, saves a plan, merges a copy (the dialogs answer with paths). */
async function planner() {
  const ports = await testPorts();
  const handlers = createHandlers(ports);
  return {
    ports,
    handlers,
    async open(path: string) {
      ports.dialogs.openAnswers.push(path);
      return handlers.openWithDialog({});
    },
    async merge(docId: string, plan: Plan, other: string, appliedMerge?: string) {
      ports.dialogs.openAnswers.push(other);
      const proposal = await handlers.mergeCopy({ docId, plan, appliedMerge });
      const settled = await handlers.settleMerge({ docId, mergeId: proposal.mergeId, choices: proposal.conflicts.map((c) => ({ id: c.id, pick: 'theirs' as const })) });
      return { proposal, plan: settled.plan };
    },
  };
}

const withAuthor = (plan: Plan, author: string): Plan => ({ ...plan, cover: { ...plan.cover, author } });

/** A saved plan and a copy of it a colleague edited (author changed) and saved on their machine. */
async function twoCopies() {
  const folder = await tempFolder();
  const ours = await planner();
  const sample = await ours.handlers.openSample({});
  const mine = join(folder, 'mine.mplan');
  ours.ports.dialogs.saveAnswers.push(mine);
  await ours.handlers.save({ docId: sample.docId, plan: sample.plan });
  const theirsPath = join(folder, 'theirs.mplan');
  await copyFile(mine, theirsPath);
  const colleague = await planner();
  const theirs = await colleague.open(theirsPath);
  await colleague.handlers.save({ docId: theirs.docId, plan: withAuthor(theirs.plan, 'Colleague in the field') });
  const opened = await ours.open(mine);
  return { ours, colleague, mine, theirsPath, opened };
}

describe('a merge applied in the window', () => {
  it('is recorded with the save of a plan that contains it, so merging the same copy again brings nothing new', async () => {
    const { ours, mine, theirsPath, opened } = await twoCopies();
    const first = await ours.merge(opened.docId, opened.plan, theirsPath);
    expect(first.proposal.theirs).toEqual(['Changed Cover: author']);
    expect(first.plan.cover.author).toBe('Colleague in the field');
    await ours.handlers.save({ docId: opened.docId, plan: first.plan, appliedMerge: first.proposal.mergeId });

    const again = await ours.merge(opened.docId, (await readPlanFile(mine)).plan, theirsPath);
    expect(again.proposal.theirs).toEqual([]);
    expect(again.proposal.conflicts).toEqual([]);
  });

  it('undone before saving is not recorded as seen: merging the copy again offers its changes again', async () => {
    const { ours, mine, theirsPath, opened } = await twoCopies();
    const merged = await ours.merge(opened.docId, opened.plan, theirsPath);
    expect(merged.plan.cover.author).toBe('Colleague in the field');
    // Undo in the window, then a save of the plan without the merge (no appliedMerge).
    const undone = { ...opened.plan, cover: { ...opened.plan.cover, title: 'Edited after the undo' } };
    await ours.handlers.save({ docId: opened.docId, plan: undone });
    expect((await readPlanFile(mine)).plan.cover.author).toBe(opened.plan.cover.author);

    const again = await ours.merge(opened.docId, (await readPlanFile(mine)).plan, theirsPath);
    expect(again.proposal.theirs).toEqual(['Changed Cover: author']);
    expect(again.plan.cover.author).toBe('Colleague in the field');
    expect(again.plan.cover.title).toBe('Edited after the undo');
  });

  it('undone before saving does not revert the colleague’s work when they merge the saved plan', async () => {
    const { ours, colleague, mine, theirsPath, opened } = await twoCopies();
    await ours.merge(opened.docId, opened.plan, theirsPath);
    await ours.handlers.save({ docId: opened.docId, plan: opened.plan });

    const theirs = await colleague.open(theirsPath);
    const back = await colleague.merge(theirs.docId, theirs.plan, mine);
    expect(back.plan.cover.author).toBe('Colleague in the field');
    expect(back.proposal.theirs).not.toContain('Changed Cover: author');
  });

  it('continues the merge the plan contains when a second copy is merged on top before saving', async () => {
    const { ours, mine, theirsPath, opened } = await twoCopies();
    const first = await ours.merge(opened.docId, opened.plan, theirsPath);
    const edited = { ...first.plan, cover: { ...first.plan.cover, title: 'After the first merge' } };
    const second = await ours.merge(opened.docId, edited, theirsPath, first.proposal.mergeId);
    // The first merge already holds the colleague's changes: nothing new the second time.
    expect(second.proposal.theirs).toEqual([]);
    await ours.handlers.save({ docId: opened.docId, plan: second.plan, appliedMerge: second.proposal.mergeId });
    const saved = await readPlanFile(mine);
    expect(saved.plan.cover.author).toBe('Colleague in the field');
    expect(saved.plan.cover.title).toBe('After the first merge');
    expect(saved.history.inSync).toBe(true);
  });
});
