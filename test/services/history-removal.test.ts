import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { backupPathFor } from '../../electron/services/plan-file';
import type { MethodName, RequestOf, ResponseOf } from '../../shared/ipc';
import { applyEdit } from '../../shared/plan/edit';
import type { Plan } from '../../shared/plan/schema';
import { clearAllHistory, removeFieldHistory } from '../../shared/risks/history-edits';
import { updateRisk } from '../../shared/risks/risk-edits';
import { testPorts } from './helpers';

const NAME = 'Amina K., stall 14';
const ctx = { by: 'Planner', now: new Date('2026-12-01T10:00:00.000Z') };

async function session() {
  const ports = await testPorts();
  const handlers = createHandlers(ports);
  const call = async <K extends MethodName>(method: K, request: RequestOf<K>): Promise<ResponseOf<K>> => {
    const result = await dispatch(handlers, method, request);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as ResponseOf<K>;
  };
  const opened = await call('openSample', {});
  const path = join(ports.documentsDir, 'veloria.mplan');
  ports.dialogs.saveAnswers.push(path);
  const id = opened.plan.risks.items[0]!.id;
  // The informant's name goes into the cause, is saved, then is edited out: the history keeps it.
  const named = applyEdit(opened.plan, updateRisk(opened.plan, id, { cause: `Informant: ${NAME}` }, ctx)!);
  await call('save', { docId: opened.docId, plan: named });
  const cleaned = applyEdit(named, updateRisk(named, id, { cause: 'Source details removed.' }, ctx)!);
  await call('save', { docId: opened.docId, plan: cleaned });
  return { call, docId: opened.docId, path, id, plan: cleaned as Plan };
}

const holds = async (path: string) => (await readFile(path, 'utf8')).includes(NAME);

describe('removing text from history reaches the backup', () => {
  it('an ordinary save keeps the removed text in the file and its backup', async () => {
    const { path } = await session();
    expect(await holds(path)).toBe(true);
    expect(await holds(backupPathFor(path))).toBe(true);
  });

  it('“Remove from history” then save: the text is gone from the file and from its .bak', async () => {
    const { call, docId, path, id, plan } = await session();
    const purged = applyEdit(plan, removeFieldHistory(plan, id, 'cause')!);
    await call('save', { docId, plan: purged, replaceBackup: true });
    expect(await holds(path)).toBe(false);
    expect(await holds(backupPathFor(path))).toBe(false);
    // The backup is still a whole plan, the one just saved.
    expect(JSON.parse(await readFile(backupPathFor(path), 'utf8')).risks.items[0].cause).toBe('Source details removed.');
  });

  it('without replacing the backup, removal leaves the text in the .bak (why the flag exists)', async () => {
    const { call, docId, path, id, plan } = await session();
    await call('save', { docId, plan: applyEdit(plan, removeFieldHistory(plan, id, 'cause')!) });
    expect(await holds(path)).toBe(false);
    expect(await holds(backupPathFor(path))).toBe(true);
  });

  it('“Clear history” then save: nothing of it is left in the file or its backup', async () => {
    const { call, docId, path, plan } = await session();
    await call('save', { docId, plan: applyEdit(plan, clearAllHistory(plan)!), replaceBackup: true });
    expect(await holds(path)).toBe(false);
    expect(await holds(backupPathFor(path))).toBe(false);
  });
});

describe('mandate-planner history remove', () => {
  it('removes one field’s past values from the plan and its .bak', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { path } = await session();
    const root = join(import.meta.dirname, '../..');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(root, 'electron/cli/index.ts'), 'history', 'remove', path, '--risk', 'R-001', '--field', 'cause'], { cwd: root });
    expect(stdout).toContain('The plan and its backup no longer hold them.');
    expect(await holds(path)).toBe(false);
    expect(await holds(backupPathFor(path))).toBe(false);
  });
});
