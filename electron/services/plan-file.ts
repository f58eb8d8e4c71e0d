/**
 * Plan files on disk: read with a size limit and full validation, save atomically with a backup,
 * and fingerprints to notice when someone else changed the file.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { basename } from 'node:path';
import { PlannerError } from '../../shared/result';
import type { Plan } from '../../shared/plan/schema';
import { parsePlanText, planTextForSave } from '../../shared/plan/validate';
import type { MigrationStep } from '../../shared/plan/migrate';
import { fitName, writeFileAtomic } from './atomic-write';
import type { AtomicFs } from './atomic-write';
import { describeOddKind, NotRegularFileError, readRegularFile, TooManyBytesError } from './bounded-read';
import { replaceBackup } from './backup-replace';
import { decodeStored, encodeForDisk } from './protection/stored-bytes';
import type { PlanCodec } from './protection/plan-codec';
import { joinHistory, splitHistory } from './merge/history-block';
import type { HistoryWriter, OpenedHistory } from './merge/document-history';

export const PLAN_EXTENSION = '.mplan';
/** Larger than any real plan by far (the sample is ~20 KB); stops a wrong pick from eating memory. */
export const MAX_PLAN_BYTES = 50 * 1024 * 1024;

export interface Fingerprint {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export interface LoadedPlan {
  plan: Plan;
  notices: string[];
  fingerprint: Fingerprint;
  /** The file was encrypted with a passphrase (save it with the same codec to keep it so). */
  protected: boolean;
  /** Its change history as read (kept opaque until a save or a merge needs it; see docs/merge.md). */
  history: OpenedHistory;
}

export interface ReadOptions {
  maxBytes?: number;
  steps?: Readonly<Record<number, MigrationStep>>;
  /** How the stored bytes become the plan's JSON; without it a protected file is refused as PROTECTED. */
  codec?: PlanCodec;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

const encoder = new TextEncoder();
/**
 * The UTF-8 bytes of `text`. encodeInto is faster than Buffer.from on a large plan that holds
 * characters beyond Latin-1 (dashes, quotes, Cyrillic: any real plan). The buffer is never
 * too small, as no UTF-16 unit takes more than 3 bytes; memory not written to is never touched.
 */
function utf8Bytes(text: string): Buffer {
  const out = Buffer.allocUnsafe(text.length * 3);
  const { written } = encoder.encodeInto(text, out);
  return out.subarray(0, written);
}
/** `52.4 MB`, `50 MB`, `12 KB`: sizes as people read them. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/**
 * `plan.mplan.bak` beside the plan: the version before the last save. A name so long that `.bak`
 * would not fit (255 bytes) is shortened first, so a plan that can be saved can keep its backup.
 */
export const backupPathFor = (path: string) => fitName(path, '.bak');

function readFailure(path: string, error: unknown): PlannerError {
  const name = basename(path);
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new PlannerError('NOT_FOUND', `Cannot open "${name}": the file could not be found. It may have been moved, renamed or deleted.`);
    case 'EISDIR':
      return new PlannerError('NOT_A_PLAN', `Cannot open "${name}": it is a folder, not a plan file.`);
    case 'EACCES':
    case 'EPERM':
      return new PlannerError('READ_FAILED', `Cannot open "${name}": permission to read it was denied.`);
    default:
      return new PlannerError('READ_FAILED', `Cannot open "${name}": the system could not read it. Nothing was changed on disk.`);
  }
}

/** Reads and fully validates a plan file; throws a PlannerError naming the file on any refusal. */
export async function readPlanFile(path: string, options: ReadOptions = {}): Promise<LoadedPlan> {
  const maxBytes = options.maxBytes ?? MAX_PLAN_BYTES;
  const name = basename(path);
  let bytes: Buffer;
  let mtimeMs: number;
  try {
    const read = await readRegularFile(path, maxBytes);
    bytes = read.bytes;
    mtimeMs = read.info.mtimeMs;
  } catch (error) {
    if (error instanceof NotRegularFileError) {
      throw new PlannerError('NOT_A_PLAN', `Cannot open "${name}": it is ${describeOddKind(error.kind)}. Only plan files can be opened. Nothing was changed on disk.`);
    }
    if (error instanceof TooManyBytesError) {
      throw new PlannerError('TOO_LARGE', `Cannot open "${name}": it is larger than the ${formatSize(maxBytes)} limit for a plan file, so it is not a plan saved by Mandate Planner. Nothing was changed on disk.`);
    }
    throw readFailure(path, error);
  }
  const stored = bytes;
  bytes = await decodeStored(stored, name, options.codec);
  // isUtf8 checks the bytes natively and is far faster than a fatal TextDecoder on big plans.
  if (!isUtf8(bytes)) {
    throw new PlannerError('NOT_A_PLAN', `Cannot open "${name}": it is not a Mandate Planner plan (it is not a text file). Nothing was changed on disk.`);
  }
  const split = splitHistory(bytes.toString('utf8'));
  const parsed = parsePlanText(split.planText, name, options.steps);
  if (!parsed.ok) throw new PlannerError(parsed.error.code, parsed.error.message, parsed.error.details);
  const { plan, notices } = parsed.value;
  // Unchanged by opening and hashing to what the history says it ends at: the history holds this very plan.
  const inSync = split.history !== null && notices.length === 0 && sha256(split.planText) === split.history.plan;
  const historyNotice = split.unreadable ? ['Its merge history could not be read, so merging it with other copies starts again from this version.'] : [];
  return {
    plan,
    notices: [...notices, ...historyNotice],
    fingerprint: { size: stored.length, mtimeMs, sha256: sha256(stored) },
    protected: stored !== bytes,
    history: { plan, stored: split.history, inSync },
  };
}

export interface WriteOptions {
  fs?: AtomicFs;
  /** Keep the replaced version as `<name>.bak` (true for plans the planner saves). */
  backup?: boolean;
  /**
   * Only for a plan that planSchema parsed in this process (a save request after the IPC gate),
   * changed since by nothing but a valid timestamp: zod is not run on it again (the quick check
   * still is, and ids and links are). Plans from anywhere else are always checked in full.
   */
  parsedBySchema?: boolean;
  /** The backup gets the new version too, not the replaced one (text was removed from history). */
  replaceBackup?: boolean;
  /** How the plan's JSON is stored (encrypted for a protected plan); plain without it. */
  codec?: PlanCodec;
  /** The plan's change history, stored with it as its last key; without it the file has none. */
  history?: HistoryWriter;
}

/**
 * Validates then writes a plan atomically, keeping the previous version as `<name>.bak`.
 * Nothing is written when the plan is invalid. Returns the new file's fingerprint.
 */
export async function writePlanFile(path: string, plan: unknown, options: WriteOptions = {}): Promise<Fingerprint> {
  const text = planTextForSave(plan, basename(path), options.parsedBySchema);
  if (!text.ok) throw new PlannerError(text.error.code, text.error.message, text.error.details);
  const history = options.history ? await options.history.next(plan as Plan, sha256(text.value)) : null;
  const fileText = history?.block ? joinHistory(text.value, history.block) : text.value;
  // Encoded once: writing, sizing and fingerprinting a 6 MB plan should not each convert the text again.
  const bytes = await encodeForDisk(utf8Bytes(fileText), options.codec);
  const backupPath = options.backup === false ? undefined : backupPathFor(path);
  await writeFileAtomic(path, bytes, { fs: options.fs, backupPath: options.replaceBackup ? undefined : backupPath });
  if (options.replaceBackup && backupPath) await replaceBackup(backupPath, bytes, options.fs);
  history?.done();
  const info = await fs.stat(path);
  return { size: bytes.length, mtimeMs: info.mtimeMs, sha256: sha256(bytes) };
}

/** The file's current fingerprint, or null when it no longer exists (or is no longer a readable plan-sized file). */
export async function fingerprintFile(path: string): Promise<Fingerprint | null> {
  try {
    const { bytes, info } = await readRegularFile(path, MAX_PLAN_BYTES);
    return { size: bytes.length, mtimeMs: info.mtimeMs, sha256: sha256(bytes) };
  } catch {
    return null;
  }
}

/**
 * True when the file differs from what we last read or wrote. A deleted file counts as unchanged:
 * saving over nothing loses nothing. A mere touch (same bytes) is not a change either.
 */
export async function changedOnDisk(path: string, known: Fingerprint): Promise<boolean> {
  try {
    const info = await fs.stat(path);
    if (info.size === known.size && info.mtimeMs === known.mtimeMs) return false;
  } catch {
    return false;
  }
  // A file that can no longer be read as a plan (grown past the limit, swapped for a pipe) has changed.
  const now = await fingerprintFile(path);
  return now === null || now.sha256 !== known.sha256;
}
