/**
 * Settings over a `conf`-compatible store (electron-store in the app, conf in tests and the browser
 * host). What is read back is checked: a damaged settings file falls back to defaults instead of
 * stopping the app from starting.
 */
import Conf from 'conf';
import { z } from 'zod';
import type { Settings, SettingsPort } from './ports';
import { makePrivateFolderSync, PRIVATE_FILE_MODE } from './private-modes';

/** The part of conf / electron-store this module uses. */
export interface ConfLike {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export const DEFAULT_SETTINGS: Settings = { recentFiles: [], lastFolder: null, windowBounds: null };

const finite = z.number().finite();
const settingsSchemas: { [K in keyof Settings]: z.ZodType<Settings[K]> } = {
  recentFiles: z.array(z.object({ path: z.string().min(1).max(4096), openedAt: z.string().max(64) })).max(50),
  lastFolder: z.string().max(4096).nullable(),
  windowBounds: z
    .object({
      x: finite.optional(),
      y: finite.optional(),
      width: finite.min(200).max(20_000),
      height: finite.min(150).max(20_000),
      maximized: z.boolean().optional(),
    })
    .nullable(),
};

type Log = (message: string) => void;
const stderrLog: Log = (message) => process.stderr.write(`${message}\n`);

/** A SettingsPort that never throws: bad or unreadable values read as defaults, failed writes are logged. */
export function createSettingsStore(store: ConfLike, log: Log = stderrLog): SettingsPort {
  return {
    get(key) {
      let raw: unknown;
      try {
        raw = store.get(key);
      } catch (error) {
        log(`settings: could not read "${key}" (${(error as Error).message}); using the default`);
        return structuredClone(DEFAULT_SETTINGS[key]);
      }
      if (raw === undefined) return structuredClone(DEFAULT_SETTINGS[key]);
      const parsed = settingsSchemas[key].safeParse(raw);
      if (parsed.success) return parsed.data;
      log(`settings: ignored a damaged "${key}" value; using the default`);
      return structuredClone(DEFAULT_SETTINGS[key]);
    },
    set(key, value) {
      try {
        store.set(key, value);
      } catch (error) {
        log(`settings: could not save "${key}" (${(error as Error).message})`);
      }
    },
  };
}

/**
 * Options shared by the electron-store in the app and the conf store in tests: a settings file
 * that is not valid JSON is reset rather than crashing start-up. The file lists recent plans' paths,
 * so only its owner may read it.
 */
export const STORE_OPTIONS = { configName: 'settings', clearInvalidConfig: true, configFileMode: PRIVATE_FILE_MODE } as const;

/** Settings kept in `folder/settings.json` with plain conf (Node tests, browser test host, CLI). */
export function createConfSettings(folder: string, log?: Log): SettingsPort {
  let store: ConfLike;
  try {
    makePrivateFolderSync(folder);
    store = new Conf<Record<string, unknown>>({ ...STORE_OPTIONS, cwd: folder });
  } catch (error) {
    // conf reads the file in its constructor; if even that fails, run on defaults in memory.
    (log ?? stderrLog)(`settings: could not open the settings file (${(error as Error).message}); using defaults for this session`);
    store = memoryStore();
  }
  return createSettingsStore(store, log);
}

/** A throwaway in-memory store (tests, and the fallback when the settings file cannot be opened). */
export function memoryStore(initial: Record<string, unknown> = {}): ConfLike {
  const data = new Map(Object.entries(initial));
  return {
    get: (key) => structuredClone(data.get(key)),
    set: (key, value) => void data.set(key, structuredClone(value)),
  };
}
