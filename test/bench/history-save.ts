/**
 * What the change history costs the 5,000-risk plan: open and save with history against the same
 * without it (target: each stays within 200 ms), and the one-off step of building the history's
 * Automerge document, paid once per opened document before its first save (reported, no target).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPlanFile, writePlanFile } from '../../electron/services/plan-file';
import { DocumentHistory } from '../../electron/services/merge/document-history';
import type { Plan } from '../../shared/plan/schema';
import { planWithRisks } from './_large-plan';

const RUNS = 9;
const TARGET_MS = 200;

async function median(run: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const folder = await mkdtemp(join(tmpdir(), 'mplan-bench-history-'));
let failed = false;
try {
  const plan = planWithRisks(5_000);
  const plain = join(folder, 'plain.mplan');
  const withHistory = join(folder, 'history.mplan');
  await writePlanFile(plain, plan);

  let start = performance.now();
  const first = new DocumentHistory({ plan, stored: null, inSync: false });
  first.current();
  const startMs = performance.now() - start;
  await writePlanFile(withHistory, plan, { history: first.writer({ via: 'bench' }, new Date()) });

  const edited = (i: number): Plan => {
    const next = structuredClone(plan);
    next.risks.items[i * 7]!.owner = `Owner ${i}`;
    return next;
  };
  const savePlain = await median((i) => writePlanFile(plain, edited(i)));
  const loaded = await readPlanFile(withHistory);
  start = performance.now();
  const session = new DocumentHistory(loaded.history);
  session.current();
  const loadMs = performance.now() - start;
  const saveHistory = await median((i) => writePlanFile(withHistory, edited(i), { history: session.writer({ via: 'bench' }, new Date()) }));
  const openPlain = await median(() => readPlanFile(plain));
  const openHistory = await median(() => readPlanFile(withHistory));

  const line = (label: string, ms: number, base: number) => {
    const ok = ms <= TARGET_MS;
    failed ||= !ok;
    console.log(`${label.padEnd(32)} ${ms.toFixed(1).padStart(7)} ms  (without history ${base.toFixed(1)} ms; target ≤ ${TARGET_MS} ms: ${ok ? 'ok' : 'OVER TARGET'})`);
  };
  line('open 5,000-risk plan, history', openHistory, openPlain);
  line('save 5,000-risk plan, history', saveHistory, savePlain);
  console.log(`one-off, before the first save: start a history ${startMs.toFixed(0)} ms, load a stored one ${loadMs.toFixed(0)} ms`);
  console.log(`file ${(loaded.fingerprint.size / 1e6).toFixed(2)} MB with history; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  await rm(folder, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
