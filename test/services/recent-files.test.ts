import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecentFiles, MAX_RECENT_FILES } from '../../electron/services/recent-files';
import { createSettingsStore, memoryStore } from '../../electron/services/settings-store';
import { tempFolder } from './helpers';

function recentList() {
  let tick = 0;
  const settings = createSettingsStore(memoryStore(), () => undefined);
  return createRecentFiles(settings, () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)));
}

describe('the recent-files list', () => {
  it('keeps the ten most recent, newest first, without repeats', async () => {
    const folder = await tempFolder();
    const recent = recentList();
    const paths = Array.from({ length: 12 }, (_, i) => join(folder, `plan-${i}.mplan`));
    for (const path of paths) recent.add(path);
    recent.add(paths[5]!);
    const names = (await recent.list()).map((entry) => entry.name);
    expect(names).toHaveLength(MAX_RECENT_FILES);
    expect(names[0]).toBe('plan-5.mplan');
    expect(names.slice(1, 4)).toEqual(['plan-11.mplan', 'plan-10.mplan', 'plan-9.mplan']);
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('plan-0.mplan');
  });

  it('treats two spellings of the same path as one entry', async () => {
    const folder = await tempFolder();
    const recent = recentList();
    recent.add(join(folder, 'a.mplan'));
    recent.add(join(folder, 'sub', '..', 'a.mplan'));
    expect(await recent.list()).toHaveLength(1);
    expect(recent.includes(join(folder, '.', 'a.mplan'))).toBe(true);
  });

  it('marks which files still exist and removes one on request', async () => {
    const folder = await tempFolder();
    const recent = recentList();
    const here = join(folder, 'here.mplan');
    await writeFile(here, '{}');
    recent.add(join(folder, 'gone.mplan'));
    recent.add(here);
    expect((await recent.list()).map((e) => [e.name, e.exists])).toEqual([['here.mplan', true], ['gone.mplan', false]]);
    expect((await recent.remove(join(folder, 'gone.mplan'))).map((e) => e.name)).toEqual(['here.mplan']);
    expect(recent.includes(join(folder, 'gone.mplan'))).toBe(false);
  });
});
