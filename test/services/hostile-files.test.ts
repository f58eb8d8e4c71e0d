import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readRegularFile, TooManyBytesError } from '../../electron/services/bounded-read';
import { readRisksCsvFile } from '../../electron/services/risk-csv';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { MAX_PLAN_BYTES, readPlanFile } from '../../electron/services/plan-file';
import type { LoadedPlan } from '../../electron/services/plan-file';
import { createSamplePlan } from '../../shared/plan/sample';
import { fail, ok, PlannerError } from '../../shared/result';
import type { Result } from '../../shared/result';
import { CASE_TIME_LIMIT_MS, combined, deepNesting, expectAcceptedOrRefused, prototypeKeys, prototypeSnapshot, sampleText, truncated, wrongType } from '../unit/plan/hostile';
import { tempFolder, testPorts } from './helpers';

const tried = new Map<string, number>();
const count = (kind: string) => tried.set(kind, (tried.get(kind) ?? 0) + 1);

afterAll(() => {
  const total = [...tried.values()].reduce((a, b) => a + b, 0);
  console.log(`hostile plan files tried on disk: ${total} (${[...tried].map(([k, n]) => `${k} ${n}`).join(', ')})`);
});

/** Names, sizes and modification times of everything in the folder: proof that nothing was written. */
async function folderState(folder: string): Promise<string[]> {
  const names = (await readdir(folder, { recursive: true })).sort();
  return Promise.all(names.map(async (name) => {
    const info = await stat(join(folder, name));
    return `${name} ${info.size} ${info.mtimeMs}`;
  }));
}

/** Opens the file like the app does; it must resolve or refuse with a PlannerError, in bounded time, touching nothing. */
async function openFile(path: string, kind: string): Promise<Result<LoadedPlan>> {
  const folder = join(path, '..');
  const before = await folderState(folder);
  const prototypes = prototypeSnapshot();
  const start = performance.now();
  let result: Result<LoadedPlan>;
  try {
    result = ok(await readPlanFile(path));
  } catch (error) {
    expect(error, `${kind}: only planned refusals may be thrown`).toBeInstanceOf(PlannerError);
    const e = error as PlannerError;
    result = fail(e.code, e.message, e.details);
  }
  expect(performance.now() - start, `${kind} must not hang`).toBeLessThan(CASE_TIME_LIMIT_MS);
  expect(prototypeSnapshot()).toEqual(prototypes);
  expect(await folderState(folder), `${kind}: nothing on disk may change`).toEqual(before);
  count(kind);
  return result;
}

/** Writes the bytes as a plan file in a fresh folder. */
async function planFile(content: string | Uint8Array, name = 'field-copy.mplan'): Promise<string> {
  const path = join(await tempFolder('mplan-hostile-'), name);
  await writeFile(path, content);
  return path;
}

const INVALID_UTF8 = [[0xff], [0xc0, 0x80], [0x80], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]];

describe('opening hostile plan files from disk', () => {
  it('refuses invalid UTF-8 anywhere in the file as "not a text file"', async () => {
    const bytes = Buffer.from(sampleText());
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length }), fc.constantFrom(...INVALID_UTF8), async (at, bad) => {
        // Insert between characters, never inside a multi-byte one, so only `bad` is invalid.
        let offset = at;
        while (offset < bytes.length && (bytes[offset]! & 0xc0) === 0x80) offset++;
        const path = await planFile(Buffer.concat([bytes.subarray(0, offset), Buffer.from(bad), bytes.subarray(offset)]));
        const result = await openFile(path, 'invalid UTF-8');
        expect(!result.ok && result.error.code).toBe('NOT_A_PLAN');
        expect(!result.ok && result.error.message).toContain('it is not a text file');
        expectAcceptedOrRefused(result, 'field-copy.mplan');
      }),
      { numRuns: 40 },
    );
  });

  it('opens a plan saved with a UTF-8 byte-order mark, and refuses one saved as UTF-16', async () => {
    const bom = await openFile(await planFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sampleText())])), 'UTF-8 BOM');
    expect(bom.ok && bom.value.plan).toEqual(createSamplePlan());
    const utf16 = await openFile(await planFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sampleText(), 'utf16le')])), 'UTF-16');
    expect(!utf16.ok && utf16.error.code).toBe('NOT_A_PLAN');
  });

  it('refuses truncated, mistyped, deeply nested and prototype-laden files without writing anything', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(truncated, wrongType, deepNesting, prototypeKeys, combined), async (c) => {
        const result = await openFile(await planFile(c.text), c.kind);
        expectAcceptedOrRefused(result, 'field-copy.mplan');
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a 100 MB file from its size alone, sparse or real', async () => {
    const sparse = await planFile('');
    await truncate(sparse, 100 * 1024 * 1024);
    const real = await planFile(sampleText().replace('"title": "', `"title": "${'x'.repeat(100 * 1024 * 1024)}`));
    for (const [path, kind] of [[sparse, '100 MB sparse'], [real, '100 MB written']] as const) {
      const result = await openFile(path, kind);
      expect(!result.ok && result.error.code).toBe('TOO_LARGE');
      expect(!result.ok && result.error.message).toContain('larger than the 50 MB limit');
    }
  });

  it('reads a 45 MB file under the limit and refuses its oversized field in plain words', async () => {
    const size = MAX_PLAN_BYTES - 5 * 1024 * 1024;
    const path = await planFile(sampleText().replace('"notes": "', `"notes": "${'x'.repeat(size)}`));
    const result = await openFile(path, '45 MB field');
    expect(!result.ok && result.error.code).toBe('INVALID_PLAN');
    expect(!result.ok && result.error.details?.[0]).toMatch(/^situation\.notes: is too long \(at most 20000 characters\)$/);
    expectAcceptedOrRefused(result, 'field-copy.mplan');
  });
});

describe('the open dialog given a hostile file', () => {
  it('shows the refusal, keeps the recent list and data folder as they were, and writes nothing', async () => {
    const ports = await testPorts();
    const handlers = createHandlers(ports);
    await fc.assert(
      fc.asyncProperty(fc.oneof(truncated, deepNesting, prototypeKeys, combined), async (c) => {
        const path = await planFile(c.text);
        ports.dialogs.openAnswers.push(path);
        const before = await folderState(join(path, '..'));
        const result = await dispatch(handlers, 'openWithDialog', {});
        count(`${c.kind} (open dialog)`);
        if (result.ok) return;
        expect(result.error.message).toContain('"field-copy.mplan"');
        expect(await folderState(join(path, '..'))).toEqual(before);
        expect(ports.settings.get('recentFiles').map((r) => r.path)).not.toContain(path);
      }),
      { numRuns: 30 },
    );
    expect(await readdir(ports.dataDir).catch(() => [])).toEqual([]);
  });
});

/** A FIFO in a fresh folder (nobody writes to it: a plain read would wait forever). */
async function fifo(name: string): Promise<string> {
  const path = join(await tempFolder('mplan-odd-'), name);
  execFileSync('mkfifo', [path]);
  return path;
}

/** A listening Unix socket at a path in a fresh folder; closed after the test. */
async function socketFile(name: string): Promise<string> {
  const path = join(await tempFolder('mplan-odd-'), name);
  const server = createServer();
  await new Promise<void>((done) => server.listen(path, done));
  servers.push(server);
  return path;
}
const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A symbolic link named like a plan, pointing at `target`. */
async function linkTo(target: string, name: string): Promise<string> {
  const path = join(await tempFolder('mplan-odd-'), name);
  await symlink(target, path);
  return path;
}

describe('odd file types given as a plan or a CSV', () => {
  const odd: Array<[string, () => Promise<string>, RegExp]> = [
    ['a FIFO', () => fifo('pipe.mplan'), /it is a pipe \(FIFO\), not a file/],
    ['a symlink to /dev/zero', () => linkTo('/dev/zero', 'zero.mplan'), /it is a device, not a file/],
    ['a symlink to /dev/null', () => linkTo('/dev/null', 'null.mplan'), /it is a device, not a file/],
    ['a symlink to /dev/urandom', () => linkTo('/dev/urandom', 'random.mplan'), /it is a device, not a file/],
    ['a socket', () => socketFile('socket.mplan'), /it is a socket, not a file/],
    ['a folder', async () => join(await tempFolder('mplan-odd-'), 'folder.mplan').concat(''), /it is a folder/],
  ];

  it.each(odd)('refuses %s at once as a plan, in plain words, changing nothing', async (kind, make, reason) => {
    const path = await make();
    if (kind === 'a folder') await mkdir(path);
    const result = await openFile(path, `odd file: ${kind}`);
    expect(!result.ok && result.error.code).toBe('NOT_A_PLAN');
    expect(!result.ok && result.error.message).toMatch(reason);
    expect(!result.ok && result.error.message).toContain('Nothing was changed on disk.');
  });

  it.each(odd)('refuses %s at once as a risk register CSV to preview or import', async (kind, make, reason) => {
    const path = await make();
    if (kind === 'a folder') await mkdir(path);
    const start = performance.now();
    await expect(readRisksCsvFile(path)).rejects.toThrow(reason);
    expect(performance.now() - start).toBeLessThan(CASE_TIME_LIMIT_MS);
  });

  it('stops reading at the limit even where the system reports a size of 0 (a /proc file)', async () => {
    expect((await stat('/proc/self/status')).size).toBe(0);
    await expect(readRegularFile('/proc/self/status', 64)).rejects.toBeInstanceOf(TooManyBytesError);
    expect((await readRegularFile('/proc/self/status', 1 << 20)).bytes.toString()).toContain('Name:');
  });

  it('keeps the open dialog safe from a FIFO: refused at once, nothing hangs, not added to the recent list', async () => {
    const ports = await testPorts();
    const path = await fifo('pipe.mplan');
    ports.dialogs.openAnswers.push(path);
    const result = await dispatch(createHandlers(ports), 'openWithDialog', {});
    expect(!result.ok && result.error.message).toContain('"pipe.mplan": it is a pipe (FIFO), not a file');
    expect(ports.settings.get('recentFiles')).toEqual([]);
  });
});
