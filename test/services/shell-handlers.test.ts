import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import type { ShellPort } from '../../electron/services/ports';
import { createSamplePlan } from '../../shared/plan/sample';
import { tempFolder, testPorts } from './helpers';

/** A shell that records what it was asked, and can be told to fail like a desktop with no PDF viewer. */
function recordingShell(openProblem: string | null = null) {
  const calls: { kind: 'open' | 'show'; path: string }[] = [];
  const shell: ShellPort = {
    async openPath(path) {
      calls.push({ kind: 'open', path });
      if (openProblem) throw new Error(openProblem);
    },
    showItemInFolder: (path) => void calls.push({ kind: 'show', path }),
  };
  return { shell, calls };
}

async function exportedBrief(openProblem: string | null = null) {
  const { shell, calls } = recordingShell(openProblem);
  const ports = { ...(await testPorts()), shell };
  const handlers = createHandlers(ports);
  const folder = await tempFolder();
  ports.dialogs.saveAnswers.push(join(folder, 'brief.pdf'));
  const result = await dispatch(handlers, 'exportBrief', { plan: createSamplePlan(), options: { sections: ['cover'] } });
  if (!result.ok) throw new Error(result.error.message);
  return { handlers, calls, folder, path: result.value.path };
}

describe('opening an exported brief', () => {
  it('opens the brief it just exported and shows it in its folder', async () => {
    const { handlers, calls, path } = await exportedBrief();
    expect(await dispatch(handlers, 'openExportedFile', { path })).toEqual({ ok: true, value: {} });
    expect(await dispatch(handlers, 'showExportedFile', { path })).toEqual({ ok: true, value: {} });
    expect(calls).toEqual([
      { kind: 'open', path },
      { kind: 'show', path },
    ]);
  });

  it('refuses to open a file the app did not export, even one that exists beside it', async () => {
    const { handlers, calls, folder } = await exportedBrief();
    const other = join(folder, 'run-me.sh');
    await writeFile(other, '#!/bin/sh\n');
    const opened = await dispatch(handlers, 'openExportedFile', { path: other });
    const shown = await dispatch(handlers, 'showExportedFile', { path: '/etc/passwd' });
    expect(opened).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED', message: expect.stringContaining('run-me.sh') } });
    expect(shown).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    expect(calls).toEqual([]);
  });

  it('says plainly when the exported file was deleted meanwhile', async () => {
    const { handlers, calls, path } = await exportedBrief();
    await rm(path);
    const result = await dispatch(handlers, 'openExportedFile', { path });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('brief.pdf') } });
    expect(calls).toEqual([]);
  });

  it('passes on the system’s reason when no app can open the file', async () => {
    const { handlers, path } = await exportedBrief('No application is associated with the specified file');
    const result = await dispatch(handlers, 'openExportedFile', { path });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('No application is associated') } });
  });

  it('refuses where there is no desktop shell, naming the folder instead', async () => {
    const ports = await testPorts();
    const handlers = createHandlers(ports);
    const folder = await tempFolder();
    ports.dialogs.saveAnswers.push(join(folder, 'brief.pdf'));
    const exported = await dispatch(handlers, 'exportBrief', { plan: createSamplePlan(), options: { sections: ['cover'] } });
    if (!exported.ok) throw new Error(exported.error.message);
    const result = await dispatch(handlers, 'showExportedFile', { path: exported.value.path });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED', message: expect.stringContaining(folder) } });
  });
});
