/**
 * Child process for the crash test: writes a plan with the real atomic writer, but its rename
 * never returns — it reports "ready" and waits to be killed with SIGKILL, as a crash would.
 */
import * as fs from 'node:fs/promises';
import { writeFileAtomic } from '../../electron/services/atomic-write';
import { serializePlan } from '../../shared/plan/validate';
import { createSamplePlan } from '../../shared/plan/sample';

const target = process.argv[2]!;
const plan = { ...createSamplePlan(), cover: { ...createSamplePlan().cover, title: 'The new version' } };
const stuckRename: typeof fs.rename = () => {
  process.stdout.write('ready\n');
  return new Promise<void>(() => undefined);
};
void writeFileAtomic(target, serializePlan(plan), { fs: { ...fs, rename: stuckRename }, backupPath: `${target}.bak` });
