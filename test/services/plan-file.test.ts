import { spawn } from 'node:child_process';
import * as nodeFs from 'node:fs/promises';
import { readdir, readFile, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STALE_TEMP_MS } from '../../electron/services/atomic-write';
import type { AtomicFs } from '../../electron/services/atomic-write';
import { backupPathFor, changedOnDisk, MAX_PLAN_BYTES, readPlanFile, writePlanFile } from '../../electron/services/plan-file';
import { createSamplePlan } from '../../shared/plan/sample';
import { PLAN_VERSION } from '../../shared/plan/schema';
import { serializePlan } from '../../shared/plan/validate';
import { PlannerError } from '../../shared/result';
import { tempFolder } from './helpers';

const retitled = (title: string) => ({ ...createSamplePlan(), cover: { ...createSamplePlan().cover, title } });

async function refusal(promise: Promise<unknown>): Promise<PlannerError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PlannerError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** Writes `content` to a new file and returns its path and exact bytes, to prove later nothing changed. */
async function fileWith(name: string, content: string | Buffer) {
  const path = join(await tempFolder(), name);
  await writeFile(path, content);
  return { path, bytes: await readFile(path) };
}

describe('saving and opening a plan file', () => {
  it('opens what it saved, field for field', async () => {
    const path = join(await tempFolder(), 'veloria.mplan');
    await writePlanFile(path, createSamplePlan());
    const loaded = await readPlanFile(path);
    expect(loaded.plan).toEqual(createSamplePlan());
    expect(loaded.notices).toEqual([]);
    expect(await readFile(path, 'utf8')).toBe(serializePlan(createSamplePlan()));
  });

  it('writes text in any script byte for byte as UTF-8, and fingerprints those bytes', async () => {
    const path = join(await tempFolder(), 'scripts.mplan');
    const plan = retitled('Mission à Lévèque — «Дравны» 🕊 “draft”');
    const fingerprint = await writePlanFile(path, plan);
    const expected = Buffer.from(serializePlan(plan), 'utf8');
    const written = await readFile(path);
    expect(written.equals(expected)).toBe(true);
    expect(fingerprint.size).toBe(expected.length);
    expect((await readPlanFile(path)).fingerprint.sha256).toBe(fingerprint.sha256);
    expect((await readPlanFile(path)).plan.cover.title).toBe(plan.cover.title);
  });

  it('keeps the previous version as <name>.mplan.bak', async () => {
    const path = join(await tempFolder(), 'veloria.mplan');
    await writePlanFile(path, retitled('First'));
    await writePlanFile(path, retitled('Second'));
    expect((await readPlanFile(path)).plan.cover.title).toBe('Second');
    expect((await readPlanFile(backupPathFor(path))).plan.cover.title).toBe('First');
    expect(backupPathFor(path)).toBe(`${path}.bak`);
  });

  it('leaves no temporary files behind', async () => {
    const folder = await tempFolder();
    await writePlanFile(join(folder, 'a.mplan'), createSamplePlan());
    await writePlanFile(join(folder, 'a.mplan'), createSamplePlan());
    expect((await readdir(folder)).sort()).toEqual(['a.mplan', 'a.mplan.bak']);
  });

  it('writes nothing when the plan to save is invalid', async () => {
    const { path, bytes } = await fileWith('good.mplan', serializePlan(createSamplePlan()));
    const bad = { ...createSamplePlan(), risks: { ...createSamplePlan().risks, items: [{ ...createSamplePlan().risks.items[0]!, likelihood: 0 }] } };
    const error = await refusal(writePlanFile(path, bad));
    expect(error.code).toBe('INVALID_PLAN');
    expect(error.details).toEqual(['risks.items[0].likelihood: must be between 1 and 5']);
    expect(await readFile(path)).toEqual(bytes);
  });
});

describe('refusing files that are not good plans, leaving them untouched', () => {
  const text = serializePlan(createSamplePlan());
  const cases: [string, string, string | Buffer, RegExp][] = [
    ['a truncated plan', 'TRUNCATED', text.slice(0, 700), /ends too early — it may have been cut off while copying/],
    ['a corrupt plan', 'NOT_A_PLAN', text.replace('"risks": {', '"risks": {{'), /damaged/],
    ['a foreign JSON file', 'NOT_A_PLAN', JSON.stringify({ name: 'package', version: '1.0.0' }), /not a Mandate Planner plan/],
    ['a binary file', 'NOT_A_PLAN', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0x01]), /not a text file/],
    ['a plan from a newer version', 'NEWER_VERSION', text.replace(`"version": ${PLAN_VERSION}`, '"version": 7'), new RegExp(`version 7.*version ${PLAN_VERSION} and older`)],
    ['a structurally invalid plan', 'INVALID_PLAN', text.replace('"likelihood": 4', '"likelihood": 9'), /risks\.items\[0\]\.likelihood: must be between 1 and 5/],
  ];
  it.each(cases)('refuses %s with a message naming the file', async (_label, code, content, message) => {
    const { path, bytes } = await fileWith('field-copy.mplan', content);
    const error = await refusal(readPlanFile(path));
    expect(error.code).toBe(code);
    expect(error.message).toContain('"field-copy.mplan"');
    expect([error.message, ...(error.details ?? [])].join('\n')).toMatch(message);
    expect(error.message).not.toMatch(/\n\s+at /);
    expect(await readFile(path)).toEqual(bytes);
  });

  it('refuses a file over the 50 MB limit without reading it, and says the limit', async () => {
    const path = join(await tempFolder(), 'huge.mplan');
    await writeFile(path, '');
    await truncate(path, MAX_PLAN_BYTES + 1); // sparse: no 50 MB actually written
    const error = await refusal(readPlanFile(path));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain('50 MB limit');
    expect((await stat(path)).size).toBe(MAX_PLAN_BYTES + 1);
  });

  it('applies a lower limit when asked', async () => {
    const { path } = await fileWith('small.mplan', text);
    const error = await refusal(readPlanFile(path, { maxBytes: 1024 }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain('1 KB limit');
  });

  it('says plainly when the file is missing', async () => {
    const error = await refusal(readPlanFile(join(await tempFolder(), 'gone.mplan')));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('"gone.mplan"');
  });
});

describe('a save that fails part-way leaves the old file whole', () => {
  it('survives the process being killed between the temp write and the rename', async () => {
    const { path, bytes } = await fileWith('veloria.mplan', serializePlan(retitled('The old version')));
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'crash-writer.ts'), path], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((ready, failed) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && ready());
      child.on('exit', (code) => failed(new Error(`writer exited early (${code})`)));
    });
    const exited = new Promise((done) => child.on('exit', (_code, signal) => done(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(await readFile(path)).toEqual(bytes);
    expect((await readPlanFile(path)).plan.cover.title).toBe('The old version');
    // The next save still works and replaces the old version normally.
    await writePlanFile(path, retitled('Saved after the crash'));
    expect((await readPlanFile(path)).plan.cover.title).toBe('Saved after the crash');
  });

  it('tidies away temp files a crash left behind, once they are clearly stale', async () => {
    const { path } = await fileWith('veloria.mplan', serializePlan(retitled('Old')));
    const folder = join(path, '..');
    const stale = join(folder, '.veloria.mplan.ab12cd34.tmp');
    const fresh = join(folder, '.veloria.mplan.ef56gh78.tmp');
    const unrelated = join(folder, '.other.mplan.ab12cd34.tmp');
    for (const file of [stale, fresh, unrelated]) await writeFile(file, 'half a plan');
    const longAgo = new Date(Date.now() - STALE_TEMP_MS - 60_000);
    await utimes(stale, longAgo, longAgo);
    await utimes(unrelated, longAgo, longAgo);
    await writePlanFile(path, retitled('New'));
    expect((await readdir(folder)).sort()).toEqual(['.other.mplan.ab12cd34.tmp', '.veloria.mplan.ef56gh78.tmp', 'veloria.mplan', 'veloria.mplan.bak']);
  });

  it('keeps the old file when the rename fails, and removes the temp file', async () => {
    const { path, bytes } = await fileWith('veloria.mplan', serializePlan(retitled('The old version')));
    const failingRename: AtomicFs = { ...nodeFs, rename: async () => { throw Object.assign(new Error('EXDEV'), { code: 'EIO' }); } };
    const error = await refusal(writePlanFile(path, retitled('New'), { fs: failingRename }));
    expect(error.code).toBe('WRITE_FAILED');
    expect(await readFile(path)).toEqual(bytes);
    expect((await readdir(join(path, '..'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('reports a full disk in plain words and keeps the old file', async () => {
    const { path, bytes } = await fileWith('veloria.mplan', serializePlan(retitled('The old version')));
    const fullDisk: AtomicFs = {
      ...nodeFs,
      open: (async (file: string, flags: string, mode?: number) => {
        const handle = await nodeFs.open(file, flags, mode);
        if (flags !== 'wx') return handle;
        return Object.assign(Object.create(handle), {
          writeFile: async (data: string) => {
            await handle.write(data.slice(0, 100));
            throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        });
      }) as AtomicFs['open'],
    };
    const error = await refusal(writePlanFile(path, retitled('New'), { fs: fullDisk }));
    expect(error.code).toBe('WRITE_FAILED');
    expect(error.message).toBe('Could not save "veloria.mplan": the disk is full. The file on disk was left as it was.');
    expect(await readFile(path)).toEqual(bytes);
    expect((await readdir(join(path, '..'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('noticing that someone else changed the file', () => {
  it('detects a change in content but not a mere touch', async () => {
    const path = join(await tempFolder(), 'shared.mplan');
    const fingerprint = await writePlanFile(path, createSamplePlan());
    expect(await changedOnDisk(path, fingerprint)).toBe(false);
    const later = new Date(Date.now() + 5000);
    await utimes(path, later, later);
    expect(await changedOnDisk(path, fingerprint)).toBe(false);
    await writeFile(path, serializePlan(retitled('Edited by a colleague')));
    expect(await changedOnDisk(path, fingerprint)).toBe(true);
  });

  it('fingerprints the file as read', async () => {
    const path = join(await tempFolder(), 'shared.mplan');
    const written = await writePlanFile(path, createSamplePlan());
    const read = await readPlanFile(path);
    expect(read.fingerprint).toEqual(written);
  });
});
