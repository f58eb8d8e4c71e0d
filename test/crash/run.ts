/**
 * `npm run test:crash`: the long crash loop (200 runs unless a count is given). Exits 1 when any
 * run left a damaged plan, backup or recovery copy, and prints what each such run found.
 *
 *   npm run test:crash            200 runs
 *   npm run test:crash -- 1000    more
 */
import { runCrashLoop, summaryLine } from './crash-harness';

const runs = Number(process.argv[2] ?? 200);
const summary = await runCrashLoop({
  runs,
  onRun: (run, index) => {
    if (run.outcome === 'corrupt') console.error(`run ${index} (${run.mode}, killed in round ${run.round} after ${run.delayMs.toFixed(0)} ms): ${run.problems.join('; ')}`);
    else if ((index + 1) % 50 === 0) console.log(`… ${index + 1} runs`);
  },
});
const byMode = (mode: string) => summary.runs.filter((r) => r.mode === mode);
for (const mode of ['save', 'autosave']) {
  const runsOf = byMode(mode);
  const what = mode === 'save' ? 'plan file' : 'recovery copy';
  console.log(`${mode.padEnd(8)} ${runsOf.length} runs: ${what} old ${runsOf.filter((r) => r.outcome === 'old').length}, new ${runsOf.filter((r) => r.outcome === 'new').length}, corrupt ${runsOf.filter((r) => r.outcome === 'corrupt').length}; killed in rounds 1–${Math.max(...runsOf.map((r) => r.round))}`);
}
console.log(summaryLine(summary));
process.exitCode = summary.corrupt === 0 ? 0 : 1;
// The plain closing line CI reads: a run is a pass when it left the plan whole.
console.log(`crash: ${summary.runs.length - summary.corrupt} passed, ${summary.corrupt} failed`);
