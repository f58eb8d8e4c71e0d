/**
 * Saving and opening a protected 5,000-risk plan (age, scrypt work factor 2^18), and how long the
 * event loop stalls meanwhile: in the app that loop is the main process, which must keep
 * answering the window while the key is derived. The stock age-encryption passphrase recipient
 * (scrypt in JavaScript, on this thread) is measured once beside it, for the reason it is not used.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Encrypter } from 'age-encryption';
import { readPlanFile, writePlanFile } from '../../electron/services/plan-file';
import { passphraseCodec, SCRYPT_WORK_FACTOR } from '../../electron/services/protection/plan-codec';
import { serializePlan } from '../../shared/plan/validate';
import { planWithRisks } from './_large-plan';

const RUNS = 5;
const TARGET_SAVE_MS = 1500;
/**
 * Longest the main process may stop answering during a protected save. Validating and serialising
 * a 6 MB plan already holds it 100–230 ms here (plain saves); age-encryption's own recipient held it
 * for the whole key derivation, seconds.
 */
const TARGET_STALL_MS = 400;

/** Runs `job`, returning its time and the longest stall of the event loop while it ran. */
async function timed(job: () => Promise<unknown>): Promise<{ ms: number; stallMs: number }> {
  // A timer every 5 ms: the longest gap between its turns is the longest the loop was held.
  let last = performance.now();
  let stallMs = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  const start = performance.now();
  await job();
  const end = performance.now();
  clearInterval(tick);
  return { ms: end - start, stallMs: Math.max(stallMs, end - last) };
}

async function median(job: () => Promise<unknown>, between?: () => Promise<unknown>) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    if (between) await between();
    runs.push(await timed(job));
  }
  const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { ms: mid(runs.map((r) => r.ms)), stallMs: Math.max(...runs.map((r) => r.stallMs)) };
}

const folder = await mkdtemp(join(tmpdir(), 'mplan-bench-'));
let failed = false;
try {
  const plan = planWithRisks(5_000);
  const path = join(folder, 'bench.mplan');
  // As the app's open documents do: the key for the next save is derived once a save is written.
  const codec = passphraseCodec('correct horse battery staple', { deriveAhead: true });
  const oneShot = passphraseCodec('correct horse battery staple');
  await writePlanFile(path, plan);
  const plain = await median(() => writePlanFile(path, plan));
  await writePlanFile(path, plan, { codec });
  // Each save of a planner comes well after the one before; the pause lets the next key be derived.
  const pause = () => new Promise((resolve) => setTimeout(resolve, 2500));
  const save = await median(async () => {
    await writePlanFile(path, plan, { codec });
    return undefined;
  }, pause);
  const firstSave = await median(() => writePlanFile(path, plan, { codec: oneShot }));
  const open = await median(() => readPlanFile(path, { codec }));
  const ok = save.ms <= TARGET_SAVE_MS && save.stallMs <= TARGET_STALL_MS;
  failed ||= !ok;
  console.log(`5,000-risk plan, scrypt 2^${SCRYPT_WORK_FACTOR}: plain save ${plain.ms.toFixed(0)} ms (longest stall ${plain.stallMs.toFixed(0)} ms); protected save ${save.ms.toFixed(0)} ms (longest stall ${save.stallMs.toFixed(0)} ms; a save deriving its key then: ${firstSave.ms.toFixed(0)} ms, the first after protecting, longest stall ${firstSave.stallMs.toFixed(0)} ms), open ${open.ms.toFixed(0)} ms (longest stall ${open.stallMs.toFixed(0)} ms)`);
  console.log(`  target: save ≤ ${TARGET_SAVE_MS} ms with no stall over ${TARGET_STALL_MS} ms: ${ok ? 'ok' : 'OVER TARGET'}`);
  const stock = await timed(async () => {
    const e = new Encrypter();
    e.setPassphrase('correct horse battery staple');
    e.setScryptWorkFactor(SCRYPT_WORK_FACTOR);
    await e.encrypt(serializePlan(plan));
  });
  console.log(`  for comparison, age-encryption's own passphrase recipient: ${stock.ms.toFixed(0)} ms, stalling the loop ${stock.stallMs.toFixed(0)} ms`);
} finally {
  await rm(folder, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
