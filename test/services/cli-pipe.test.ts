import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pipeSafeWriter } from '../../electron/cli/program';

const root = join(import.meta.dirname, '../..');
const cliArgs = ['--import', 'tsx', join(root, 'electron/cli/index.ts')];

/** A stream stand-in: records writes, and can fail like a real one. */
class FakeStream extends EventEmitter {
  readonly written: string[] = [];
  write(text: string) {
    this.written.push(text);
    return true;
  }
}

describe('CLI output into a pipe that closes early', () => {
  it('stops writing quietly when the reader goes away (EPIPE)', () => {
    const stream = new FakeStream();
    const reported: string[] = [];
    const out = pipeSafeWriter(stream, (m) => reported.push(m));
    out('first\n');
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    out('second\n');
    expect(stream.written).toEqual(['first\n']);
    expect(reported).toEqual([]);
  });

  it('reports any other write failure once, in plain words', () => {
    const stream = new FakeStream();
    const reported: string[] = [];
    const out = pipeSafeWriter(stream, (m) => reported.push(m));
    const exitCode = process.exitCode;
    stream.emit('error', Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
    stream.emit('error', Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
    out('lost\n');
    expect(reported).toEqual(['mandate-planner: the output could not be written (ENOSPC).\n']);
    expect(process.exitCode).toBe(1);
    process.exitCode = exitCode;
  });

  it('`catalogue clauses --json | head` ends cleanly, with no EPIPE stack trace', async () => {
    const child = spawn(process.execPath, [...cliArgs, 'catalogue', 'clauses', '--json'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `head -c`: read the first chunk, then close the pipe while the CLI is still writing.
    const first = await new Promise<string>((got) => child.stdout.once('data', (chunk: Buffer) => got(chunk.toString())));
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(first).toMatch(/^\{\n {2}"catalogue": "clauses"/);
    expect(stderr).not.toMatch(/EPIPE|Error|\bat /);
    expect(code).toBe(0);
  });

  it.runIf(existsSync('/dev/full'))('says plainly when the output cannot be written at all (a full disk)', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const child = spawn(process.execPath, [...cliArgs, 'catalogue', 'risks'], { cwd: root, stdio: ['ignore', full, 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
      expect(stderr.trim()).toBe('mandate-planner: the output could not be written (ENOSPC).');
      expect(code).toBe(1);
    } finally {
      closeSync(full);
    }
  });
});
