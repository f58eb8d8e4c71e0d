/**
 * The change histories of the open documents, as the handlers use them: opened with the document,
 * asked for a writer at each save, and for a merge proposal and its settling. `localHistories`
 * keeps them in this thread (the command line, tests); the app keeps them in the history worker
 * (history-in-worker.ts), so building a large plan's history never blocks the main process.
 */
import type { Plan } from '../../../shared/plan/schema';
import { PlannerError } from '../../../shared/result';
import { DocumentHistory } from './document-history';
import type { HistoryWriter, OpenedHistory } from './document-history';
import type { Choice, Conflict, MergeOutcome } from './merge-core';
import { mergeWithOpened, settledMerge } from './merge-files';
import type { ChangeOrigin } from './plan-history';
import type { JsonObject } from './doc-shape';

/** What a merge proposal shows the planner (the merged document stays with the history). */
export interface MergeView {
  ours: string[];
  theirs: string[];
  conflicts: Omit<Conflict, 'path'>[];
}

export interface MergeRequest {
  /** The open plan, unsaved changes included, and the merge it contains if any. */
  plan: Plan;
  appliedMerge?: string;
  at: Date;
  /** The other copy as read from its file, and that file's name. */
  other: OpenedHistory;
  label: string;
  /** The id the proposal is settled by. */
  mergeId: string;
}

export interface HistoryService {
  /** The document's history is its file's (opened, reloaded, or restarted from `opened.plan`). */
  open(docId: string, opened: OpenedHistory): void;
  close(docId: string): void;
  /** The writer for one save of the document, made `via` something at `at`, of a plan containing merge `mergeId` if given. */
  writer(docId: string, origin: ChangeOrigin, at: Date, mergeId?: string): HistoryWriter;
  /** Merges the other copy into the document's history with its unsaved plan; one proposal per document waits for settle. */
  propose(docId: string, request: MergeRequest): Promise<MergeView>;
  /** The waiting proposal settled with the planner's choices: its history becomes a candidate for the next save; the merged plan. */
  settle(docId: string, mergeId: string, choices: [string, Choice][], at: Date): Promise<Plan>;
}

export interface LocalHistories extends HistoryService {
  /** Builds the document's history now and catches it up with its file's plan (the worker does this right after a document opens). */
  prepare(docId: string): void;
  /** The file was written with `plan` but not with a new history block (see DocumentHistory.writtenWithout). */
  writtenWithout(docId: string, plan: Plan): void;
  /** The last save's file was written: its block is the file's now. */
  written(docId: string): void;
}

export const MERGE_GONE = 'This merge is no longer waiting. Choose File › Merge a copy… again.';

const viewOf = (outcome: MergeOutcome): MergeView => ({
  ours: outcome.ours,
  theirs: outcome.theirs,
  conflicts: outcome.conflicts.map(({ id, label, ours, theirs, deleted, oursChange, theirsChange }) => ({ id, label, ours, theirs, deleted, oursChange, theirsChange })),
});

/** The histories in this thread; also what the history worker runs. */
export function localHistories(): LocalHistories {
  const docs = new Map<string, DocumentHistory>();
  const pending = new Map<string, { mergeId: string; label: string; outcome: MergeOutcome }>();
  /** The finish of each document's last save, called once its file is written. */
  const unfinished = new Map<string, () => void>();

  const historyOf = (docId: string, plan: Plan): DocumentHistory => {
    let history = docs.get(docId);
    if (!history) {
      history = new DocumentHistory({ plan, stored: null, inSync: false, unwritten: true });
      docs.set(docId, history);
    }
    return history;
  };

  const written = (docId: string): void => {
    unfinished.get(docId)?.();
    unfinished.delete(docId);
  };

  return {
    open(docId: string, opened: OpenedHistory): void {
      docs.set(docId, new DocumentHistory(opened));
      pending.delete(docId);
      unfinished.delete(docId);
    },
    close(docId: string): void {
      docs.delete(docId);
      pending.delete(docId);
      unfinished.delete(docId);
    },
    prepare(docId: string): void {
      // Caught up too, so the first save only adds its own change (a file written since is then built again, see writtenWithout).
      docs.get(docId)?.current();
    },
    writtenWithout(docId: string, plan: Plan): void {
      docs.get(docId)?.writtenWithout(plan);
    },
    /** The last save's file was written: its block is the file's now. */
    written,
    writer(docId: string, origin: ChangeOrigin, at: Date, mergeId?: string): HistoryWriter {
      return {
        next: async (plan, planSha) => {
          const result = await historyOf(docId, plan).writer(origin, at, mergeId).next(plan, planSha);
          unfinished.set(docId, result.done);
          return { block: result.block, done: () => written(docId) };
        },
      };
    },
    async propose(docId: string, request: MergeRequest): Promise<MergeView> {
      const ours = historyOf(docId, request.plan).withUnsaved(request.plan, { via: 'app' }, request.at, request.appliedMerge);
      const outcome = mergeWithOpened(ours, request.other, request.label);
      pending.set(docId, { mergeId: request.mergeId, label: request.label, outcome });
      return viewOf(outcome);
    },
    async settle(docId: string, mergeId: string, choices: [string, Choice][], at: Date): Promise<Plan> {
      const merge = pending.get(docId);
      if (!merge || merge.mergeId !== mergeId) throw new PlannerError('NOT_FOUND', MERGE_GONE);
      const settled = settledMerge(merge.outcome, new Map(choices), at, merge.label);
      historyOf(docId, settled.plan).adoptMerged(mergeId, settled.doc, settled.plan as unknown as JsonObject);
      pending.delete(docId);
      return settled.plan;
    },
  };
}

