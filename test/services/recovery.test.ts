import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { writePlanFile } from '../../electron/services/plan-file';
import { createRecoveryStore, ORPHAN_RECOVERY_DAYS } from '../../electron/services/recovery';
import { createSamplePlan } from '../../shared/plan/sample';
import { tempFolder, testPorts } from './helpers';

const DAY = 24 * 60 * 60 * 1000;
const titled = (title: string) => ({ ...createSamplePlan(), cover: { ...createSamplePlan().cover, title } });

/** A recovery store over a temp data folder with a clock the test moves. */
async function store() {
  const dataDir = await tempFolder('mplan-recovery-');
  const clock = { now: new Date() };
  const recovery = createRecoveryStore(dataDir, () => clock.now);
  const folder = join(dataDir, 'recovery');
  await mkdir(folder, { recursive: true });
  const files = async () => (await readdir(folder)).sort();
  const age = async (name: string, ms: number) => {
    const then = new Date(Date.now() - ms);
    await utimes(join(folder, name), then, then);
  };
  return { dataDir, folder, clock, recovery, files, age };
}

describe('listing recovery copies', () => {
  it('skips damaged copies of every kind and still lists the good one', async () => {
    const { folder, recovery } = await store();
    await recovery.write('rec-good', null, titled('Good copy'));
    const good = JSON.parse(await readFile(join(folder, 'rec-good.json'), 'utf8'));
    const damaged: Record<string, string> = {
      'rec-notjson': 'this is not JSON {',
      'rec-cut': JSON.stringify(good).slice(0, 500),
      'rec-null': 'null',
      'rec-list': '[1,2,3]',
      'rec-foreign': JSON.stringify({ ...good, format: 'something-else', id: 'rec-foreign' }),
      'rec-otherid': JSON.stringify({ ...good }), // says it is rec-good
      'rec-badpath': JSON.stringify({ ...good, id: 'rec-badpath', path: 42 }),
      'rec-baddate': JSON.stringify({ ...good, id: 'rec-baddate', savedAt: 'yesterday' }),
      'rec-proto': `{"__proto__": {"polluted": true}, "format": "mandate-planner/recovery", "id": "rec-proto"}`,
      'rec-empty': '',
    };
    for (const [id, text] of Object.entries(damaged)) await writeFile(join(folder, `${id}.json`), text);
    await mkdir(join(folder, 'rec-folder.json'));
    await writeFile(join(folder, 'notes.txt'), 'not a copy');

    const listed = await recovery.list();
    expect(listed.map((e) => [e.id, e.title])).toEqual([['rec-good', 'Good copy']]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((await recovery.read('rec-good')).plan.cover.title).toBe('Good copy');
    await expect(recovery.read('rec-cut')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists a copy whose plan is damaged, and explains the damage when it is restored', async () => {
    const { folder, recovery } = await store();
    await recovery.write('rec-broken', null, titled('Broken inside'));
    const copy = JSON.parse(await readFile(join(folder, 'rec-broken.json'), 'utf8'));
    copy.plan.risks.items[0].likelihood = 9;
    await writeFile(join(folder, 'rec-broken.json'), JSON.stringify(copy));
    expect((await recovery.list()).map((e) => e.id)).toEqual(['rec-broken']);
    await expect(recovery.read('rec-broken')).rejects.toMatchObject({
      code: 'INVALID_PLAN',
      details: ['risks.items[0].likelihood: must be between 1 and 5'],
    });
  });
});

describe('tidying recovery copies that can never be offered', () => {
  it('removes copies older than their file, and keeps newer ones', async () => {
    const { dataDir, recovery, files, clock } = await store();
    const plan = join(dataDir, 'veloria.mplan');
    clock.now = new Date(Date.now() - 60_000);
    await recovery.write('rec-old', plan, titled('Before the last save'));
    await writePlanFile(plan, createSamplePlan());
    clock.now = new Date(Date.now() + 60_000);
    await recovery.write('rec-new', plan, titled('After the last save'));
    expect(await recovery.prune(new Set())).toBe(1);
    expect(await files()).toEqual(['rec-new.json']);
  });

  it(`removes a copy whose file has been gone for ${ORPHAN_RECOVERY_DAYS} days, but never one of a plan never saved`, async () => {
    const { dataDir, recovery, files, clock } = await store();
    const gone = join(dataDir, 'deleted.mplan');
    clock.now = new Date(Date.now() - (ORPHAN_RECOVERY_DAYS + 1) * DAY);
    await recovery.write('rec-orphan', gone, titled('File deleted long ago'));
    await recovery.write('rec-unsaved', null, titled('Never saved'));
    clock.now = new Date(Date.now() - 2 * DAY);
    await recovery.write('rec-recent', gone, titled('File deleted recently'));
    clock.now = new Date();
    expect(await recovery.prune(new Set())).toBe(1);
    expect(await files()).toEqual(['rec-recent.json', 'rec-unsaved.json']);
  });

  it('removes damaged copies only once they are old, and crash leftovers once stale', async () => {
    const { folder, recovery, files, age } = await store();
    await writeFile(join(folder, 'rec-damagedold.json'), '{ half a copy');
    await writeFile(join(folder, 'rec-damagednew.json'), '{ half a copy');
    await writeFile(join(folder, '.rec-abc.json.a1b2c3d4.tmp'), '{ half');
    await writeFile(join(folder, '.rec-abc.json.e5f6g7h8.tmp'), '{ half');
    await age('rec-damagedold.json', (ORPHAN_RECOVERY_DAYS + 1) * DAY);
    await age('.rec-abc.json.a1b2c3d4.tmp', DAY);
    expect(await recovery.prune(new Set())).toBe(2);
    expect(await files()).toEqual(['.rec-abc.json.e5f6g7h8.tmp', 'rec-damagednew.json']);
  });

  it('leaves the copies of documents open now alone', async () => {
    const { dataDir, recovery, files, clock } = await store();
    const plan = join(dataDir, 'open.mplan');
    clock.now = new Date(Date.now() - 60_000);
    await recovery.write('rec-live', plan, titled('Being edited'));
    await writePlanFile(plan, createSamplePlan());
    expect(await recovery.prune(new Set(['rec-live']))).toBe(0);
    expect(await files()).toEqual(['rec-live.json']);
  });

  it('happens when the app asks for the list at start-up', async () => {
    const ports = await testPorts();
    const before = createHandlers(ports);
    const path = join(ports.documentsDir, 'veloria.mplan');
    await writePlanFile(path, createSamplePlan());
    ports.dialogs.openAnswers.push(path);
    const opened = await dispatch(before, 'openWithDialog', {});
    if (!opened.ok) throw new Error(opened.error.message);
    ports.clock.now = new Date(Date.now() - 60_000);
    await dispatch(before, 'writeRecovery', { docId: opened.value.docId, plan: titled('Stale') });
    const after = createHandlers(ports);
    expect(await dispatch(after, 'listRecovery', {})).toEqual({ ok: true, value: [] });
    expect(await readdir(join(ports.dataDir, 'recovery'))).toEqual([]);
  });
});

describe('restoring a copy never trusts the file it names', () => {
  it('restores a copy naming a file the planner never chose as unsaved, and asks where to save it', async () => {
    const ports = await testPorts();
    const victim = join(await tempFolder(), 'not-chosen.mplan');
    await writePlanFile(victim, titled('Someone else’s plan'));
    const victimBytes = await readFile(victim);
    // A copy planted in the data folder (or left from a file no longer on the recent list).
    await createRecoveryStore(ports.dataDir, () => new Date(Date.now() + 60_000)).write('rec-planted', victim, titled('Planted'));
    const handlers = createHandlers(ports);
    const restored = await dispatch(handlers, 'restoreRecovery', { id: 'rec-planted' });
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.value.path).toBeNull();
    expect(restored.value.notices.join(' ')).toContain('"not-chosen.mplan", which is not on the recent-files list');

    const saved = await dispatch(handlers, 'save', { docId: restored.value.docId, plan: restored.value.plan });
    expect(!saved.ok && saved.error.code).toBe('CANCELLED');
    expect(ports.dialogs.asked.map((d) => d.kind)).toEqual(['save']);
    expect(await readFile(victim)).toEqual(victimBytes);
  });

  it('restores a copy of a file on the recent list to that file', async () => {
    const ports = await testPorts();
    const path = join(ports.documentsDir, 'mine.mplan');
    await writePlanFile(path, titled('Mine'));
    const first = createHandlers(ports);
    ports.dialogs.openAnswers.push(path);
    const opened = await dispatch(first, 'openWithDialog', {});
    if (!opened.ok) throw new Error(opened.error.message);
    ports.clock.now = new Date(Date.now() + 60_000);
    await dispatch(first, 'writeRecovery', { docId: opened.value.docId, plan: titled('Mine, edited') });

    const restarted = createHandlers(ports);
    const listed = await dispatch(restarted, 'listRecovery', {});
    if (!listed.ok) throw new Error(listed.error.message);
    const restored = await dispatch(restarted, 'restoreRecovery', { id: listed.value[0]!.id });
    expect(restored.ok && restored.value.path).toBe(path);
    expect(restored.ok && restored.value.plan.cover.title).toBe('Mine, edited');
  });
});

describe('a recovery folder holding something other than copies', () => {
  it('lists the copies at start-up without waiting on a pipe named like one', async () => {
    const ports = await testPorts();
    await mkdir(join(ports.dataDir, 'recovery'), { recursive: true });
    execFileSync('mkfifo', [join(ports.dataDir, 'recovery', 'rec-aaaaaaaaaaaaaaaaaaaaa.json')]);
    const start = performance.now();
    const listed = await dispatch(createHandlers(ports), 'listRecovery', {});
    expect(listed.ok && listed.value).toEqual([]);
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
