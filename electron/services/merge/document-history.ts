/**
 * The change history of one open document, kept beside it in the main process. Opening never
 * touches it (the stored block is kept as it was read); the Automerge document is built once,
 * when first needed, then each save adds one change (docs/merge.md §6).
 */
import type { Plan } from '../../../shared/plan/schema';
import { commitSave, liveFromMerged, liveHistory, planText, storedBlock } from './plan-history';
import type { ChangeOrigin, LiveHistory, PlanDoc, StoredHistory } from './plan-history';
import type { JsonObject } from './doc-shape';
import * as A from './automerge';

/** What the file code asks of a history when it writes a plan (see writePlanFile). */
export interface HistoryWriter {
  /** The block to store with `plan`, whose text hashes to `planSha`; `done` once the file is written. */
  next(plan: Plan, planSha: string): Promise<{ block: StoredHistory; done(): void }>;
}

export interface OpenedHistory {
  /** The plan as opened (the history's starting point when the file had none). */
  plan: Plan;
  /** The file's history block, or null (a file written before history existed, a new plan). */
  stored: StoredHistory | null;
  /** The plan came from the file as written, unchanged by opening (no upgrade, no repair), and hashes to `stored.plan`. */
  inSync: boolean;
}

/**
 * `mergeId` in the methods below names the merge the planner's plan contains (applied in the
 * window and not undone), or is absent. A merge stays a candidate until a save: only a save of a
 * plan that contains it makes its history this document's. A merge that was undone is dropped, so
 * the other copy's changes are not recorded as seen (and reverted) by a plan that never kept them.
 */
export class DocumentHistory {
  private live: LiveHistory | null = null;
  /** Merges applied in the window since the last save, by mergeId: their histories, each ready for a save. */
  private readonly merges = new Map<string, LiveHistory>();

  constructor(private opened: OpenedHistory) {}

  /** The history as an Automerge document caught up with the plan as opened (built on first use), or that of the merge the plan contains. */
  current(mergeId?: string): LiveHistory {
    const merged = mergeId === undefined ? undefined : this.merges.get(mergeId);
    if (merged) return merged;
    this.live ??= liveHistory(this.opened.plan, this.opened.stored, planText(this.opened.plan), this.opened.inSync);
    return this.live;
  }

  /** The document a merge starts from: this copy's history including its unsaved plan as a change. */
  withUnsaved(plan: Plan, origin: ChangeOrigin, at: Date, mergeId?: string): PlanDoc {
    // On a clone: Automerge outdates the document a change was made on, and this one is kept for the next save.
    const live = this.current(mergeId);
    return commitSave({ ...live, doc: A.clone(live.doc) }, plan, origin, at).doc;
  }

  /** A merge the planner settled (conflicts decided in `doc`): the history a save of a plan containing it builds on. */
  adoptMerged(mergeId: string, doc: PlanDoc, holds: JsonObject): void {
    this.merges.set(mergeId, liveFromMerged(doc, holds));
  }

  /** After a reload from disk: the file's history again. */
  reset(opened: OpenedHistory): void {
    this.opened = opened;
    this.live = null;
    this.merges.clear();
  }

  /** A writer for one save made `via` something (`app`, `cli risks import`) at `at`, of a plan containing merge `mergeId` if given. */
  writer(origin: ChangeOrigin, at: Date, mergeId?: string): HistoryWriter {
    return {
      next: async (plan, planSha) => {
        const next = commitSave(this.current(mergeId), plan, origin, at);
        // Adopted before the write: the change has outdated the previous document, so a failed
        // write (read-only file, full disk) must not leave the next save building on it. The next
        // save then writes this change and its own. The other merges are not in this plan: dropped.
        this.live = next;
        this.merges.clear();
        return { block: storedBlock(next, planSha), done: () => undefined };
      },
    };
  }
}
