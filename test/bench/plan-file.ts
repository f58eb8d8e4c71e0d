/**
 * Plan file benchmark: open (read, parse, migrate, validate) and save (validate, serialise, atomic
 * write with backup and fsync) of the sample plan and of a 5,000-risk plan, median of several runs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPlanFile, writePlanFile } from '../../electron/services/plan-file';
import { createSamplePlan } from '../../shared/plan/sample';
import type { Plan } from '../../shared/plan/schema';
import { planWithRisks } from './_large-plan';

const RUNS = 15;
const TARGET_MS = { sample: 50, large: 1000 };

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const folder = await mkdtemp(join(tmpdir(), 'mplan-bench-'));
let failed = false;
try {
  for (const [label, plan, target] of [['sample plan', createSamplePlan(), TARGET_MS.sample], ['5,000-risk plan', planWithRisks(5_000), TARGET_MS.large]] as [string, Plan, number][]) {
    const path = join(folder, 'bench.mplan');
    await writePlanFile(path, plan); // warm-up, and a file to open
    const save = await median(() => writePlanFile(path, plan));
    const open = await median(() => readPlanFile(path));
    const ok = open + save <= target;
    failed ||= !ok;
    console.log(`${label.padEnd(18)} open ${open.toFixed(1).padStart(7)} ms  save ${save.toFixed(1).padStart(7)} ms  (target open+save ≤ ${target} ms: ${ok ? 'ok' : 'OVER TARGET'})`);
  }
} finally {
  await rm(folder, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
