/**
 * The change history of one open document. Opening never touches it (the stored block is kept as
 * it was read); the Automerge document is built once, when first needed, then each save adds one
 * change (docs/merge.md §6). The app keeps these in the history worker (history-worker.ts), the
 * command line in its own thread.
 */
import type { Plan } from '../../../shared/plan/schema';
import { blockLive, caughtUpLive, commitSave, liveFromMerged, liveHistory, storedBlock } from './plan-history';
import type { ChangeOrigin, LiveHistory, PlanDoc, StoredHistory } from './plan-history';
import type { JsonObject } from './doc-shape';
import * as A from './automerge';

/** What the file code asks of a history when it writes a plan (see writePlanFile). */
export interface HistoryWriter {
  /**
   * The block to store with `plan`, whose text hashes to `planSha` (null: the file gets none);
   * `done` once the file is written.
   */
  next(plan: Plan, planSha: string): Promise<{ block: StoredHistory | null; done(): void }>;
}

export interface OpenedHistory {
  /** The plan as opened (the history's starting point when the file had none). */
  plan: Plan;
  /** The file's history block, or null (a file written before history existed, a new plan). */
  stored: StoredHistory | null;
  /** The plan came from the file as written, unchanged by opening (no upgrade, no repair), and hashes to `stored.plan`. */
  inSync: boolean;
  /** No file holds this history yet (a new plan, the sample, a restarted history): no copy of an older state can exist. */
  unwritten?: boolean;
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
  /** The history block the file holds now (as opened, then as each finished save wrote it). */
  private fileBlock: StoredHistory | null;
  /** `live` is exactly the state of `fileBlock`, with no change of this copy's on top. */
  private liveAtFile = false;
  /** The plan `live` must first be caught up with (the file's plan, written while the history was not ready). */
  private catchUp: Plan | null = null;

  /** No file holds this document's history yet. */
  private unwritten: boolean;

  constructor(private opened: OpenedHistory) {
    this.fileBlock = opened.stored;
    this.unwritten = opened.unwritten === true;
  }

  /** Builds the Automerge document if it is not built yet: the one expensive step, done once. */
  prepare(): void {
    if (this.live) return;
    const { plan, stored, inSync } = this.opened;
    if (stored === null) {
      this.live = liveHistory(plan, null);
      return;
    }
    // Built at the block's state and caught up on first use: a later file plan can still get the very catch-up a copy of that file makes.
    this.live = inSync ? blockLive(stored, plan as unknown as JsonObject) : blockLive(stored);
    this.liveAtFile = true;
    this.catchUp = inSync ? null : plan;
  }

  /** The history as an Automerge document caught up with the plan as opened (built on first use), or that of the merge the plan contains. */
  current(mergeId?: string): LiveHistory {
    const merged = mergeId === undefined ? undefined : this.merges.get(mergeId);
    if (merged) return merged;
    this.prepare();
    if (this.catchUp) {
      this.live = caughtUpLive(this.live!, this.catchUp);
      this.catchUp = null;
      this.liveAtFile = false;
    }
    return this.live!;
  }

  /**
   * The file was written with `plan` and its previous history block, because the history was not
   * ready (docs/merge.md §6). A copy of that file catches the block up with `plan` by one
   * deterministic change; this document makes the same change before its next save, so the copy
   * and this document share it. A file without a block keeps this document's start: the file it
   * was opened from (which copies may hold) stays the common ancestor; but a new plan's first file
   * becomes its start, as it is that of every copy of it.
   */
  writtenWithout(plan: Plan): void {
    if (this.fileBlock === null) {
      if (!this.unwritten) return;
      // The first file of a new plan: no copy of anything older exists, and copies of this file start from its plan, so this document does too.
      this.unwritten = false;
      this.opened = { plan, stored: null, inSync: false };
      this.live = null;
      this.catchUp = null;
      this.liveAtFile = false;
      return;
    }
    this.opened = { plan, stored: this.fileBlock, inSync: false };
    if (this.live && this.liveAtFile) {
      this.catchUp = plan;
    } else {
      // This copy's changes (or a catch-up to an older plan) are on top of the block: build again from the file as it now is.
      this.live = null;
      this.catchUp = null;
      this.liveAtFile = false;
    }
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
    this.fileBlock = opened.stored;
    this.unwritten = opened.unwritten === true;
    this.live = null;
    this.liveAtFile = false;
    this.catchUp = null;
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
        this.liveAtFile = false;
        this.merges.clear();
        const block = storedBlock(next, planSha);
        return {
          block,
          done: () => {
            this.fileBlock = block;
            this.unwritten = false;
            this.liveAtFile = this.live === next;
          },
        };
      },
    };
  }
}
