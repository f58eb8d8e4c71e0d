/**
 * A lock beside a plan file, so that two commands updating the same plan (two `risks import` runs,
 * or an import while the app saves) take turns instead of each writing its own version over the
 * other's. The lock is a file created with O_EXCL (`wx`): only one process can create it. It names
 * its owner (pid, host, time), so a lock left by a crashed run is recognised and taken over: its
 * process is gone, or it is older than any update takes.
 */
import { hostname } from 'node:os';
import * as fs from 'node:fs/promises';
import { basename } from 'node:path';
import { PlannerError } from '../../shared/result';
import { fitName, saveTargetOf } from './atomic-write';

/** Far longer than any import or save holds the lock (see docs/benchmarks.md, "Figures behind code comments"). */
export const STALE_LOCK_MS = 10 * 60 * 1000;
/** How long a second writer waits for the first before it gives up and says so. */
export const LOCK_WAIT_MS = 30 * 1000;
const POLL_MS = 50;

interface LockOwner {
  pid: number;
  host: string;
  at: string;
}

/** `.plan.mplan.lock` beside the plan (beside the real file when the plan is a symbolic link). */
export const lockPathFor = (realPath: string) => fitName(realPath, '.lock', '.');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function ownerOf(lock: string): Promise<{ owner: LockOwner | null; mtimeMs: number } | null> {
  try {
    const [text, info] = await Promise.all([fs.readFile(lock, 'utf8'), fs.stat(lock)]);
    let owner: LockOwner | null = null;
    try {
      const parsed = JSON.parse(text) as Partial<LockOwner>;
      if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.at === 'string') owner = parsed as LockOwner;
    } catch {
      /* half-written by a crash: judged by its age */
    }
    return { owner, mtimeMs: info.mtimeMs };
  } catch {
    return null;
  }
}

/** A lock whose process has gone (on this machine), or that is older than any update takes. */
async function isStale(lock: string, now: number): Promise<boolean> {
  const found = await ownerOf(lock);
  if (!found) return false;
  if (now - found.mtimeMs > STALE_LOCK_MS) return true;
  // An empty lock file young enough may be one being written this instant.
  if (!found.owner) return now - found.mtimeMs > 5_000;
  return found.owner.host === hostname() && !alive(found.owner.pid);
}

export interface LockOptions {
  waitMs?: number;
  now?: () => number;
}

/**
 * Runs `work` while holding the plan's lock, waiting (up to `waitMs`) for another holder to finish.
 * Throws PlannerError BUSY when the plan stays locked, naming the process that holds it.
 */
export async function withPlanLock<T>(planPath: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const now = options.now ?? Date.now;
  const lock = lockPathFor(await saveTargetOf(fs, planPath));
  const deadline = now() + (options.waitMs ?? LOCK_WAIT_MS);
  const mine: LockOwner = { pid: process.pid, host: hostname(), at: new Date(now()).toISOString() };
  for (;;) {
    try {
      const handle = await fs.open(lock, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify(mine));
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A folder we cannot write to cannot hold the plan's new version either: the save says so.
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return work();
      if (code !== 'EEXIST') throw error;
    }
    if (await isStale(lock, now())) {
      await fs.unlink(lock).catch(() => undefined);
      continue;
    }
    if (now() >= deadline) {
      const found = await ownerOf(lock);
      const who = found?.owner ? ` (process ${found.owner.pid} on ${found.owner.host}, since ${found.owner.at.slice(11, 19)} UTC)` : '';
      throw new PlannerError('BUSY', `"${basename(planPath)}" is being updated by another Mandate Planner command${who}. Nothing was changed; try again when it has finished.`);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  try {
    return await work();
  } finally {
    await fs.unlink(lock).catch(() => undefined);
  }
}
