import { describe, expect, it } from 'vitest';
import { runCrashLoop, summaryLine } from '../crash/crash-harness';

describe('a crash while saving or copying unsaved work aside', () => {
  it('leaves the plan file old or new and whole, and the newest recovery copy restorable (25 kills; 200 in npm run test:crash)', async () => {
    const summary = await runCrashLoop({ runs: 25 });
    console.log(summaryLine(summary));
    const damaged = summary.runs.filter((run) => run.outcome === 'corrupt').map((run) => `${run.mode}, round ${run.round}: ${run.problems.join('; ')}`);
    expect(damaged).toEqual([]);
    expect(summary.old + summary.new).toBe(25);
  }, 180_000);
});
