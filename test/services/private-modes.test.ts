import { readdir, stat, writeFile, chmod } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { createConfSettings } from '../../electron/services/settings-store';
import type { MethodName, RequestOf, ResponseOf } from '../../shared/ipc';
import { sourcePdfWorkerUrl } from './pdf-worker-source';
import { tempFolder } from './helpers';

const posix = process.platform !== 'win32';

/** Every file and folder under `root` with its permission bits, as `ls -l` would show them. */
async function modes(root: string): Promise<Array<{ path: string; dir: boolean; mode: number }>> {
  const out: Array<{ path: string; dir: boolean; mode: number }> = [];
  const walk = async (dir: string) => {
    for (const name of await readdir(dir)) {
      const path = join(dir, name);
      const info = await stat(path);
      out.push({ path: relative(root, path), dir: info.isDirectory(), mode: info.mode & 0o777 });
      if (info.isDirectory()) await walk(path);
    }
  };
  await walk(root);
  return out;
}

describe.runIf(posix)('nothing the app writes is readable by other local users (umask 022)', () => {
  let previous = 0;
  beforeAll(() => {
    previous = process.umask(0o022);
  });
  afterAll(() => {
    process.umask(previous);
  });

  it('creates plans, backups, recovery copies, exports and settings 0600 and its folders 0700', async () => {
    const root = await tempFolder();
    const data = join(root, 'userData');
    const docs = join(root, 'Documents');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(docs);
    const answers: string[] = [];
    const handlers = createHandlers({
      dialogs: { showOpenDialog: async () => null, showSaveDialog: async () => answers.shift() ?? null },
      settings: createConfSettings(data, () => undefined),
      now: () => new Date('2026-12-01T10:00:00.000Z'),
      dataDir: data,
      documentsDir: docs,
      appVersion: 'test',
      host: 'browser-test',
      pdfWorkerUrl: sourcePdfWorkerUrl(),
    });
    const call = async <K extends MethodName>(method: K, request: RequestOf<K>): Promise<ResponseOf<K>> => {
      const result = await dispatch(handlers, method, request);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value as ResponseOf<K>;
    };
    const opened = await call('openSample', {});
    await call('writeRecovery', { docId: opened.docId, plan: opened.plan });
    answers.push(join(docs, 'veloria.mplan'));
    await call('save', { docId: opened.docId, plan: opened.plan });
    const edited = { ...opened.plan, cover: { ...opened.plan.cover, title: 'Edited' } };
    await call('writeRecovery', { docId: opened.docId, plan: edited });
    await call('save', { docId: opened.docId, plan: edited });
    answers.push(join(docs, 'brief.pdf'));
    await call('exportBrief', { plan: edited, options: { generatedAt: '2026-11-20' } });
    answers.push(join(docs, 'risks.csv'));
    await call('exportRisksCsv', { docId: opened.docId, plan: edited });
    await call('writeRecovery', { docId: opened.docId, plan: { ...edited, cover: { ...edited.cover, title: 'Unsaved' } } });

    const seen = await modes(root);
    const names = seen.map((s) => s.path);
    expect(names).toEqual(expect.arrayContaining(['Documents/veloria.mplan', 'Documents/veloria.mplan.bak', 'Documents/brief.pdf', 'Documents/risks.csv', 'userData/settings.json', 'userData/recovery']));
    expect(names.some((n) => n.startsWith('userData/recovery/rec-'))).toBe(true);
    const wrong = seen.filter((s) => s.path !== 'Documents' && s.mode !== (s.dir ? 0o700 : 0o600));
    expect(wrong.map((s) => `${s.path} ${s.mode.toString(8)}`)).toEqual([]);
  });

  it('keeps a group’s access to a plan someone shared on purpose, but never others’', async () => {
    const root = await tempFolder();
    const path = join(root, 'shared.mplan');
    await writeFile(path, 'old');
    await chmod(path, 0o664);
    const { writeFileAtomic } = await import('../../electron/services/atomic-write');
    await writeFileAtomic(path, 'new');
    expect((await stat(path)).mode & 0o777).toBe(0o660);
  });
});
