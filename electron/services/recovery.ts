/**
 * Recovery copies of unsaved work in `<dataDir>/recovery/<id>.json`, written atomically while a
 * document is dirty and offered back at start-up when they are newer than their file.
 */
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecoveryEntry } from '../../shared/ipc';
import type { Plan } from '../../shared/plan/schema';
import { checkPlanData } from '../../shared/plan/validate';
import { PlannerError } from '../../shared/result';
import { writeFileAtomic } from './atomic-write';

const RECOVERY_FORMAT = 'mandate-planner/recovery';
/** Ids are made by newId('rec'); checking the shape keeps a request from naming any other file. */
const RECOVERY_ID = /^rec-[a-z0-9]{1,32}$/;

interface RecoveryFile {
  format: typeof RECOVERY_FORMAT;
  id: string;
  path: string | null;
  savedAt: string;
  plan: unknown;
}

export interface RecoveredPlan {
  entry: RecoveryEntry;
  plan: Plan;
  notices: string[];
}

export interface RecoveryStore {
  write(id: string, path: string | null, plan: Plan): Promise<void>;
  /** Copies newer than their file (or whose file is gone, or never saved), newest first. */
  list(): Promise<RecoveryEntry[]>;
  read(id: string): Promise<RecoveredPlan>;
  discard(id: string): Promise<void>;
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
      const data = JSON.parse(await readFile(fileOf(id), 'utf8')) as RecoveryFile;
      return data?.format === RECOVERY_FORMAT && data.id === id && typeof data.savedAt === 'string' ? data : null;
    } catch {
      return null;
    }
  }

  async function toEntry(copy: RecoveryFile): Promise<RecoveryEntry | null> {
    const modified = await fileModifiedAt(copy.path);
    // The file was saved after this copy was written: the copy holds nothing newer.
    if (modified && modified.getTime() >= Date.parse(copy.savedAt)) return null;
    return { id: copy.id, path: copy.path, title: titleOf(copy.plan), savedAt: copy.savedAt, fileModifiedAt: modified ? modified.toISOString() : null };
  }

  return {
    async write(id, path, plan) {
      await mkdir(folder, { recursive: true });
      const copy: RecoveryFile = { format: RECOVERY_FORMAT, id, path, savedAt: now().toISOString(), plan };
      await writeFileAtomic(fileOf(id), JSON.stringify(copy));
    },
    async list() {
      const names = await readdir(folder).catch(() => [] as string[]);
      const ids = names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5)).filter((id) => RECOVERY_ID.test(id));
      const entries = await Promise.all(ids.map(async (id) => {
        const copy = await load(id);
        return copy ? toEntry(copy) : null;
      }));
      return entries.filter((e): e is RecoveryEntry => e !== null).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async read(id) {
      const copy = await load(id);
      if (!copy) throw notFound();
      const checked = checkPlanData(copy.plan, `recovery copy of ${titleOf(copy.plan)}`);
      if (!checked.ok) throw new PlannerError(checked.error.code, checked.error.message, checked.error.details);
      const modified = await fileModifiedAt(copy.path);
      const entry = { id, path: copy.path, title: titleOf(copy.plan), savedAt: copy.savedAt, fileModifiedAt: modified ? modified.toISOString() : null };
      return { entry, plan: checked.value.plan, notices: checked.value.notices };
    },
    async discard(id) {
      await unlink(fileOf(id)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw new PlannerError('WRITE_FAILED', 'The recovery copy could not be removed; it will be offered again next time.');
      });
    },
  };
}
