/**
 * A/B of the PDF speed-ups (speed-ups.ts), each turned off in turn, on the default brief and the
 * full register of the 5,000-risk plan. Each configuration renders in its own process (so one does not
 * leave the JIT or the heap shaped for the next), configurations alternate round by round with
 * the order rotated (so load drift on a shared machine hits all alike), and each run reports its
 * process CPU time (user + system, the renderer's whole process) beside the wall clock.
 * Not part of `npm run bench` (it takes about ten minutes):
 *
 *   node --expose-gc --import tsx test/bench/_speed-ups-ab.ts [ROUNDS] [SPEED-UP…]
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { SPEED_UP_NAMES } from '../../electron/services/pdf/speed-ups';
import type { SpeedUp } from '../../electron/services/pdf/speed-ups';

const DATE = '2026-11-20';
const RISKS = 5_000;
/** Every speed-up, and every one but one: `node … _speed-ups-ab.ts 5 stream-writes` compares all with all but stream-writes. */
const at = process.argv.indexOf('--child');
const only = (at > 0 ? process.argv.slice(at + 2) : process.argv.slice(3)) as SpeedUp[];
const CONFIGS: Record<string, SpeedUp[]> = Object.fromEntries([['all', []], ...(only.length ? only : SPEED_UP_NAMES).map((name) => [`no ${name}`, [name]])]);

interface Run {
  ms: number;
  cpuMs: number;
  bytes: number;
  pages: number;
}

async function child(config: string): Promise<void> {
  const { briefDocument } = await import('../../electron/services/pdf/brief-document');
  const { renderPdf } = await import('../../electron/services/pdf/render-brief');
  const { installSpeedUps } = await import('../../electron/services/pdf/speed-ups');
  const { configuredPdfmake } = await import('../../electron/services/pdf/pdfmake-instance');
  const { createSamplePlan } = await import('../../shared/plan/sample');
  const { planWithRisks } = await import('./_large-plan');
  configuredPdfmake();
  installSpeedUps().restore();
  const { missing } = installSpeedUps(CONFIGS[config]);
  if (missing.length) throw new Error(`not installed: ${missing.join(', ')}`);
  const large = planWithRisks(RISKS);
  const timed = async (make: () => TDocumentDefinitions): Promise<Run> => {
    (globalThis as { gc?: () => void }).gc?.();
    const cpu = process.cpuUsage();
    const start = performance.now();
    const { bytes, pageCount } = await renderPdf(make());
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    return { ms, cpuMs: (used.user + used.system) / 1000, bytes: bytes.length, pages: pageCount };
  };
  // As the app's warm worker: it has rendered the sample brief (the preview) before the job.
  await timed(() => briefDocument(createSamplePlan(), { generatedAt: DATE }));
  const briefing: Run[] = [];
  for (let i = 0; i < 3; i++) briefing.push(await timed(() => briefDocument(large, { generatedAt: DATE })));
  const full = await timed(() => briefDocument(large, { generatedAt: DATE, fullRegister: true }));
  console.log(JSON.stringify({ config, briefing, full, load: loadavg()[0] }));
}

function parent(rounds: number): void {
  const names = Object.keys(CONFIGS);
  const results: Record<string, { briefing: Run[]; full: Run[] }> = Object.fromEntries(names.map((n) => [n, { briefing: [], full: [] }]));
  const script = fileURLToPath(import.meta.url);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length]!;
      const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, '--child', name, ...only], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${name}: ${r.stderr}`);
      const line = JSON.parse(r.stdout.trim().split('\n').pop()!) as { briefing: Run[]; full: Run; load: number };
      results[name]!.briefing.push(...line.briefing);
      results[name]!.full.push(line.full);
      const b = line.briefing.map((x) => (x.cpuMs / 1000).toFixed(2)).join('/');
      console.log(`round ${round + 1} ${name.padEnd(17)} default cpu ${b} s; full ${(line.full.ms / 1000).toFixed(2)} s wall ${(line.full.cpuMs / 1000).toFixed(2)} s cpu ${line.full.pages} pages ${line.full.bytes} B; load ${line.load.toFixed(1)}`);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const min = (xs: number[]) => Math.min(...xs);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log('\n| Configuration | default brief CPU min / median | wall median | full register CPU min / median | wall median | full register file |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const name of names) {
    const { briefing, full } = results[name]!;
    const c = (runs: Run[]) => runs.map((r) => r.cpuMs);
    const w = (runs: Run[]) => runs.map((r) => r.ms);
    console.log(`| ${name} | ${s(min(c(briefing)))} / ${s(median(c(briefing)))} | ${s(median(w(briefing)))} | ${s(min(c(full)))} / ${s(median(c(full)))} | ${s(median(w(full)))} | ${full[0]!.bytes.toLocaleString('en')} B |`);
  }
}

if (at > 0) await child(process.argv[at + 1]!);
else parent(Number(process.argv[2] ?? 5));
