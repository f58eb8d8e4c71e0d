/**
 * The app's change histories in their worker (docs/merge.md §6): a save never waits for a history
 * that is still being built, yet no history is lost or forked by that, and a worker that stops
 * costs at most one save's new block.
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { workerHistories } from '../../electron/services/merge/history-in-worker';
import type { WorkerHistories } from '../../electron/services/merge/history-in-worker';
import { readPlanFile, writePlanFile } from '../../electron/services/plan-file';
import { createSamplePlan } from '../../shared/plan/sample';
import type { Plan } from '../../shared/plan/schema';
import { tempFolder, testPorts } from './helpers';
import { sourceHistoryWorkerUrl } from './pdf-worker-source';

const started: WorkerHistories[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((h) => h.terminate()));
});

/** One planner's app; with `worker`, its histories live in a history worker started from source. */
async function planner(worker?: { buildDelayMs?: number; url?: URL; inThreadRisks?: number }) {
  const ports = await testPorts();
  // inThreadRisks 0: the sample plan is treated as a large one, whose save never builds its history in the main thread.
  const histories = worker ? workerHistories(worker.url ?? sourceHistoryWorkerUrl(), { workerData: { buildDelayMs: worker.buildDelayMs ?? 0 }, inThreadRisks: worker.inThreadRisks ?? 0 }) : undefined;
  if (histories) started.push(histories);
  const handlers = createHandlers({ ...ports, histories });
  return {
    ports,
    handlers,
    histories,
    async open(path: string) {
      ports.dialogs.openAnswers.push(path);
      return handlers.openWithDialog({});
    },
    async merge(docId: string, plan: Plan, other: string) {
      ports.dialogs.openAnswers.push(other);
      const proposal = await handlers.mergeCopy({ docId, plan });
      const settled = await handlers.settleMerge({ docId, mergeId: proposal.mergeId, choices: proposal.conflicts.map((c) => ({ id: c.id, pick: 'theirs' as const })) });
      return { proposal, plan: settled.plan };
    },
  };
}

const edited = (plan: Plan, missionName: string): Plan => ({ ...plan, cover: { ...plan.cover, missionName } });

/** A saved plan with history, and a copy a colleague edited (author) and saved on their machine. */
async function savedWithCopy() {
  const folder = await tempFolder();
  const first = await planner();
  const sample = await first.handlers.openSample({});
  const mine = join(folder, 'mine.mplan');
  first.ports.dialogs.saveAnswers.push(mine);
  await first.handlers.save({ docId: sample.docId, plan: sample.plan });
  const theirs = join(folder, 'theirs.mplan');
  await copyFile(mine, theirs);
  const colleague = await planner();
  const copy = await colleague.open(theirs);
  await colleague.handlers.save({ docId: copy.docId, plan: { ...copy.plan, cover: { ...copy.plan.cover, author: 'Colleague in the field' } } });
  return { folder, mine, theirs };
}

describe('histories in the worker', () => {
  it('a save before the history is ready keeps the previous block; the next save catches up as a copy of that file does, so merges find the ancestor', async () => {
    const { folder, mine, theirs } = await savedWithCopy();
    const before = (await readPlanFile(mine)).history.stored!;
    const app = await planner({ buildDelayMs: 1_500 });
    const opened = await app.open(mine);

    // Saved at once: the worker is still building, so the file keeps its block and is not in sync with it.
    const plan1 = edited(opened.plan, 'Saved before the history was ready');
    await app.handlers.save({ docId: opened.docId, plan: plan1 });
    const first = await readPlanFile(mine);
    expect(first.plan.cover.missionName).toBe('Saved before the history was ready');
    expect(first.history.stored).toEqual(before);
    expect(first.history.inSync).toBe(false);
    const early = join(folder, 'early-copy.mplan');
    await copyFile(mine, early);

    await app.histories!.whenReady();
    const plan2 = edited(first.plan, 'Saved once the history was ready');
    await app.handlers.save({ docId: opened.docId, plan: plan2 });
    const second = await readPlanFile(mine);
    expect(second.history.inSync).toBe(true);
    expect(second.history.stored!.chunks.slice(0, before.chunks.length)).toEqual(before.chunks);

    // The copy taken between the saves: an older state of this plan, so nothing new and no conflict
    // (a missionName conflict here would mean the catch-up change differs from the copy's).
    const reopened = await app.open(mine);
    const fromEarly = await app.merge(reopened.docId, reopened.plan, early);
    expect(fromEarly.proposal.theirs).toEqual([]);
    expect(fromEarly.proposal.conflicts).toEqual([]);
    expect(fromEarly.plan.cover.missionName).toBe('Saved once the history was ready');

    // The colleague's copy of the file as it was before: both sides' work, no conflict.
    const fromColleague = await app.merge(reopened.docId, reopened.plan, theirs);
    expect(fromColleague.proposal.theirs).toEqual(['Changed Cover: author']);
    expect(fromColleague.proposal.conflicts).toEqual([]);
    expect(fromColleague.plan.cover.author).toBe('Colleague in the field');
    expect(fromColleague.plan.cover.missionName).toBe('Saved once the history was ready');
  }, 60_000);

  it('a file written before history existed waits, at its first save, for its history, so that file and its copies share the old file\'s start', async () => {
    const folder = await tempFolder();
    const mine = join(folder, 'old.mplan');
    await writePlanFile(mine, createSamplePlan());
    const theirs = join(folder, 'theirs.mplan');
    await copyFile(mine, theirs);
    const colleague = await planner();
    const copy = await colleague.open(theirs);
    await colleague.handlers.save({ docId: copy.docId, plan: { ...copy.plan, cover: { ...copy.plan.cover, author: 'Colleague in the field' } } });

    const app = await planner({ buildDelayMs: 1_500 });
    const opened = await app.open(mine);
    const early = edited(opened.plan, 'Early');
    await app.handlers.save({ docId: opened.docId, plan: early });
    const written = await readPlanFile(mine);
    expect(written.history.stored).not.toBeNull();
    expect(written.history.inSync).toBe(true);
    // A copy of the file as first saved merges with the colleague's copy of the old file.
    const later = await planner();
    const reopened = await later.open(mine);
    const merged = await later.merge(reopened.docId, reopened.plan, theirs);
    expect(merged.proposal.theirs).toEqual(['Changed Cover: author']);
    expect(merged.proposal.conflicts).toEqual([]);
    expect(merged.plan.cover.missionName).toBe('Early');
  }, 60_000);

  it('a small plan saved before the worker is ready gets its history in the main thread: its copies merge at once', async () => {
    const { mine, theirs } = await savedWithCopy();
    const app = await planner({ buildDelayMs: 1_500, inThreadRisks: 300 });
    const opened = await app.open(mine);
    const latest = edited(opened.plan, 'Saved early, small plan');
    await app.handlers.save({ docId: opened.docId, plan: latest });
    expect((await readPlanFile(mine)).history.inSync).toBe(true);
    const merged = await app.merge(opened.docId, latest, theirs);
    expect(merged.proposal.theirs).toEqual(['Changed Cover: author']);
    expect(merged.proposal.conflicts).toEqual([]);
    await app.histories!.whenReady();
    await app.handlers.save({ docId: opened.docId, plan: merged.plan, appliedMerge: merged.proposal.mergeId });
    expect((await readPlanFile(mine)).history.inSync).toBe(true);
  }, 60_000);

  it('a worker that stops costs no save: the plan is written, the worker starts again and the next save has history', async () => {
    const { mine, theirs } = await savedWithCopy();
    const app = await planner({});
    const opened = await app.open(mine);
    await app.histories!.whenReady();
    await app.histories!.terminate();

    await app.handlers.save({ docId: opened.docId, plan: edited(opened.plan, 'Saved as the worker stopped') });
    const first = await readPlanFile(mine);
    expect(first.plan.cover.missionName).toBe('Saved as the worker stopped');

    await app.histories!.whenReady();
    await app.handlers.save({ docId: opened.docId, plan: edited(first.plan, 'Saved by the new worker') });
    const second = await readPlanFile(mine);
    expect(second.plan.cover.missionName).toBe('Saved by the new worker');
    expect(second.history.inSync).toBe(true);
    const merged = await app.merge(opened.docId, second.plan, theirs);
    expect(merged.proposal.theirs).toEqual(['Changed Cover: author']);
    expect(merged.proposal.conflicts).toEqual([]);
  }, 60_000);

  it('a worker ended while it adds a save: that save is written all the same, with its new block or the previous one', async () => {
    const { mine } = await savedWithCopy();
    const before = (await readPlanFile(mine)).history.stored!;
    const app = await planner({});
    const opened = await app.open(mine);
    await app.histories!.whenReady();
    const stopping = app.histories!.terminate();
    await app.handlers.save({ docId: opened.docId, plan: edited(opened.plan, 'Saved while the worker ended') });
    await stopping;
    const saved = await readPlanFile(mine);
    expect(saved.plan.cover.missionName).toBe('Saved while the worker ended');
    expect(saved.history.inSync || JSON.stringify(saved.history.stored) === JSON.stringify(before)).toBe(true);
    await app.histories!.whenReady();
    await app.handlers.save({ docId: opened.docId, plan: edited(saved.plan, 'Saved after') });
    expect((await readPlanFile(mine)).history.inSync).toBe(true);
  }, 60_000);

  it('a worker that cannot start at all: saves still write the plan, with the file\'s block; a merge is refused in plain words', async () => {
    const { mine, theirs } = await savedWithCopy();
    const before = (await readPlanFile(mine)).history.stored!;
    const app = await planner({ url: new URL('file:///nonexistent/historyWorker.js') });
    const opened = await app.open(mine);
    await app.handlers.save({ docId: opened.docId, plan: edited(opened.plan, 'No worker') });
    const saved = await readPlanFile(mine);
    expect(saved.plan.cover.missionName).toBe('No worker');
    expect(saved.history.stored).toEqual(before);
    app.ports.dialogs.openAnswers.push(theirs);
    await expect(app.handlers.mergeCopy({ docId: opened.docId, plan: saved.plan })).rejects.toThrow(/stopped before it was finished/);
  }, 60_000);
});
