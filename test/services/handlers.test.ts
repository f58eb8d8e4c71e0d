import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import type { Handlers } from '../../electron/services/handler-types';
import { readPlanFile, writePlanFile } from '../../electron/services/plan-file';
import { contract } from '../../shared/ipc';
import type { MethodName, RequestOf, ResponseOf } from '../../shared/ipc';
import { createSamplePlan } from '../../shared/plan/sample';
import { serializePlan } from '../../shared/plan/validate';
import type { ErrorCode } from '../../shared/result';
import { tempFolder, testPorts } from './helpers';
import type { TestPorts } from './helpers';

/** The handlers behind dispatch, as the preload and the browser host reach them. */
async function app(ports?: TestPorts) {
  const p = ports ?? (await testPorts());
  const handlers: Handlers = createHandlers(p);
  async function call<K extends MethodName>(method: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
    const result = await dispatch(handlers, method, request);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
    // What crosses the bridge must match the contract's response schema.
    return contract[method].response.parse(result.value) as ResponseOf<K>;
  }
  async function refused<K extends MethodName>(method: K, request: RequestOf<K>, code: ErrorCode) {
    const result = await dispatch(handlers, method, request);
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
    return result.ok ? null : result.error;
  }
  return { ports: p, handlers, call, refused };
}

const edited = (title: string) => ({ ...createSamplePlan(), cover: { ...createSamplePlan().cover, title } });

describe('a new plan, saved for the first time', () => {
  it('goes through the save dialog with a name from its title, adds .mplan and stamps the time', async () => {
    const { ports, call } = await app();
    const doc = await call('newPlan', {});
    expect(doc.path).toBeNull();
    const folder = await tempFolder();
    ports.dialogs.saveAnswers.push(join(folder, 'karst-basin'));
    const plan = { ...doc.plan, cover: { ...doc.plan.cover, title: 'Karst Basin: options / 2027' } };
    const saved = await call('save', { docId: doc.docId, plan });
    expect(ports.dialogs.asked[0]).toMatchObject({ kind: 'save', defaultPath: join(ports.documentsDir, 'Karst Basin - options - 2027.mplan') });
    expect(saved.path).toBe(join(folder, 'karst-basin.mplan'));
    expect(saved.savedAt).toBe(ports.clock.now.toISOString());
    const onDisk = await readPlanFile(saved.path);
    expect(onDisk.plan.cover.title).toBe('Karst Basin: options / 2027');
    expect(onDisk.plan.cover.modifiedAt).toBe(ports.clock.now.toISOString());
    expect((await call('listRecent', {})).map((r) => r.path)).toEqual([saved.path]);
    expect(ports.settings.get('lastFolder')).toBe(folder);
  });

  it('is not saved anywhere when the planner cancels the dialog', async () => {
    const { ports, call, refused } = await app();
    const doc = await call('newPlan', {});
    await refused('save', { docId: doc.docId, plan: doc.plan }, 'CANCELLED');
    expect(await readdir(ports.documentsDir)).toEqual([]);
    expect(await call('listRecent', {})).toEqual([]);
  });

  it('saves later saves to the same file without asking again', async () => {
    const { ports, call } = await app();
    const doc = await call('openSample', {});
    expect(doc).toMatchObject({ path: null, plan: createSamplePlan() });
    ports.dialogs.saveAnswers.push(join(ports.documentsDir, 'veloria.mplan'));
    await call('save', { docId: doc.docId, plan: doc.plan });
    await call('save', { docId: doc.docId, plan: edited('Second draft') });
    expect(ports.dialogs.asked).toHaveLength(1);
    expect((await readPlanFile(join(ports.documentsDir, 'veloria.mplan'))).plan.cover.title).toBe('Second draft');
  });
});

describe('opening plans', () => {
  it('opens a file chosen in the dialog and lists it first among recent files', async () => {
    const { ports, call } = await app();
    const path = join(ports.documentsDir, 'veloria.mplan');
    await writePlanFile(path, createSamplePlan());
    ports.dialogs.openAnswers.push(path);
    const doc = await call('openWithDialog', {});
    expect(doc).toMatchObject({ path, name: 'veloria.mplan', plan: createSamplePlan(), notices: [] });
    expect(await call('listRecent', {})).toEqual([{ path, name: 'veloria.mplan', openedAt: ports.clock.now.toISOString(), exists: true }]);
  });

  it('reopens from the recent list after a restart', async () => {
    const first = await app();
    const path = join(first.ports.documentsDir, 'veloria.mplan');
    await writePlanFile(path, edited('From last week'));
    first.ports.dialogs.openAnswers.push(path);
    await first.call('openWithDialog', {});
    const restarted = await app(first.ports);
    const doc = await restarted.call('openRecent', { path });
    expect(doc.plan.cover.title).toBe('From last week');
  });

  it('refuses to open a path that is not on the recent list', async () => {
    const { ports, refused } = await app();
    const path = join(ports.documentsDir, 'secret.mplan');
    await writePlanFile(path, createSamplePlan());
    const error = await refused('openRecent', { path }, 'NOT_ALLOWED');
    expect(error?.message).toContain('secret.mplan');
  });

  it('shows a corrupt recent file as an error, keeps it listed and leaves it untouched', async () => {
    const { ports, call, refused } = await app();
    const path = join(ports.documentsDir, 'copy.mplan');
    await writePlanFile(path, createSamplePlan());
    ports.dialogs.openAnswers.push(path);
    await call('openWithDialog', {});
    const cut = serializePlan(createSamplePlan()).slice(0, 900);
    await writeFile(path, cut);
    const error = await refused('openRecent', { path }, 'TRUNCATED');
    expect(error?.message).toContain('"copy.mplan"');
    expect(await readFile(path, 'utf8')).toBe(cut);
    expect((await call('listRecent', {}))[0]).toMatchObject({ path, exists: true });
  });

  it('cancelling the open dialog changes nothing', async () => {
    const { call, refused } = await app();
    await refused('openWithDialog', {}, 'CANCELLED');
    expect(await call('listRecent', {})).toEqual([]);
  });
});

describe('someone else changed the file', () => {
  async function openShared() {
    const a = await app();
    const path = join(a.ports.documentsDir, 'shared.mplan');
    await writePlanFile(path, edited('Original'));
    a.ports.dialogs.openAnswers.push(path);
    const doc = await a.call('openWithDialog', {});
    await writePlanFile(path, edited('Colleague version'));
    return { ...a, path, doc };
  }

  it('refuses to save over their change until the planner says so', async () => {
    const { call, refused, path, doc } = await openShared();
    expect(await call('checkExternalChange', { docId: doc.docId })).toEqual({ changed: true });
    const error = await refused('save', { docId: doc.docId, plan: edited('Mine') }, 'CHANGED_ON_DISK');
    expect(error?.message).toContain('"shared.mplan" was changed by someone else');
    expect((await readPlanFile(path)).plan.cover.title).toBe('Colleague version');
    await call('save', { docId: doc.docId, plan: edited('Mine'), overwriteExternalChange: true });
    expect((await readPlanFile(path)).plan.cover.title).toBe('Mine');
    expect(await call('checkExternalChange', { docId: doc.docId })).toEqual({ changed: false });
  });

  it('reloads their version on request', async () => {
    const { call, doc } = await openShared();
    const reloaded = await call('reload', { docId: doc.docId });
    expect(reloaded).toMatchObject({ docId: doc.docId, plan: { cover: { title: 'Colleague version' } } });
    expect(await call('checkExternalChange', { docId: doc.docId })).toEqual({ changed: false });
  });
});

describe('save as', () => {
  it('moves the document to the new file; the old file stays as it was', async () => {
    const { ports, call } = await app();
    const first = join(ports.documentsDir, 'a.mplan');
    const second = join(ports.documentsDir, 'b.mplan');
    ports.dialogs.saveAnswers.push(first, second);
    const doc = await call('openSample', {});
    await call('save', { docId: doc.docId, plan: edited('A') });
    await call('saveAs', { docId: doc.docId, plan: edited('B') });
    await call('save', { docId: doc.docId, plan: edited('B2') });
    expect((await readPlanFile(first)).plan.cover.title).toBe('A');
    expect((await readPlanFile(second)).plan.cover.title).toBe('B2');
    expect((await call('listRecent', {})).map((r) => r.name)).toEqual(['b.mplan', 'a.mplan']);
  });
});

describe('recent files', () => {
  it('flags missing files and lets the planner remove them', async () => {
    const { ports, call } = await app();
    const path = join(ports.documentsDir, 'moved.mplan');
    ports.dialogs.saveAnswers.push(path);
    const doc = await call('openSample', {});
    await call('save', { docId: doc.docId, plan: doc.plan });
    await rm(path);
    expect((await call('listRecent', {}))[0]).toMatchObject({ path, exists: false });
    expect(await call('removeRecent', { path })).toEqual([]);
  });
});

describe('recovery copies', () => {
  it('offers unsaved work back after a crash, and forgets it once restored work is saved', async () => {
    const before = await app();
    const doc = await before.call('newPlan', {});
    await before.call('writeRecovery', { docId: doc.docId, plan: edited('Unsaved draft') });
    expect(await before.call('listRecovery', {})).toEqual([]); // still open: not a leftover

    const after = await app(before.ports); // the app starts again
    const [entry, ...rest] = await after.call('listRecovery', {});
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ path: null, title: 'Unsaved draft' });
    const restored = await after.call('restoreRecovery', { id: entry!.id });
    expect(restored.plan.cover.title).toBe('Unsaved draft');
    expect(restored.notices[0]).toMatch(/Restored unsaved changes/);
    after.ports.dialogs.saveAnswers.push(join(after.ports.documentsDir, 'draft.mplan'));
    await after.call('save', { docId: restored.docId, plan: restored.plan });
    expect(await (await app(after.ports)).call('listRecovery', {})).toEqual([]);
  });

  it('does not offer a copy older than its file', async () => {
    const { ports, call } = await app();
    const path = join(ports.documentsDir, 'veloria.mplan');
    await writePlanFile(path, createSamplePlan());
    ports.dialogs.openAnswers.push(path);
    const doc = await call('openWithDialog', {});
    ports.clock.now = new Date(Date.now() - 60_000);
    await call('writeRecovery', { docId: doc.docId, plan: edited('Older than the file') });
    expect(await (await app(ports)).call('listRecovery', {})).toEqual([]);
  });

  it('discards a copy on request, and refuses ids that are not recovery ids', async () => {
    const before = await app();
    const doc = await before.call('newPlan', {});
    await before.call('writeRecovery', { docId: doc.docId, plan: doc.plan });
    const after = await app(before.ports);
    const [entry] = await after.call('listRecovery', {});
    await after.call('discardRecovery', { id: entry!.id });
    expect(await after.call('listRecovery', {})).toEqual([]);
    await after.refused('restoreRecovery', { id: '../../settings' }, 'NOT_FOUND');
  });
});

describe('window state', () => {
  it('passes dirty state and close confirmation to the main process', async () => {
    const ports = await testPorts();
    const states: unknown[] = [];
    let closed = 0;
    const { call } = await app({ ...ports, onDocumentState: (s) => states.push(s), onCloseConfirmed: () => closed++ });
    await call('reportDocumentState', { docId: null, title: 'Veloria', dirty: true });
    await call('confirmClose', {});
    expect(states).toEqual([{ title: 'Veloria', dirty: true }]);
    expect(closed).toBe(1);
  });

  it('says a document is no longer open rather than guessing', async () => {
    const { call, refused } = await app();
    const doc = await call('newPlan', {});
    await call('closeDocument', { docId: doc.docId });
    await refused('save', { docId: doc.docId, plan: doc.plan }, 'UNKNOWN_DOCUMENT');
  });

  it('reports the app version and host', async () => {
    const { call } = await app();
    expect(await call('appInfo', {})).toEqual({ version: '0.1.0-test', platform: process.platform, host: 'browser-test', firstStart: false });
  });

  it('calls it a first start until the planner has opened or saved a file of their own', async () => {
    const fresh = await app({ ...(await testPorts()), openSampleOnFirstStart: true });
    expect((await fresh.call('appInfo', {})).firstStart).toBe(true);
    const used = await app({ ...(await testPorts({ lastFolder: '/home/planner/plans' })), openSampleOnFirstStart: true });
    expect((await used.call('appInfo', {})).firstStart).toBe(false);
  });
});
