/**
 * Risk register CSV benchmark: export and import of 5,000 risks in Node, in memory (the pure
 * mapping) and through the file services (atomic write, size-limited read, the CLI's whole import
 * into a plan file, which also validates and saves the 5,000-risk plan). Median of several runs
 * after a warm-up; the target is printed beside each figure.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmptyPlan } from '../../shared/plan/new-plan';
import { applyEdit } from '../../shared/plan/edit';
import { parseRisksCsv, risksToCsv } from '../../shared/risks/csv';
import { planRiskImport } from '../../shared/risks/csv-merge';
import { exportRisksCsvFile, importRisksCsvIntoPlanFile, readRisksCsvFile } from '../../electron/services/risk-csv';
import { writePlanFile } from '../../electron/services/plan-file';
import { planWithRisks } from './_large-plan';

const RISKS = 5_000;
const RUNS = 7;
const TARGET_MS = 300;
const ctx = { by: 'bench', now: new Date('2026-11-25T12:00:00Z') };

const plan = planWithRisks(RISKS);
const target = { ...createEmptyPlan(ctx.now), capabilities: plan.capabilities };
const csv = risksToCsv(plan.risks.items, plan.risks.bands);
const folder = await mkdtemp(join(tmpdir(), 'mplan-bench-'));
const file = join(folder, 'risks.csv');

async function median(label: string, work: () => unknown, before: () => unknown = () => undefined, target: number | null = TARGET_MS): Promise<void> {
  await before();
  await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await before();
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)]!;
  const verdict = target === null ? '(no target: mostly loading, validating and saving the plan)' : `target < ${target} ms ${ms < target ? 'ok' : 'OVER TARGET'}`;
  console.log(`${label.padEnd(60)} ${ms.toFixed(1).padStart(8)} ms  (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)})  ${verdict}`);
}

console.log(`CSV of ${RISKS} risks: ${(Buffer.byteLength(csv) / 2 ** 20).toFixed(2)} MiB`);
try {
  await median(`export, in memory (risksToCsv)`, () => risksToCsv(plan.risks.items, plan.risks.bands));
  await median(`import, in memory (parse + plan the merge + apply)`, () => {
    const parsed = parseRisksCsv(csv);
    if (parsed.errors.length) throw new Error(parsed.errors[0]!.reason);
    const merge = planRiskImport(target, parsed, ctx, 'risks.csv');
    return applyEdit(target, merge.edit!);
  });
  await median(`export to file (atomic write + fsync)`, () => exportRisksCsvFile(plan, file));
  await median(`preview from file (read, decode, parse)`, () => readRisksCsvFile(file));
  const planFile = join(folder, 'target.mplan');
  await median(
    `import into a plan file (as the CLI: merge, validate, save)`,
    () => importRisksCsvIntoPlanFile(planFile, file, { ctx }),
    () => writePlanFile(planFile, target, { backup: false }),
    null,
  );
} finally {
  await rm(folder, { recursive: true, force: true });
}
