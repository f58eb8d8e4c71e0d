import { execFile, spawn } from 'node:child_process';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { readPlanFile, writePlanFile } from '../../electron/services/plan-file';
import { lockPathFor, withPlanLock } from '../../electron/services/plan-lock';
import { exportRisksCsvFile } from '../../electron/services/risk-csv';
import { createSamplePlan } from '../../shared/plan/sample';
import { PlannerError } from '../../shared/result';
import { planWithRisks } from '../bench/_large-plan';
import { tempFolder, testPorts } from './helpers';

const root = resolve(import.meta.dirname, '../..');

/** A finished process's pid: certainly not alive any more. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((done) => child.on('exit', done));
  return child.pid!;
}

async function planAt(name = 'plan.mplan') {
  const folder = await tempFolder();
  const path = join(folder, name);
  await writePlanFile(path, createSamplePlan(), { backup: false });
  return { folder, path };
}

describe('the lock beside a plan', () => {
  it('is held while the work runs and gone afterwards, also when the work fails', async () => {
    const { folder, path } = await planAt();
    await withPlanLock(path, async () => {
      expect(await readdir(folder)).toContain('.plan.mplan.lock');
      expect(JSON.parse(await readFile(lockPathFor(path), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    });
    await expect(withPlanLock(path, async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await readdir(folder)).toEqual(['plan.mplan']);
  });

  it('makes a second writer wait for the first, so the second starts from the first one\'s result', async () => {
    const { path } = await planAt();
    const order: string[] = [];
    let release!: () => void;
    const first = withPlanLock(path, async () => {
      order.push('first in');
      await new Promise<void>((r) => (release = r));
      order.push('first out');
    });
    await new Promise((r) => setTimeout(r, 30));
    const second = withPlanLock(path, async () => void order.push('second'));
    await new Promise((r) => setTimeout(r, 150));
    expect(order).toEqual(['first in']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first in', 'first out', 'second']);
  });

  it('gives up after the wait with a plain message naming the holder', async () => {
    const { path } = await planAt();
    await writeFile(lockPathFor(path), JSON.stringify({ pid: process.pid, host: hostname(), at: '2026-12-02T06:00:00.000Z' }));
    const error = await withPlanLock(path, async () => 'ran', { waitMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlannerError);
    expect((error as PlannerError).code).toBe('BUSY');
    expect((error as PlannerError).message).toBe(`"plan.mplan" is being updated by another Mandate Planner command (process ${process.pid} on ${hostname()}, since 06:00:00 UTC). Nothing was changed; try again when it has finished.`);
  });

  it('takes over a lock left by a process that has ended, and one older than any update takes', async () => {
    const { path } = await planAt();
    await writeFile(lockPathFor(path), JSON.stringify({ pid: await deadPid(), host: hostname(), at: new Date().toISOString() }));
    expect(await withPlanLock(path, async () => 'ran', { waitMs: 0 })).toBe('ran');
    await writeFile(lockPathFor(path), JSON.stringify({ pid: process.pid, host: 'elsewhere', at: '2026-01-01T00:00:00.000Z' }));
    const old = new Date(Date.now() - 11 * 60 * 1000);
    await utimes(lockPathFor(path), old, old);
    expect(await withPlanLock(path, async () => 'ran', { waitMs: 0 })).toBe('ran');
  });

  it('is shared by every name of the plan: a symbolic link locks the file it leads to', async () => {
    const { folder, path } = await planAt();
    const { symlink } = await import('node:fs/promises');
    await symlink('plan.mplan', join(folder, 'link.mplan'));
    await withPlanLock(join(folder, 'link.mplan'), async () => {
      expect(await readdir(folder)).toContain('.plan.mplan.lock');
      await expect(withPlanLock(path, async () => 'ran', { waitMs: 100 })).rejects.toThrow(/being updated/);
    });
  });
});

describe('the app saving while a command-line import holds the plan', () => {
  it('waits for the import, then sees the import\'s change and asks instead of overwriting it', async () => {
    const ports = await testPorts();
    const handlers = createHandlers(ports);
    const { path } = await planAt();
    ports.dialogs.openAnswers.push(path);
    const opened = await dispatch(handlers, 'openWithDialog', {});
    if (!opened.ok) throw new Error(opened.error.message);
    let saving!: Promise<unknown>;
    await withPlanLock(path, async () => {
      saving = dispatch(handlers, 'save', { docId: opened.value.docId, plan: opened.value.plan });
      await new Promise((r) => setTimeout(r, 100));
      const imported = createSamplePlan();
      await writePlanFile(path, { ...imported, cover: { ...imported.cover, title: 'Imported meanwhile' } });
    });
    const saved = (await saving) as Awaited<ReturnType<typeof dispatch>>;
    expect(!saved.ok && saved.error.code).toBe('CHANGED_ON_DISK');
    expect((await readPlanFile(path)).plan.cover.title).toBe('Imported meanwhile');
  });
});

/** A CSV adding five risks tagged `tag`, from the plan's own export's header. */
async function csvAdding(folder: string, tag: string, header: string): Promise<string> {
  const cols = header.split(',');
  const rows = Array.from({ length: 5 }, (_, i) => {
    const r = cols.map(() => '');
    const set = (c: string, v: string) => (r[cols.indexOf(c)] = v);
    set('Ref', `R-${tag}${i}`);
    set('Title', `Added by ${tag} #${i}`);
    set('Category', 'political');
    for (const c of ['Likelihood', 'Impact', 'Residual likelihood', 'Residual impact', 'Target likelihood', 'Target impact']) set(c, '2');
    set('Treatment', 'mitigate');
    set('Status', 'open');
    return r.join(',');
  });
  const path = join(folder, `add${tag}.csv`);
  await writeFile(path, `${header}\r\n${rows.join('\r\n')}\r\n`);
  return path;
}

function cliRun(...args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', join(root, 'electron/cli/index.ts'), ...args], { cwd: root }, (error, stdout, stderr) => {
      done({ code: error ? (error as { code?: number }).code ?? 1 : 0, out: `${stdout}${stderr}` });
    });
  });
}

describe('two `risks import` runs into one plan at the same moment', () => {
  it('both land: neither run\'s risks are lost, and both report success', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'plan.mplan');
    const big = planWithRisks(3000);
    await writePlanFile(path, big, { backup: false });
    await exportRisksCsvFile(big, join(folder, 'base.csv'));
    const header = (await readFile(join(folder, 'base.csv'), 'utf8')).replace(/^\uFEFF/, '').split('\r\n')[0]!;
    const [a, b] = [await csvAdding(folder, 'A', header), await csvAdding(folder, 'B', header)];
    for (let trial = 0; trial < 2; trial++) {
      await writePlanFile(path, big, { backup: false });
      const [ra, rb] = await Promise.all([cliRun('risks', 'import', path, a), cliRun('risks', 'import', path, b)]);
      expect(ra, ra.out).toMatchObject({ code: 0 });
      expect(rb, rb.out).toMatchObject({ code: 0 });
      const titles = (await readPlanFile(path)).plan.risks.items.map((r) => r.title);
      expect(titles.filter((t) => t.startsWith('Added by A')), `trial ${trial}`).toHaveLength(5);
      expect(titles.filter((t) => t.startsWith('Added by B')), `trial ${trial}`).toHaveLength(5);
      expect(titles).toHaveLength(big.risks.items.length + 10);
      expect((await readdir(folder)).filter((n) => n.endsWith('.lock'))).toEqual([]);
    }
  }, 120_000);
});
