/**
 * Who may read what the app writes. A plan names potential perpetrators, sources and communities
 * at risk, so everything the app creates is for its user alone: files 0600, the app's own folders
 * 0700, whatever the umask (which can only take bits away, and is re-applied here explicitly in
 * case a process runs with an odd one). Windows has no POSIX modes; there these calls do nothing
 * harmful and the folder's ACLs decide, as they already do for the user's profile.
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import type { Stats } from 'node:fs';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

/**
 * The mode for a file being replaced: a new file is private; an existing one keeps the mode its
 * owner gave it (a plan deliberately shared with a group stays so), less any access for others,
 * which a plan file never needs and which the 0644 of older versions gave to every local user.
 */
export function modeForReplacement(existing: Pick<Stats, 'mode'> | null): number {
  return existing ? existing.mode & 0o770 : PRIVATE_FILE_MODE;
}

/** Creates the app's folder (and its parents) if needed, and makes the folder itself 0700. */
export async function makePrivateFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  if (process.platform !== 'win32') await chmod(path, PRIVATE_FOLDER_MODE);
}

/** makePrivateFolder for start-up code that is synchronous anyway (the settings store's constructor). */
export function makePrivateFolderSync(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  if (process.platform !== 'win32') chmodSync(path, PRIVATE_FOLDER_MODE);
}
