/**
 * Replacing a plan's backup with its new version. A save normally keeps the version it replaces as
 * `<name>.bak`; after the planner removed text from history that would keep the removed text on
 * disk, so such a save writes the new version to the backup too.
 */
import { stat, unlink } from 'node:fs/promises';
import { basename } from 'node:path';
import { PlannerError } from '../../shared/result';
import { writeFileAtomic } from './atomic-write';
import type { AtomicFs } from './atomic-write';

/**
 * Makes an existing `backupPath` hold `bytes` (the plan just saved). If it cannot be written, the backup is
 * deleted instead; if even that fails the planner is told the backup still holds the old text.
 */
export async function replaceBackup(backupPath: string, bytes: Uint8Array, fs?: AtomicFs): Promise<void> {
  // No backup, nothing kept: the save did not make one either, as it replaced nothing or was told not to.
  if (!(await stat(backupPath).then(() => true, () => false))) return;
  try {
    await writeFileAtomic(backupPath, bytes, { fs });
    return;
  } catch {
    const gone = await unlink(backupPath).then(
      () => true,
      (error: NodeJS.ErrnoException) => error.code === 'ENOENT',
    );
    if (gone) return;
  }
  throw new PlannerError(
    'WRITE_FAILED',
    `The plan was saved, but its backup "${basename(backupPath)}" could not be replaced or deleted, so it still holds the text you removed from history. Delete that file yourself.`,
  );
}
