import { bundleChild } from './test/crash/crash-harness';
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePlanFile } from './electron/services/plan-file';
import { crashPaths, planVersion } from './test/crash/crash-plan';
const root = await mkdtemp(join(tmpdir(), 'ct-'));
const child = await bundleChild(root);
for (const mode of ['save', 'autosave']) {
  const folder = join(root, mode); const p = crashPaths(folder); await mkdir(p.docs, { recursive: true }); await writePlanFile(p.plan, planVersion(0));
  const t0 = performance.now();
  const proc = spawn(process.execPath, [child, folder, mode]);
  const times: number[] = []; let first = 0;
  proc.stdout.on('data', (c: Buffer) => { for (const _ of c.toString().matchAll(/start/g)) { const t = performance.now(); if (!first) first = t; times.push(Math.round(t - first)); } });
  await new Promise((r) => setTimeout(r, 1500)); proc.kill('SIGKILL');
  console.log(mode, 'startup', Math.round(first - t0), 'ms; rounds at', times.slice(0, 15).join(','));
}
