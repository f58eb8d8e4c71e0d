/**
 * A plan's change history as an Automerge document: started deterministically from a plan,
 * loaded from the `history` block of a file, advanced by one change per save, and written back as
 * chunks (docs/merge.md §2, §3). Pure apart from hashing: no files, no clock (times are passed in).
 */
import * as A from './automerge';
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { serializePlan } from '../../../shared/plan/validate';
import type { Plan } from '../../../shared/plan/schema';
import { applyObject } from './apply-plan';
import { fromDocValue, toDocValue } from './doc-shape';
import type { Json, JsonObject } from './doc-shape';

export const HISTORY_FORMAT = 'automerge' as const;
/** Past this many chunks, or incremental bytes beyond the full save's, the next save writes one full save. */
export const MAX_CHUNKS = 32;

/** The `history` block of a plan file. */
export const storedHistorySchema = z.object({
  format: z.literal(HISTORY_FORMAT),
  /** SHA-256 of the plan text the history ends at: tells whether the plan was changed without it. */
  plan: z.string().regex(/^[0-9a-f]{64}$/),
  chunks: z.array(z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)).min(1).max(10_000),
});
export type StoredHistory = z.infer<typeof storedHistorySchema>;

export type PlanDoc = A.Doc<Record<string, unknown>>;

/** A history ready to take the next save: the document and the plan it holds, as plain JSON. */
export interface LiveHistory {
  doc: PlanDoc;
  /** The plan the document holds (what the next save is compared with). */
  holds: JsonObject;
  /** The chunks stored so far, and how many bytes they hold (for compaction). */
  chunks: string[];
  fullBytes: number;
  incrementalBytes: number;
}

/** Where a change was made, stored as its message (no person's name: see docs/merge.md §3). */
export interface ChangeOrigin {
  /** `app`, `cli risks import`, `merge`, … */
  via: string;
}

export const sha256Hex = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');
const randomActor = () => randomBytes(16).toString('hex');
const b64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** The canonical text of a plan, as a file stores it (what `plan` in the history block hashes). */
export const planText = (plan: Plan) => serializePlan(plan);

/** The same document, now making its changes as a fresh actor of this copy. */
function asThisCopy(doc: PlanDoc): PlanDoc {
  return A.clone(doc, { actor: randomActor() });
}

/**
 * The history every copy of this plan shares when its file had none: one change that writes the
 * whole plan, with an actor taken from the plan's hash, time 0 and sorted keys. The same bytes
 * always give the same change, so two copies of one old file have a common ancestor.
 */
export function startingDoc(plan: Plan, text = planText(plan)): PlanDoc {
  const actor = sha256Hex(text).slice(0, 32);
  const value = toDocValue(plan as unknown as Json) as Record<string, unknown>;
  return A.change(A.init<Record<string, unknown>>({ actor }), { message: JSON.stringify({ via: 'start' }), time: 0 }, (doc) => {
    for (const key of Object.keys(value)) doc[key] = value[key];
  });
}

/**
 * Catches a history up with a plan that was changed without it (a hand edit, an upgrade of the
 * format on open) by one change that is again a pure function of the two: any copy of the same
 * file catches up identically. Returns the document unchanged when it already holds the plan.
 */
export function caughtUp(doc: PlanDoc, holds: JsonObject, plan: Plan, text = planText(plan)): PlanDoc {
  const target = plan as unknown as JsonObject;
  const actor = sha256Hex(`${A.getHeads(doc).join(',')}\n${text}`).slice(0, 32);
  const view = A.clone(doc, { actor });
  const next = A.change(view, { message: JSON.stringify({ via: 'catch-up' }), time: 0 }, (d) => applyObject(d, holds, target));
  return next;
}

/** Reads the chunks of a stored history; throws when they are not an Automerge document. */
export function loadDoc(chunks: readonly string[]): PlanDoc {
  const parts = chunks.map((chunk) => Buffer.from(chunk, 'base64'));
  return A.load<Record<string, unknown>>(Buffer.concat(parts), { actor: randomActor() });
}

/** The plan a document holds, as plain JSON. */
export const docPlan = (doc: PlanDoc): JsonObject => fromDocValue(doc) as JsonObject;

/** The history a stored block holds, exactly as stored (not caught up with any plan): what a copy of the file reads first. */
export function blockLive(stored: StoredHistory, holds?: JsonObject): LiveHistory {
  const doc = loadDoc(stored.chunks);
  const sizes = stored.chunks.map((chunk) => Math.floor((chunk.length * 3) / 4));
  return { doc, holds: holds ?? docPlan(doc), chunks: [...stored.chunks], fullBytes: sizes[0] ?? 0, incrementalBytes: sizes.slice(1).reduce((a, b) => a + b, 0) };
}

/** A history for a plan read from a file: its stored history caught up with its plan, or the plan's starting history. */
export function liveHistory(plan: Plan, stored: StoredHistory | null, text = planText(plan), trustedInSync = false): LiveHistory {
  if (stored === null) {
    const doc = startingDoc(plan, text);
    const full = A.save(doc);
    return { doc: asThisCopy(doc), holds: plan as unknown as JsonObject, chunks: [b64(full)], fullBytes: full.length, incrementalBytes: 0 };
  }
  if (trustedInSync && stored.plan === sha256Hex(text)) return blockLive(stored, plan as unknown as JsonObject);
  return caughtUpLive(blockLive(stored), plan, text);
}

/**
 * The same history caught up with a plan its file was written with while the history was not
 * ready (docs/merge.md §6): the very change any copy of that file makes when it reads it, so the
 * copy and this document share it. `live` must be the state of the file's stored block.
 */
export function caughtUpLive(live: LiveHistory, plan: Plan, text = planText(plan)): LiveHistory {
  const before = A.getHeads(live.doc);
  const doc = asThisCopy(caughtUp(live.doc, live.holds, plan, text));
  return withChunk({ ...live, holds: plan as unknown as JsonObject }, doc, before);
}

/**
 * Appends the changes `doc` made since `since` (the heads the stored chunks end at) as one chunk:
 * Automerge's load reads a save followed by any number of changes. Compacts to one full save when
 * the chunks grew too many or too large.
 */
function withChunk(live: LiveHistory, doc: PlanDoc, since: A.Heads): LiveHistory {
  const changes = A.getChangesSince(doc, since);
  if (changes.length === 0) return { ...live, doc };
  const incremental = Buffer.concat(changes);
  if (live.chunks.length + 1 > MAX_CHUNKS || live.incrementalBytes + incremental.length > live.fullBytes) {
    const full = A.save(doc);
    return { ...live, doc, chunks: [b64(full)], fullBytes: full.length, incrementalBytes: 0 };
  }
  return { ...live, doc, chunks: [...live.chunks, b64(incremental)], incrementalBytes: live.incrementalBytes + incremental.length };
}

/** The history after saving `plan` (one change, made now by this copy), or the same history when nothing changed. */
export function commitSave(live: LiveHistory, plan: Plan, origin: ChangeOrigin, at: Date): LiveHistory {
  const after = plan as unknown as JsonObject;
  const since = A.getHeads(live.doc);
  const doc = A.change(live.doc, { message: JSON.stringify(origin), time: Math.floor(at.getTime() / 1000) }, (d) => {
    applyObject(d, live.holds, after);
  });
  return withChunk({ ...live, holds: after }, doc, since);
}

/** The history block to store with a plan whose text hashes to `planSha`. */
export const storedBlock = (live: LiveHistory, planSha: string): StoredHistory => ({ format: HISTORY_FORMAT, plan: planSha, chunks: live.chunks });

/** The history a merge produced, ready for its first save (stored whole: it holds two copies' changes). */
export function liveFromMerged(doc: PlanDoc, holds: JsonObject): LiveHistory {
  const full = A.save(doc);
  return { doc: asThisCopy(doc), holds, chunks: [b64(full)], fullBytes: full.length, incrementalBytes: 0 };
}
