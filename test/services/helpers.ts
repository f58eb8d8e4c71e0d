/** Real temp folders, scripted dialogs and handler ports for the service tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { DialogPort, HandlerPorts, Settings, SettingsPort } from '../../electron/services/ports';
import { createSettingsStore, memoryStore } from '../../electron/services/settings-store';

const folders: string[] = [];

/** A fresh folder under the system temp dir, removed after the test. */
export async function tempFolder(prefix = 'mplan-test-'): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** Dialogs that answer from a script; an unscripted dialog counts as cancelled. Remembers what it was asked. */
export class ScriptedDialogs implements DialogPort {
  readonly openAnswers: (string | null)[] = [];
  readonly saveAnswers: (string | null)[] = [];
  readonly asked: { kind: 'open' | 'save'; title: string; defaultPath?: string }[] = [];
  async showOpenDialog(options: { title: string; defaultPath?: string }) {
    this.asked.push({ kind: 'open', title: options.title, defaultPath: options.defaultPath });
    return this.openAnswers.shift() ?? null;
  }
  async showSaveDialog(options: { title: string; defaultPath?: string }) {
    this.asked.push({ kind: 'save', title: options.title, defaultPath: options.defaultPath });
    return this.saveAnswers.shift() ?? null;
  }
}

export interface TestPorts extends HandlerPorts {
  dialogs: ScriptedDialogs;
  settings: SettingsPort;
  clock: { now: Date };
}

/** Handler ports over a temp data folder, in-memory settings and a clock the test can move. */
export async function testPorts(overrides: Partial<Settings> = {}): Promise<TestPorts> {
  const root = await tempFolder();
  const clock = { now: new Date('2026-12-01T10:00:00.000Z') };
  return {
    dialogs: new ScriptedDialogs(),
    settings: createSettingsStore(memoryStore({ ...overrides }), () => undefined),
    now: () => clock.now,
    clock,
    dataDir: join(root, 'data'),
    documentsDir: root,
    appVersion: '0.1.0-test',
    host: 'browser-test',
  };
}
