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

export class DocumentHistory {
  private live: LiveHistory | null = null;

  constructor(private opened: OpenedHistory) {}

  /** The history as an Automerge document caught up with the plan as opened (built on first use). */
  current(): LiveHistory {
    this.live ??= liveHistory(this.opened.plan, this.opened.stored, planText(this.opened.plan), this.opened.inSync);
    return this.live;
  }

  /** The document a merge starts from: this copy's history including its unsaved plan as a change. */
  withUnsaved(plan: Plan, origin: ChangeOrigin, at: Date): PlanDoc {
    // On a clone: Automerge outdates the document a change was made on, and this one is kept for the next save.
    const live = this.current();
    return commitSave({ ...live, doc: A.clone(live.doc) }, plan, origin, at).doc;
  }

  /** After a merge the planner applied (conflicts already settled in `doc`): its history becomes this document's. */
  adoptMerged(doc: PlanDoc, holds: JsonObject): void {
    this.live = liveFromMerged(doc, holds);
  }

  /** After a reload from disk: the file's history again. */
  reset(opened: OpenedHistory): void {
    this.opened = opened;
    this.live = null;
  }

  /** A writer for one save made `via` something (`app`, `cli risks import`) at `at`. */
  writer(origin: ChangeOrigin, at: Date): HistoryWriter {
    return {
      next: async (plan, planSha) => {
        const next = commitSave(this.current(), plan, origin, at);
        // Adopted before the write: the change has outdated the previous document, so a failed
        // write (read-only file, full disk) must not leave the next save building on it. The next
        // save then writes this change and its own.
        this.live = next;
        return { block: storedBlock(next, planSha), done: () => undefined };
      },
    };
  }
}
