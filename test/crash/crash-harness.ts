/**
 * Kills a process that is saving a plan or writing its recovery copy with SIGKILL at random
 * instants, then checks what a restarted app finds: the plan file whole and either the old or the
 * new version, its backup whole, and the newest recovery copy restorable through the real handlers.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { backupPathFor, readPlanFile, writePlanFile } from '../../electron/services/plan-file';
import type { LoadedPlan } from '../../electron/services/plan-file';
import { docPlan, loadDoc } from '../../electron/services/merge/plan-history';
import { canonical } from '../../electron/services/merge/doc-shape';
import type { Json } from '../../electron/services/merge/doc-shape';
import { createSettingsStore, memoryStore } from '../../electron/services/settings-store';
import { checkPlanData } from '../../shared/plan/validate';
import { crashPaths, CRASH_RECOVERY_ID, planVersion, versionOf } from './crash-plan';

export type CrashMode = 'save' | 'autosave';

export interface CrashRun {
  mode: CrashMode;
  /** The round in flight when the kill came (its "start N" was the last line). */
  round: number;
  delayMs: number;
  /** The plan file (save) or the recovery copy (autosave): the version before the round, or the one it wrote. */
  outcome: 'old' | 'new' | 'corrupt';
  /** The recovery copy a restarted app offered, as restored: its version, or null when none was offered. */
  restored: number | null;
  problems: string[];
}

export interface CrashSummary {
  runs: CrashRun[];
  old: number;
  new: number;
  corrupt: number;
  restored: number;
  leftoverTemps: number;
  ms: number;
}

/**
 * The child compiled once into one plain JavaScript file: starting it with node takes a fraction
 * of a second, where the TypeScript loader would take seconds per run.
 */
export async function bundleChild(outDir: string): Promise<string> {
  const outfile = join(outDir, 'crash-child.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    minify: true,
    logLevel: 'error',
    // Bundled CommonJS (none expected) would need require in an ES module.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return outfile;
}

/** Starts the child, waits until its first round has started, then kills it after `delayMs`. */
async function runAndKill(child: string, folder: string, mode: CrashMode, delayMs: number): Promise<number> {
  const proc = spawn(process.execPath, [child, folder, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const exited = new Promise<NodeJS.Signals | null>((done) => proc.on('exit', (_code, signal) => done(signal)));
  proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  await new Promise<void>((started, failed) => {
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('start 1\n')) started();
    });
    void exited.then(() => failed(new Error(`the crash child stopped by itself: ${err.trim() || 'no message'}`)));
  });
  await new Promise((wait) => setTimeout(wait, delayMs));
  proc.kill('SIGKILL');
  const signal = await exited;
  if (signal !== 'SIGKILL') throw new Error(`the crash child ended with ${signal}, not SIGKILL: ${err}`);
  const rounds = [...out.matchAll(/^start (\d+)$/gm)].map((m) => Number(m[1]));
  return rounds.at(-1)!;
}

/** What a restarted app finds after one kill. */
function historyProblems(loaded: LoadedPlan): string[] {
  const { stored, inSync } = loaded.history;
  if (stored === null) return ['the saved plan has no change history'];
  if (!inSync) return ['the change history does not end at the plan saved with it'];
  try {
    const held = docPlan(loadDoc(stored.chunks));
    return canonical(held) === canonical(loaded.plan as unknown as Json) ? [] : ['the change history holds another version than the file'];
  } catch (error) {
    return [`the change history does not load: ${(error as Error).message}`];
  }
}

async function inspect(folder: string, mode: CrashMode, round: number, delayMs: number): Promise<CrashRun> {
  const paths = crashPaths(folder);
  const problems: string[] = [];
  const before = round - 1;

  let fileVersion = NaN;
  try {
    const loaded = await readPlanFile(paths.plan);
    fileVersion = versionOf(loaded.plan);
    // Saved by the child (version 1 on): its change history is in the same file, whole, and holds this very plan.
    if (mode === 'save' && fileVersion >= 1) problems.push(...historyProblems(loaded));
  } catch (error) {
    problems.push(`the plan file does not open: ${(error as Error).message}`);
  }
  const fileAllowed = mode === 'save' ? [before, round] : [0];
  if (!fileAllowed.includes(fileVersion)) problems.push(`the plan file is version ${fileVersion}, expected ${fileAllowed.join(' or ')}`);

  const backup = await stat(backupPathFor(paths.plan)).catch(() => null);
  if (backup) {
    try {
      const v = versionOf((await readPlanFile(backupPathFor(paths.plan))).plan);
      // The backup is taken just before the new file replaces the old: it is the old file, or for an instant the same.
      if (v !== fileVersion - 1 && v !== fileVersion) problems.push(`the backup is version ${v}, but the file is version ${fileVersion}`);
    } catch (error) {
      problems.push(`the backup does not open: ${(error as Error).message}`);
    }
  }

  // The copy itself, read raw: a damaged copy would be skipped quietly by the listing.
  const copyPath = join(paths.dataDir, 'recovery', `${CRASH_RECOVERY_ID}.json`);
  let copyVersion: number | null = null;
  const copyText = await readFile(copyPath, 'utf8').catch(() => null);
  if (copyText !== null) {
    try {
      const checked = checkPlanData(JSON.parse(copyText).plan, 'recovery copy');
      copyVersion = checked.ok ? versionOf(checked.value.plan) : NaN;
      if (!checked.ok) problems.push(`the recovery copy is damaged: ${checked.error.message}`);
    } catch (error) {
      problems.push(`the recovery copy is not readable JSON: ${(error as Error).message}`);
    }
    const copyAllowed = mode === 'save' ? [round] : [before, round];
    if (copyVersion !== null && !copyAllowed.includes(copyVersion)) problems.push(`the recovery copy is version ${copyVersion}, expected ${copyAllowed.join(' or ')}`);
  }

  // A restarted app: the same data folder, the plan on its recent list.
  const handlers = createHandlers({
    dialogs: { showOpenDialog: async () => null, showSaveDialog: async () => null },
    settings: createSettingsStore(memoryStore({ recentFiles: [{ path: paths.plan, openedAt: new Date().toISOString() }] }), () => undefined),
    now: () => new Date(),
    dataDir: paths.dataDir,
    documentsDir: paths.docs,
    appVersion: 'crash-test',
    host: 'browser-test',
  });
  let restored: number | null = null;
  const listed = await dispatch(handlers, 'listRecovery', {});
  if (!listed.ok) problems.push(`listing recovery copies failed: ${listed.error.message}`);
  else if (listed.value.length > 1) problems.push(`${listed.value.length} recovery copies were offered for one document`);
  else if (listed.value.length === 1) {
    const result = await dispatch(handlers, 'restoreRecovery', { id: listed.value[0]!.id });
    if (!result.ok) problems.push(`the newest recovery copy does not restore: ${result.error.message}`);
    else {
      restored = versionOf(result.value.plan);
      if (result.value.path !== paths.plan) problems.push('the restored copy lost the file it belongs to');
      if (restored !== copyVersion) problems.push(`the restored copy is version ${restored}, but the copy on disk is version ${copyVersion}`);
    }
  }

  const subject = mode === 'save' ? fileVersion : copyVersion;
  const outcome = problems.length > 0 ? 'corrupt' : subject === round ? 'new' : 'old';
  return { mode, round, delayMs, outcome, restored, problems };
}

/** Tells the summary numbers in one line, e.g. "crash runs: 200, old: 83, new: 117, corrupt: 0". */
export const summaryLine = (s: CrashSummary) =>
  `crash runs: ${s.runs.length}, old: ${s.old}, new: ${s.new}, corrupt: ${s.corrupt} (newest recovery copy restored after ${s.restored} runs; ${s.leftoverTemps} crash temp files left for tidying; ${(s.ms / 1000).toFixed(1)} s)`;

export interface CrashOptions {
  runs: number;
  /** Children alive at once. */
  parallel?: number;
  /** Kills land at a uniformly random instant up to this long after the first round starts (a save round takes longer). */
  maxDelayMs?: Record<CrashMode, number>;
  onRun?: (run: CrashRun, index: number) => void;
}

/** Runs the crash loop: half the runs kill a saving process, half one writing recovery copies. */
export async function runCrashLoop({ runs, parallel = 2, maxDelayMs = { save: 400, autosave: 100 }, onRun }: CrashOptions): Promise<CrashSummary> {
  const started = performance.now();
  const root = await mkdtemp(join(tmpdir(), 'mplan-crash-'));
  const results: CrashRun[] = [];
  let leftoverTemps = 0;
  try {
    const child = await bundleChild(root);
    let next = 0;
    const worker = async () => {
      while (next < runs) {
        const index = next++;
        const mode: CrashMode = index % 2 === 0 ? 'save' : 'autosave';
        const folder = join(root, `run-${index}`);
        const paths = crashPaths(folder);
        await mkdir(paths.docs, { recursive: true });
        await writePlanFile(paths.plan, planVersion(0), { backup: false });
        const delayMs = Math.random() * maxDelayMs[mode];
        const round = await runAndKill(child, folder, mode, delayMs);
        const run = await inspect(folder, mode, round, delayMs);
        leftoverTemps += (await readdir(paths.docs)).filter((n) => n.endsWith('.tmp')).length;
        leftoverTemps += (await readdir(join(paths.dataDir, 'recovery')).catch(() => [])).filter((n) => n.endsWith('.tmp')).length;
        results[index] = run;
        onRun?.(run, index);
        await rm(folder, { recursive: true, force: true });
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  const count = (outcome: CrashRun['outcome']) => results.filter((r) => r.outcome === outcome).length;
  return {
    runs: results,
    old: count('old'),
    new: count('new'),
    corrupt: count('corrupt'),
    restored: results.filter((r) => r.restored !== null).length,
    leftoverTemps,
    ms: performance.now() - started,
  };
}
