/**
 * What the change history costs the 5,000-risk plan: open and save with history against the same
 * without it (target: each stays within 200 ms), and the one-off step of building the history's
 * Automerge document, once per opened document (reported, no target). Then the same as the app
 * does it, with the histories in the history worker (out/main/historyWorker.js: build first):
 * wall time and the longest stretch the main thread was blocked, for open, a save that comes
 * before the history is ready, and a save once it is.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPlanFile, writePlanFile } from '../../electron/services/plan-file';
import { DocumentHistory } from '../../electron/services/merge/document-history';
import { workerHistories } from '../../electron/services/merge/history-in-worker';
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

/** Runs `work` and reports its wall time and the longest the main thread went without running a 1 ms timer. */
async function blocking<T>(work: () => Promise<T>): Promise<{ value: T; wallMs: number; blockedMs: number }> {
  let last = performance.now();
  let longest = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const start = performance.now();
  const value = await work();
  const wallMs = performance.now() - start;
  longest = Math.max(longest, performance.now() - last);
  clearInterval(tick);
  return { value, wallMs, blockedMs: longest };
}

const workerUrl = new URL('../../out/main/historyWorker.js', import.meta.url);
if (!existsSync(fileURLToPath(workerUrl))) throw new Error('Build first (npm run build): out/main/historyWorker.js is missing.');

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

  // As the app does it: the histories in the worker.
  const fmt = (r: { wallMs: number; blockedMs: number }) => `${r.wallMs.toFixed(1).padStart(7)} ms wall, main thread blocked at most ${r.blockedMs.toFixed(1)} ms`;
  for (const [label, file] of [['stored history', withHistory], ['no history yet', plain]] as const) {
    const histories = workerHistories(workerUrl);
    await histories.whenReady();
    const opened = await blocking(async () => {
      const read = await readPlanFile(file);
      histories.open('bench', read.history);
      return read;
    });
    const building = await blocking(() => histories.whenReady());
    console.log(`worker, ${label}: open ${fmt(opened)}; history built in the worker ${building.wallMs.toFixed(0)} ms after open (main thread blocked at most ${building.blockedMs.toFixed(1)} ms meanwhile)`);
    histories.open('bench', opened.value.history);
    const early = await blocking(() => writePlanFile(file, edited(0), { history: histories.writer('bench', { via: 'bench' }, new Date()) }));
    const earlyFile = await readPlanFile(file);
    console.log(`worker, ${label}: save before the history is ready ${fmt(early)} (file keeps its previous block: ${earlyFile.history.stored === null ? 'none' : 'yes'})`);
    await histories.whenReady();
    const saves: { wallMs: number; blockedMs: number }[] = [];
    for (let i = 1; i <= RUNS; i++) saves.push(await blocking(() => writePlanFile(file, edited(i), { history: histories.writer('bench', { via: 'bench' }, new Date()) })));
    const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const saveWall = mid(saves.map((r) => r.wallMs));
    const saveBlocked = mid(saves.map((r) => r.blockedMs));
    const ok = saveWall <= TARGET_MS;
    failed ||= !ok;
    const synced = (await readPlanFile(file)).history.inSync;
    console.log(`worker, ${label}: save once ready, median ${saveWall.toFixed(1)} ms wall, main thread blocked ${saveBlocked.toFixed(1)} ms (target ≤ ${TARGET_MS} ms: ${ok ? 'ok' : 'OVER TARGET'}; history in sync: ${synced})`);
    await histories.terminate();
  }
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  await rm(folder, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
