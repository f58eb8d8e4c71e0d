/**
 * The process the crash test kills. It keeps a plan open and, until it is killed with SIGKILL,
 * does what the app does with it: copies the unsaved version aside (recovery copy) and, in
 * "save" mode, saves it and drops the copy, exactly as the save handler does. Before each round
 * it writes "start N" to stdout synchronously, so the parent knows which version was in flight
 * (or, in the pause after a round, last written).
 *
 *   crash-child <folder> <save|autosave>
 */
import { writeSync } from 'node:fs';
import { readPlanFile, writePlanFile } from '../../electron/services/plan-file';
import { DocumentHistory } from '../../electron/services/merge/document-history';
import { createRecoveryStore } from '../../electron/services/recovery';
import { checkPlanForSave, serializePlan } from '../../shared/plan/validate';
import { crashPaths, CRASH_RECOVERY_ID, planVersion } from './crash-plan';

const [folder, mode] = process.argv.slice(2);
if (!folder || (mode !== 'save' && mode !== 'autosave')) {
  process.stderr.write('usage: crash-child <folder> <save|autosave>\n');
  process.exit(2);
}
const paths = crashPaths(folder);
const recovery = createRecoveryStore(paths.dataDir, () => new Date());
// The app has been running a while when it crashes: validate and serialise once so the first round
// is not slowed by compiling, and kills spread over several rounds.
for (let i = 0; i < 3; i++) {
  checkPlanForSave(planVersion(0), 'warm-up');
  serializePlan(planVersion(0));
}

// The plan as the app opened it: each save adds a change to its history, in the same file (docs/merge.md).
const history = mode === 'save' ? new DocumentHistory((await readPlanFile(paths.plan)).history) : null;
history?.current();

for (let n = 1; ; n++) {
  // writeSync: the line is in the pipe before the round starts, whenever the kill comes.
  writeSync(1, `start ${n}\n`);
  const plan = planVersion(n);
  await recovery.write(CRASH_RECOVERY_ID, paths.plan, plan);
  if (mode === 'save') {
    await writePlanFile(paths.plan, plan, { history: history!.writer({ via: 'crash test' }, new Date()) });
    await recovery.discard(CRASH_RECOVERY_ID);
  }
  // The app does not write back to back (autosave every few seconds, saves on request): a short
  // pause lets some kills land between rounds, after a version was written in full.
  await new Promise((pause) => setTimeout(pause, Math.random() * 20));
}
