/**
 * Hostile-brief benchmark: the valid plans that made the brief quadratic or ran the PDF worker out
 * of memory (red-team finding 6), rendered as the CLI from source does (one thread, the app's
 * speed-ups), and the one refused by the size cap. Target: time and memory grow linearly with the
 * text; a brief past the cap stops before any layout.
 */
import { briefDocument } from '../../electron/services/pdf/brief-document';
import { renderBrief } from '../../electron/services/pdf/export-brief';
import { createSamplePlan } from '../../shared/plan/sample';
import type { Plan } from '../../shared/plan/schema';
import { PlannerError } from '../../shared/result';

const DATE = '2026-11-20';
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

/** The sample with `fields` long fields (cause, consequence, mitigation of successive risks) set to `text`. */
function planWith(fields: number, text: string): Plan {
  const plan = createSamplePlan();
  const template = plan.risks.items[0]!;
  const risks = Math.ceil(fields / 3);
  plan.risks.items = Array.from({ length: Math.max(risks, plan.risks.items.length) }, (_, i) => {
    const base = plan.risks.items[i] ?? { ...template, id: `risk-bench-${i}`, ref: `R-${String(i + 100).padStart(3, '0')}` };
    const set = (k: number) => (i * 3 + k < fields ? text : base.cause);
    return { ...base, cause: set(0), consequence: set(1), mitigation: set(2) };
  });
  return plan;
}

async function run(label: string, plan: Plan): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  peak = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const start = performance.now();
  let outcome: string;
  try {
    // Every risk printed: the default brief would leave a closed sample risk's fields out.
    const pdf = await renderBrief(plan, { generatedAt: DATE, fullRegister: true });
    outcome = `${pdf.pageCount} pages`;
  } catch (error) {
    if (!(error instanceof PlannerError)) throw error;
    outcome = `refused (${error.code})`;
  }
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  console.log(`${label.padEnd(52)} ${(ms / 1000).toFixed(2).padStart(7)} s wall  ${((used.user + used.system) / 1e6).toFixed(2).padStart(7)} s CPU  peak ${mib(peak).padStart(9)}  ${outcome}`);
}

// Warm the code once, as the app's workers are.
await renderBrief(createSamplePlan(), { generatedAt: DATE });
await run('one 5,000-character word (risk cause)', planWith(1, 'W'.repeat(5_000)));
await run('one 20,000-character word (was 42 s, 1.7 GB)', planWith(1, 'W'.repeat(20_000)));
await run('40 fields of 20,000-character words', planWith(40, 'W'.repeat(20_000)));
await run('122 fields of 20,000-character words (was worker OOM)', planWith(122, 'W'.repeat(20_000)));
await run('122 fields of 20,000 line breaks', planWith(122, '\n'.repeat(20_000)));
await run('122 fields of "a" + line break, 10,000 times', planWith(122, 'a\n'.repeat(10_000)));
const start = performance.now();
try {
  briefDocument(planWith(900, 'W'.repeat(20_000)), { generatedAt: DATE, fullRegister: true });
  console.log('900 fields of 20,000 characters: not refused (cap missing!)');
  process.exitCode = 1;
} catch (error) {
  console.log(`900 fields of 20,000 characters (18 M): refused by the cap in ${Math.round(performance.now() - start)} ms: ${(error as Error).message.slice(0, 60)}…`);
}
clearInterval(sampler);
