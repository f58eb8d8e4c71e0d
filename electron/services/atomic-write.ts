/**
 * Crash-safe file replacement: at every instant the target is either the old file or the new one,
 * whole. Used for plans, recovery copies and exported briefs.
 */
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PlannerError } from '../../shared/result';
import { modeForReplacement } from './private-modes';

/** The file-system calls the writer makes; tests inject one whose rename fails. */
export type AtomicFs = Pick<typeof nodeFs, 'open' | 'rename' | 'unlink' | 'copyFile' | 'stat' | 'readdir'> & Partial<Pick<typeof nodeFs, 'link'>>;

export interface AtomicWriteOptions {
  /** Keep the file being replaced as `backupPath` (itself replaced atomically). */
  backupPath?: string;
  fs?: AtomicFs;
}

const randomSuffix = () => Math.random().toString(36).slice(2, 10).padEnd(8, '0');

/** The temp name sits in the target's folder so the final rename never crosses file systems. */
export const tempPathFor = (target: string) => join(dirname(target), `.${basename(target)}.${randomSuffix()}.tmp`);

/** A temp file this old cannot belong to a save still in progress: it was left by a crash. */
export const STALE_TEMP_MS = 10 * 60 * 1000;

/** Removes temp files of `target` left behind by a crash (best effort, never fails the save). */
async function removeStaleTemps(fs: AtomicFs, target: string): Promise<void> {
  const prefix = `.${basename(target)}.`;
  const isTemp = (name: string) => name.startsWith(prefix) && /^[a-z0-9]{8}\.tmp$/.test(name.slice(prefix.length));
  try {
    const names = (await fs.readdir(dirname(target))).filter(isTemp);
    for (const name of names) {
      const path = join(dirname(target), name);
      const info = await fs.stat(path).catch(() => null);
      if (info && Date.now() - info.mtimeMs > STALE_TEMP_MS) await fs.unlink(path).catch(() => undefined);
    }
  } catch {
    /* best effort */
  }
}

async function writeAndSync(fs: AtomicFs, path: string, data: string | Uint8Array, mode: number): Promise<void> {
  const handle = await fs.open(path, 'wx', mode);
  try {
    // The umask may have taken bits from `mode` the file should keep (an owner's group access).
    if (process.platform !== 'win32') await handle.chmod(mode);
    await handle.writeFile(data);
    // Without fsync the rename can reach the disk before the data does, and a power cut leaves an empty file.
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncFolder(fs: AtomicFs, folder: string): Promise<void> {
  // Makes the rename itself durable. Windows cannot open folders for syncing; the rename is still atomic there.
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* best effort */
  }
}

/**
 * Makes `to` a copy of `from`, atomically. A hard link costs nothing however big the plan is, and
 * is safe because saving never changes a file in place: the new version arrives by rename, which
 * leaves the linked old version as it was. File systems without links (FAT on USB sticks) copy.
 */
async function copyAtomically(fs: AtomicFs, from: string, to: string): Promise<void> {
  const temp = tempPathFor(to);
  try {
    const linked = fs.link ? await fs.link(from, temp).then(() => true, () => false) : false;
    if (!linked) await fs.copyFile(from, temp);
    await fs.rename(temp, to);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code ?? '';

/** Plain words for why a write failed, from the system error code. */
export function writeFailureReason(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
      return 'permission was denied (the folder or file may be read-only or locked by another program)';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'the folder does not exist any more';
    case 'EBUSY':
      return 'the file is in use by another program';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    case 'EIO':
      return 'the disk reported an input/output error';
    default:
      return 'the system refused the write';
  }
}

/**
 * Writes `data` to `target` atomically: temp file in the same folder, fsync, optional backup of the
 * old file, rename over the target, fsync the folder. On failure the target is untouched, the temp
 * file removed, and a WRITE_FAILED PlannerError thrown in plain words.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const temp = tempPathFor(target);
  try {
    const existing = await fs.stat(target).catch(() => null);
    if (existing?.isDirectory()) throw Object.assign(new Error('target is a folder'), { code: 'EISDIR' });
    await writeAndSync(fs, temp, data, modeForReplacement(existing));
    if (existing && options.backupPath) await copyAtomically(fs, target, options.backupPath);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    const reason = errorCode(error) === 'EISDIR' ? 'a folder has that name' : writeFailureReason(error);
    throw new PlannerError('WRITE_FAILED', `Could not save "${basename(target)}": ${reason}. The file on disk was left as it was.`);
  }
  await syncFolder(fs, dirname(target));
  await removeStaleTemps(fs, target);
  if (options.backupPath) await removeStaleTemps(fs, options.backupPath);
}
