/**
 * Recovery copies of unsaved work in `<dataDir>/recovery/<id>.json`, written atomically while a
 * document is dirty and offered back at start-up when they are newer than their file.
 */
import { readdir, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readRegularFile } from './bounded-read';
import { z } from 'zod';
import type { RecoveryEntry } from '../../shared/ipc';
import type { Plan } from '../../shared/plan/schema';
import { checkPlanData } from '../../shared/plan/validate';
import { PlannerError } from '../../shared/result';
import { STALE_TEMP_MS, writeFileAtomic } from './atomic-write';
import { MAX_PLAN_BYTES } from './plan-file';
import { makePrivateFolder } from './private-modes';
import type { PlanCodec } from './protection/plan-codec';
import { unsealRecovery } from './protection/recovery-seal';
import type { RecoverySeal } from './protection/recovery-seal';

const RECOVERY_FORMAT = 'mandate-planner/recovery';
/** Ids are made by newId('rec'); checking the shape keeps a request from naming any other file. */
const RECOVERY_ID = /^rec-[a-z0-9]{1,32}$/;

/** A copy whose file is gone this long is taken to be of a plan deleted or moved on purpose. */
export const ORPHAN_RECOVERY_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The envelope is checked before use: a damaged copy is skipped, never shown half-read. */
const recoveryFileSchema = z.object({
  format: z.literal(RECOVERY_FORMAT),
  id: z.string().regex(RECOVERY_ID),
  path: z.string().min(1).max(4096).nullable(),
  savedAt: z.iso.datetime({ offset: true }),
  plan: z.unknown(),
  /** A protected plan's copy: the plan sealed (base64 age file) and the key that opens it, itself sealed with the passphrase. */
  sealed: z.string().max(MAX_PLAN_BYTES * 2).optional(),
  sealedKey: z.string().max(4096).optional(),
});
type RecoveryFile = z.infer<typeof recoveryFileSchema>;

export interface RecoveredPlan {
  entry: RecoveryEntry;
  plan: Plan;
  notices: string[];
}

export interface RecoveryStore {
  /** With `seal`, the copy holds the plan encrypted and no title (a protected plan). */
  write(id: string, path: string | null, plan: Plan, seal?: RecoverySeal): Promise<void>;
  /** Copies newer than their file (or whose file is gone, or never saved), newest first. */
  list(): Promise<RecoveryEntry[]>;
  /** A protected plan's copy needs its passphrase codec; without it, PROTECTED. */
  read(id: string, codec?: PlanCodec): Promise<RecoveredPlan>;
  discard(id: string): Promise<void>;
  /**
   * Deletes copies that can never be offered: older than their file (it was saved later), of a
   * file gone for ORPHAN_RECOVERY_DAYS, damaged for that long, and temp files left by a crash.
   * Copies named in `keep` (documents open now) are left alone. Returns how many were removed.
   */
  prune(keep: ReadonlySet<string>): Promise<number>;
}

const notFound = () => new PlannerError('NOT_FOUND', 'That recovery copy no longer exists; it may have been restored or discarded already.');

async function fileModifiedAt(path: string | null): Promise<Date | null> {
  if (path === null) return null;
  try {
    return (await stat(path)).mtime;
  } catch {
    return null;
  }
}

/** What the list shows for a copy: a protected plan's title stays sealed, so its file name stands in. */
function shownTitle(copy: RecoveryFile): string {
  if (copy.sealed === undefined) return titleOf(copy.plan);
  return copy.path ? basename(copy.path) : 'Protected plan';
}

function titleOf(plan: unknown): string {
  const cover = (plan as { cover?: { title?: unknown } } | null)?.cover;
  return typeof cover?.title === 'string' ? cover.title.slice(0, 300) : 'Untitled plan';
}

/** Recovery copies kept under `dataDir/recovery`. */
export function createRecoveryStore(dataDir: string, now: () => Date): RecoveryStore {
  const folder = join(dataDir, 'recovery');
  const fileOf = (id: string) => {
    if (!RECOVERY_ID.test(id)) throw notFound();
    return join(folder, `${id}.json`);
  };

  async function load(id: string): Promise<RecoveryFile | null> {
    try {
      const file = fileOf(id);
      // Bounded, regular files only: a pipe planted in the data folder must not hang the start-up.
      const { bytes } = await readRegularFile(file, MAX_PLAN_BYTES);
      const parsed = recoveryFileSchema.safeParse(JSON.parse(bytes.toString('utf8')));
      return parsed.success && parsed.data.id === id ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async function ids(): Promise<string[]> {
    const names = await readdir(folder).catch(() => [] as string[]);
    return names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5)).filter((id) => RECOVERY_ID.test(id));
  }

  /** Why a copy should go, or null to keep it. */
  async function staleReason(id: string): Promise<'superseded' | 'orphaned' | 'damaged' | null> {
    const copy = await load(id);
    const age = (since: number) => now().getTime() - since;
    if (!copy) {
      const info = await stat(fileOf(id)).catch(() => null);
      return info && age(info.mtimeMs) > ORPHAN_RECOVERY_DAYS * DAY_MS ? 'damaged' : null;
    }
    if (copy.path === null) return null;
    const modified = await fileModifiedAt(copy.path);
    if (modified) return modified.getTime() >= Date.parse(copy.savedAt) ? 'superseded' : null;
    return age(Date.parse(copy.savedAt)) > ORPHAN_RECOVERY_DAYS * DAY_MS ? 'orphaned' : null;
  }

  async function removeCrashTemps(): Promise<number> {
    const names = await readdir(folder).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names.filter((n) => /^\.rec-[a-z0-9]{1,32}\.json\.[a-z0-9]{8}\.tmp$/.test(n))) {
      const info = await stat(join(folder, name)).catch(() => null);
      if (info && Date.now() - info.mtimeMs > STALE_TEMP_MS && (await unlink(join(folder, name)).then(() => true, () => false))) removed++;
    }
    return removed;
  }

  async function toEntry(copy: RecoveryFile): Promise<RecoveryEntry | null> {
    const modified = await fileModifiedAt(copy.path);
    // The file was saved after this copy was written: the copy holds nothing newer.
    if (modified && modified.getTime() >= Date.parse(copy.savedAt)) return null;
    const entry: RecoveryEntry = { id: copy.id, path: copy.path, title: shownTitle(copy), savedAt: copy.savedAt, fileModifiedAt: modified ? modified.toISOString() : null };
    return copy.sealed === undefined ? entry : { ...entry, protected: true };
  }

  return {
    async write(id, path, plan, seal) {
      await makePrivateFolder(dataDir);
      await makePrivateFolder(folder);
      const savedAt = now().toISOString();
      const copy: RecoveryFile = seal
        ? { format: RECOVERY_FORMAT, id, path, savedAt, plan: null, sealedKey: seal.sealedKey, sealed: Buffer.from(await seal.seal(new TextEncoder().encode(JSON.stringify(plan)))).toString('base64') }
        : { format: RECOVERY_FORMAT, id, path, savedAt, plan };
      await writeFileAtomic(fileOf(id), JSON.stringify(copy));
    },
    async list() {
      const entries = await Promise.all((await ids()).map(async (id) => {
        const copy = await load(id);
        return copy ? toEntry(copy) : null;
      }));
      return entries.filter((e): e is RecoveryEntry => e !== null).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async read(id, codec) {
      const copy = await load(id);
      if (!copy) throw notFound();
      const label = shownTitle(copy);
      let data = copy.plan;
      if (copy.sealed !== undefined) {
        if (!codec?.protected || copy.sealedKey === undefined) {
          throw new PlannerError('PROTECTED', `The recovery copy of "${label}" is protected with the plan's passphrase. Enter it to restore the copy.`);
        }
        const plain = await unsealRecovery(copy.sealedKey, Buffer.from(copy.sealed, 'base64'), codec, label);
        try {
          data = JSON.parse(new TextDecoder().decode(plain));
        } catch {
          throw new PlannerError('NOT_A_PLAN', `The recovery copy of "${label}" is damaged and cannot be opened.`);
        }
      }
      const checked = checkPlanData(data, `recovery copy of ${copy.sealed === undefined ? titleOf(data) : label}`);
      if (!checked.ok) throw new PlannerError(checked.error.code, checked.error.message, checked.error.details);
      const modified = await fileModifiedAt(copy.path);
      const entry: RecoveryEntry = { id, path: copy.path, title: label, savedAt: copy.savedAt, fileModifiedAt: modified ? modified.toISOString() : null, ...(copy.sealed === undefined ? {} : { protected: true }) };
      return { entry, plan: checked.value.plan, notices: checked.value.notices };
    },
    async discard(id) {
      await unlink(fileOf(id)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw new PlannerError('WRITE_FAILED', 'The recovery copy could not be removed; it will be offered again next time.');
      });
    },
    async prune(keep) {
      let removed = await removeCrashTemps();
      for (const id of (await ids()).filter((id) => !keep.has(id))) {
        if ((await staleReason(id)) && (await unlink(fileOf(id)).then(() => true, () => false))) removed++;
      }
      return removed;
    },
  };
}
