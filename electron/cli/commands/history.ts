/**
 * `mandate-planner history remove PLAN [--risk REF --field FIELD]`: text removed from a risk stays
 * in its history until the history goes too; this removes it (one field of one risk, or all), and
 * the plan's backup is replaced so the text is not left there either.
 */
import { basename, resolve } from 'node:path';
import { applyEdit } from '../../../shared/plan/edit';
import type { Plan } from '../../../shared/plan/schema';
import { PlannerError } from '../../../shared/result';
import { clearAllHistory, historyCount, removeFieldHistory } from '../../../shared/risks/history-edits';
import { readPlanFile, writePlanFile } from '../../services/plan-file';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../command';
import type { CliCommand, CliContext } from '../command';
import { codecFromFlag, PASSPHRASE_FILE_HELP, PROTECTED_HINT } from '../passphrase';

const UNREADABLE = new Set(['NOT_FOUND', 'READ_FAILED']);

function report(context: CliContext, error: unknown): void {
  if (!(error instanceof PlannerError)) throw error;
  context.err(error.message);
  if (error.code === 'PROTECTED') context.err(PROTECTED_HINT);
  for (const line of error.details ?? []) context.err(`  - ${line}`);
  context.exitCode = UNREADABLE.has(error.code) ? EXIT_USAGE : EXIT_INVALID;
}

interface Flags {
  risk?: string;
  field?: string;
  passphraseFile?: string;
}

export const historyCommand: CliCommand = (program, context) => {
  const history = program.command('history').description('Remove text kept in the change history of a plan\'s risks.');
  history
    .command('remove')
    .description('Remove the history of one field of one risk (--risk and --field), or of every risk (neither). The plan and its .bak no longer hold the removed text.')
    .argument('<plan>', 'the .mplan file (saved atomically; its backup is replaced by the new version)')
    .option('--risk <ref>', 'the risk, by reference (R-001) or id')
    .option('--field <name>', 'the field whose past values go, e.g. cause, owner, mitigation')
    .option('--passphrase-file <file>', PASSPHRASE_FILE_HELP)
    .addHelpText('after', '\nExit codes: 0 removed (or nothing to remove), 1 invalid or protected plan or the file could not be written, 2 usage error or the plan cannot be read.')
    .action(async (planFile: string, flags: Flags) => {
      if ((flags.risk === undefined) !== (flags.field === undefined)) {
        context.err('Give both --risk and --field to remove one field\'s history, or neither to remove the history of every risk.');
        context.exitCode = EXIT_USAGE;
        return;
      }
      try {
        const path = resolve(context.cwd, planFile);
        const codec = await codecFromFlag(flags.passphraseFile, context.cwd);
        const loaded = await readPlanFile(path, { codec });
        const plan: Plan = loaded.plan;
        let edit;
        if (flags.risk !== undefined && flags.field !== undefined) {
          const risk = plan.risks.items.find((r) => r.ref === flags.risk || r.id === flags.risk);
          if (!risk) throw new PlannerError('NOT_FOUND', `"${basename(planFile)}" has no risk ${flags.risk}.`);
          edit = removeFieldHistory(plan, risk.id, flags.field);
        } else {
          edit = clearAllHistory(plan);
        }
        const removed = historyCount(plan) - (edit ? historyCount(applyEdit(plan, edit)) : historyCount(plan));
        if (!edit) {
          context.out(`Nothing to remove: "${basename(planFile)}" keeps no such history. The plan was not rewritten.`);
          context.exitCode = EXIT_OK;
          return;
        }
        await writePlanFile(path, applyEdit(plan, edit), { codec: loaded.protected ? codec : undefined, replaceBackup: true });
        context.out(`Removed ${removed} ${removed === 1 ? 'change' : 'changes'} from the history of "${basename(planFile)}". The plan and its backup no longer hold them.`);
        context.exitCode = EXIT_OK;
      } catch (error) {
        report(context, error);
      }
    });
};
