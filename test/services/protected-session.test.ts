import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { writePlanFile } from '../../electron/services/plan-file';
import { isAgeFile } from '../../electron/services/protection/plan-codec';
import type { MethodName, RequestOf, ResponseOf } from '../../shared/ipc';
import { createSamplePlan } from '../../shared/plan/sample';
import { testPorts } from './helpers';
import type { TestPorts } from './helpers';

const PASSPHRASE = 'four random words here';
/** Words of the sample plan that must not be readable in any file the app wrote for it. */
const DISTINCTIVE = ['Karst Basin', 'Sarvan', 'Brigades', 'Dravny', 'Amara Okafor'];

function app(ports: TestPorts) {
  const handlers = createHandlers(ports);
  const call = async <K extends MethodName>(method: K, request: RequestOf<K>): Promise<ResponseOf<K>> => {
    const result = await dispatch(handlers, method, request);
    if (!result.ok) throw Object.assign(new Error(`${method}: ${result.error.code} ${result.error.message}`), { code: result.error.code, text: result.error.message });
    return result.value as ResponseOf<K>;
  };
  const refused = async <K extends MethodName>(method: K, request: RequestOf<K>) => {
    const result = await dispatch(handlers, method, request);
    if (result.ok) throw new Error(`${method} should have been refused`);
    return result.error;
  };
  return { call, refused };
}

async function everyFile(folder: string): Promise<string[]> {
  const names = await readdir(folder, { recursive: true });
  const files: string[] = [];
  for (const name of names) if ((await stat(join(folder, name))).isFile()) files.push(join(folder, name));
  return files;
}

describe('a plan protected in the app', () => {
  it('leaves no readable text of it in any file the app wrote: plan, backup, recovery copies, settings', async () => {
    const ports = await testPorts();
    const { call } = app(ports);
    const path = join(ports.documentsDir, 'plan.mplan');
    await writePlanFile(path, createSamplePlan());
    await writePlanFile(path, createSamplePlan()); // a plain .bak, as a plan saved before protection has
    ports.dialogs.openAnswers.push(path);
    const opened = await call('openWithDialog', {});
    const saved = await call('protect', { docId: opened.docId, plan: opened.plan, passphrase: PASSPHRASE });
    expect(saved.protected).toBe(true);
    const edited = { ...opened.plan, cover: { ...opened.plan.cover, title: 'Karst Basin, second draft' } };
    await call('writeRecovery', { docId: opened.docId, plan: edited });
    await call('writeRecovery', { docId: opened.docId, plan: { ...edited, cover: { ...edited.cover, title: 'Karst Basin, third draft' } } });
    await call('save', { docId: opened.docId, plan: edited });
    await call('writeRecovery', { docId: opened.docId, plan: { ...edited, cover: { ...edited.cover, title: 'Unsaved Karst Basin' } } });

    const files = [...(await everyFile(ports.documentsDir))];
    expect(files.map((f) => f.slice(ports.documentsDir.length + 1)).sort()).toEqual(expect.arrayContaining(['plan.mplan', 'plan.mplan.bak']));
    expect(files.some((f) => f.includes('/recovery/rec-'))).toBe(true);
    for (const file of files) {
      const bytes = await readFile(file);
      for (const word of DISTINCTIVE) expect(bytes.includes(word), `${word} in ${file}`).toBe(false);
    }
    expect(isAgeFile(await readFile(path))).toBe(true);
    expect(isAgeFile(await readFile(`${path}.bak`))).toBe(true);
  });

  it('asks for the passphrase on open: a wrong one is refused plainly and can be tried again', async () => {
    const ports = await testPorts();
    const first = app(ports);
    const path = join(ports.documentsDir, 'plan.mplan');
    await writePlanFile(path, createSamplePlan());
    ports.dialogs.openAnswers.push(path);
    const opened = await first.call('openWithDialog', {});
    await first.call('protect', { docId: opened.docId, plan: opened.plan, passphrase: PASSPHRASE });
    const before = await readFile(path);

    const { call, refused } = app(ports);
    const asked = await refused('openRecent', { path });
    expect(asked.code).toBe('PROTECTED');
    expect(asked.message).toContain('"plan.mplan" is protected with a passphrase');
    const wrong = await refused('unlock', { passphrase: 'four random words HERE' });
    expect(wrong.code).toBe('WRONG_PASSPHRASE');
    expect(wrong.message).toBe('That passphrase does not open "plan.mplan". Check it and try again; nothing was changed on disk.');
    expect(await readFile(path)).toEqual(before);
    const unlocked = await call('unlock', { passphrase: PASSPHRASE });
    expect(unlocked.protected).toBe(true);
    expect(unlocked.plan.cover.title).toBe(createSamplePlan().cover.title);
    // Nothing is left waiting once it is open.
    expect((await refused('unlock', { passphrase: PASSPHRASE })).code).toBe('NOT_FOUND');
    // The recent list names the file, never the title.
    expect(await call('listRecent', {})).toEqual([expect.objectContaining({ name: 'plan.mplan' })]);
    expect(JSON.stringify(await call('listRecent', {}))).not.toContain('Karst');
  });

  it('restores a sealed recovery copy with the passphrase, and lists it by file name only', async () => {
    const ports = await testPorts();
    const first = app(ports);
    const path = join(ports.documentsDir, 'plan.mplan');
    await writePlanFile(path, createSamplePlan());
    ports.dialogs.openAnswers.push(path);
    const opened = await first.call('openWithDialog', {});
    await first.call('protect', { docId: opened.docId, plan: opened.plan, passphrase: PASSPHRASE });
    ports.clock.now = new Date(Date.now() + 60_000);
    await first.call('writeRecovery', { docId: opened.docId, plan: { ...opened.plan, cover: { ...opened.plan.cover, title: 'Karst Basin unsaved' } } });

    const { call, refused } = app(ports); // the app started again after a crash
    const [entry] = await call('listRecovery', {});
    expect(entry).toMatchObject({ title: 'plan.mplan', protected: true });
    expect((await refused('restoreRecovery', { id: entry!.id })).code).toBe('PROTECTED');
    expect((await refused('unlock', { passphrase: 'not it' })).code).toBe('WRONG_PASSPHRASE');
    const restored = await call('unlock', { passphrase: PASSPHRASE });
    expect(restored.plan.cover.title).toBe('Karst Basin unsaved');
    expect(restored.protected).toBe(true);
  });

  it('removes protection only with the current passphrase, and the file is then plain again', async () => {
    const ports = await testPorts();
    const { call, refused } = app(ports);
    const path = join(ports.documentsDir, 'plan.mplan');
    await writePlanFile(path, createSamplePlan());
    await writePlanFile(path, createSamplePlan());
    ports.dialogs.openAnswers.push(path);
    const opened = await call('openWithDialog', {});
    await call('protect', { docId: opened.docId, plan: opened.plan, passphrase: PASSPHRASE });
    expect((await refused('unprotect', { docId: opened.docId, plan: opened.plan, passphrase: 'guess' })).code).toBe('WRONG_PASSPHRASE');
    expect(isAgeFile(await readFile(path))).toBe(true);
    const saved = await call('unprotect', { docId: opened.docId, plan: opened.plan, passphrase: PASSPHRASE });
    expect(saved.protected).toBeUndefined();
    expect((await readFile(path, 'utf8')).startsWith('{')).toBe(true);
    expect(isAgeFile(await readFile(`${path}.bak`))).toBe(false);
  });
});
