import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConfSettings, createSettingsStore, DEFAULT_SETTINGS, memoryStore } from '../../electron/services/settings-store';
import { tempFolder } from './helpers';

const quiet = () => undefined;

describe('settings kept with conf in a folder', () => {
  it('reads back what it stored after a restart', async () => {
    const folder = await tempFolder();
    const first = createConfSettings(folder, quiet);
    first.set('recentFiles', [{ path: '/plans/veloria.mplan', openedAt: '2026-12-01T10:00:00.000Z' }]);
    first.set('lastFolder', '/plans');
    first.set('windowBounds', { x: 10, y: 20, width: 1200, height: 800, maximized: false });
    const again = createConfSettings(folder, quiet);
    expect(again.get('recentFiles')).toEqual([{ path: '/plans/veloria.mplan', openedAt: '2026-12-01T10:00:00.000Z' }]);
    expect(again.get('lastFolder')).toBe('/plans');
    expect(again.get('windowBounds')).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: false });
    expect(JSON.parse(await readFile(join(folder, 'settings.json'), 'utf8'))).toHaveProperty('lastFolder', '/plans');
  });

  it('starts with defaults when the settings file is not valid JSON, and can save again', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'settings.json'), '{"recentFiles": [{"path": "/a.mpl');
    const settings = createConfSettings(folder, quiet);
    expect(settings.get('recentFiles')).toEqual([]);
    expect(settings.get('windowBounds')).toBeNull();
    settings.set('lastFolder', '/plans');
    expect(createConfSettings(folder, quiet).get('lastFolder')).toBe('/plans');
  });

  it('ignores values of the wrong shape, keeping the ones that are fine', async () => {
    const folder = await tempFolder();
    const logged: string[] = [];
    await writeFile(
      join(folder, 'settings.json'),
      JSON.stringify({ recentFiles: 'not a list', lastFolder: '/plans', windowBounds: { width: -5, height: 'tall' } }),
    );
    const settings = createConfSettings(folder, (line) => logged.push(line));
    expect(settings.get('recentFiles')).toEqual(DEFAULT_SETTINGS.recentFiles);
    expect(settings.get('windowBounds')).toBeNull();
    expect(settings.get('lastFolder')).toBe('/plans');
    expect(logged.join('\n')).toMatch(/damaged "recentFiles"/);
  });
});

describe('a store that fails', () => {
  it('reads defaults and does not throw when the store cannot be read or written', () => {
    const broken = { get: () => { throw new Error('EACCES'); }, set: () => { throw new Error('ENOSPC'); } };
    const logged: string[] = [];
    const settings = createSettingsStore(broken, (line) => logged.push(line));
    expect(settings.get('recentFiles')).toEqual([]);
    expect(() => settings.set('lastFolder', '/x')).not.toThrow();
    expect(logged).toHaveLength(2);
  });

  it('hands out copies, so changing a returned value changes nothing stored', () => {
    const settings = createSettingsStore(memoryStore(), quiet);
    settings.get('recentFiles').push({ path: '/x', openedAt: '' });
    expect(settings.get('recentFiles')).toEqual([]);
  });
});
