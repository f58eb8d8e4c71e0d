/** The recent-files list: newest first, no repeats, at most ten, missing files flagged rather than dropped. */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { RecentFile } from '../../shared/ipc';
import type { SettingsPort } from './ports';

export const MAX_RECENT_FILES = 10;

/** Paths are compared resolved, so `./a.mplan` and `/home/x/a.mplan` are one entry. */
export const samePath = (a: string, b: string) => resolve(a) === resolve(b);

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export interface RecentFiles {
  list(): Promise<RecentFile[]>;
  /** Puts a path at the top (after it was opened or saved). */
  add(path: string): void;
  remove(path: string): Promise<RecentFile[]>;
  includes(path: string): boolean;
}

/** Recent files kept in the settings store. */
export function createRecentFiles(settings: SettingsPort, now: () => Date): RecentFiles {
  const entries = () => settings.get('recentFiles');
  return {
    async list() {
      return Promise.all(
        entries().map(async (entry) => ({ path: entry.path, name: basename(entry.path), openedAt: entry.openedAt, exists: await isFile(entry.path) })),
      );
    },
    add(path) {
      const full = resolve(path);
      const rest = entries().filter((entry) => !samePath(entry.path, full));
      settings.set('recentFiles', [{ path: full, openedAt: now().toISOString() }, ...rest].slice(0, MAX_RECENT_FILES));
    },
    async remove(path) {
      settings.set('recentFiles', entries().filter((entry) => !samePath(entry.path, path)));
      return this.list();
    },
    includes(path) {
      return entries().some((entry) => samePath(entry.path, path));
    },
  };
}
