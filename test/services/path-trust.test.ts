import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { writePlanFile } from '../../electron/services/plan-file';
import { contract } from '../../shared/ipc';
import type { MethodName } from '../../shared/ipc';
import { createSamplePlan } from '../../shared/plan/sample';
import { tempFolder, testPorts } from './helpers';

/**
 * The channels whose request may carry a file path, and what the main process checks it against.
 * Adding a path to any other request fails the first test below: decide how it is checked first.
 */
const PATH_CHECKS: Partial<Record<MethodName, string>> = {
  openRecent: 'the recent list the main process keeps, or a path chosen in a dialog this session',
  removeRecent: 'nothing is done with it but taking it off the recent list',
  openExportedFile: 'the files exported this session',
  showExportedFile: 'the files exported this session',
};

/** Field names anywhere in a zod object schema (one level of nesting is all requests have). */
function fieldNames(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape) return [];
  return Object.entries(shape).flatMap(([key, child]) => [key, ...(key === 'plan' ? [] : fieldNames(child).map((k) => `${key}.${k}`))]);
}

describe('file paths from the renderer are never trusted', () => {
  it('only a few requests carry a path at all, each checked against something the main process keeps', () => {
    const withPaths = (Object.keys(contract) as MethodName[]).filter((m) => fieldNames(contract[m].request).some((f) => /(^|\.)(path|file|folder|dir|directory)$/i.test(f) || /(Path|File|Folder|Dir)$/.test(f)));
    expect(withPaths.sort()).toEqual(Object.keys(PATH_CHECKS).sort());
  });

  it('ignores a path slipped into a save request and asks where to save instead', async () => {
    const ports = await testPorts();
    const handlers = createHandlers(ports);
    const target = join(await tempFolder(), 'chosen-by-the-renderer.mplan');
    const opened = await dispatch(handlers, 'newPlan', {});
    if (!opened.ok) throw new Error(opened.error.message);
    for (const method of ['save', 'saveAs', 'writeRecovery', 'exportRisksCsv'] as const) {
      const result = await dispatch(handlers, method, { docId: opened.value.docId, plan: opened.value.plan, path: target, filePath: target });
      expect(result.ok ? 'ok' : result.error.code, method).toBe(method === 'writeRecovery' ? 'ok' : 'CANCELLED');
    }
    expect(ports.dialogs.asked.map((d) => d.kind)).toEqual(['save', 'save', 'save']);
    expect(await readdir(join(target, '..'))).toEqual([]);
  });

  it('saves an opened plan only to its own file, whatever the request says', async () => {
    const ports = await testPorts();
    const handlers = createHandlers(ports);
    const own = join(ports.documentsDir, 'own.mplan');
    const other = join(ports.documentsDir, 'other.mplan');
    await writePlanFile(own, createSamplePlan());
    await writeFile(other, 'someone else’s notes');
    ports.dialogs.openAnswers.push(own);
    const opened = await dispatch(handlers, 'openWithDialog', {});
    if (!opened.ok) throw new Error(opened.error.message);
    const plan = { ...opened.value.plan, cover: { ...opened.value.plan.cover, title: 'Saved where it belongs' } };
    const saved = await dispatch(handlers, 'save', { docId: opened.value.docId, plan, path: other });
    expect(saved.ok && saved.value.path).toBe(own);
    expect(await readFile(other, 'utf8')).toBe('someone else’s notes');
    expect(JSON.parse(await readFile(own, 'utf8')).cover.title).toBe('Saved where it belongs');
  });

  it('refuses to open any path that is not on the recent list or chosen in a dialog', async () => {
    const ports = await testPorts();
    const handlers = createHandlers(ports);
    const allowed = join(ports.documentsDir, 'listed.mplan');
    await writePlanFile(allowed, createSamplePlan());
    ports.dialogs.openAnswers.push(allowed);
    await dispatch(handlers, 'openWithDialog', {});
    const secret = join(ports.documentsDir, 'not-listed.mplan');
    await writePlanFile(secret, createSamplePlan());
    for (const path of [secret, '/etc/passwd', `${ports.documentsDir}/../${'x'.repeat(10)}.mplan`, `${allowed}.bak`, 'listed.mplan']) {
      const result = await dispatch(handlers, 'openRecent', { path });
      expect(result.ok ? 'ok' : result.error.code, path).toBe('NOT_ALLOWED');
    }
    // The same file named another way is the same file.
    const sameFile = await dispatch(handlers, 'openRecent', { path: join(ports.documentsDir, '.', '..', ports.documentsDir.split('/').at(-1)!, 'listed.mplan') });
    expect(sameFile.ok).toBe(true);
  });

  it('removing a recent entry never touches the file it names', async () => {
    const ports = await testPorts();
    const handlers = createHandlers(ports);
    const path = join(ports.documentsDir, 'keep.mplan');
    await writePlanFile(path, createSamplePlan());
    const before = await readFile(path);
    expect((await dispatch(handlers, 'removeRecent', { path })).ok).toBe(true);
    expect(await readFile(path)).toEqual(before);
  });

  it('opens or shows only files exported this session', async () => {
    const ports = await testPorts();
    const calls: string[] = [];
    const handlers = createHandlers({ ...ports, shell: { openPath: async (p) => void calls.push(p), showItemInFolder: (p) => void calls.push(p) } });
    const program = join(ports.documentsDir, 'not-exported.sh');
    await writeFile(program, '#!/bin/sh\n');
    for (const method of ['openExportedFile', 'showExportedFile'] as const) {
      const result = await dispatch(handlers, method, { path: program });
      expect(result.ok ? 'ok' : result.error.code).toBe('NOT_ALLOWED');
    }
    expect(calls).toEqual([]);
  });
});
