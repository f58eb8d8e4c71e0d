/**
 * `mandate-planner risks export PLAN -o risks.csv` and `risks import PLAN risks.csv`: the risk
 * register as a spreadsheet file, through the same services and checks as the app.
 */
import { userInfo } from 'node:os';
import { basename, resolve } from 'node:path';
import { PlannerError } from '../../../shared/result';
import { readPlanFile } from '../../services/plan-file';
import { describeCsvError, exportRisksCsvFile, importRisksCsvIntoPlanFile } from '../../services/risk-csv';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../command';
import type { CliCommand, CliContext } from '../command';
import { codecFromFlag, PASSPHRASE_FILE_HELP, PROTECTED_HINT } from '../passphrase';

/** Problems with reaching a file are usage errors; problems with its content are invalid input. */
const UNREADABLE = new Set(['NOT_FOUND', 'READ_FAILED']);

function report(context: CliContext, error: unknown): void {
  if (!(error instanceof PlannerError)) throw error;
  context.err(error.message);
  if (error.code === 'PROTECTED') context.err(PROTECTED_HINT);
  for (const line of error.details ?? []) context.err(`  - ${line}`);
  context.exitCode = UNREADABLE.has(error.code) ? EXIT_USAGE : EXIT_INVALID;
}

/** Who the history entries name when --by is not given. */
function defaultAuthor(): string {
  try {
    return `${userInfo().username} (command line)`;
  } catch {
    return 'command line';
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const risksCommand: CliCommand = (program, context) => {
  const risks = program.command('risks').description('Export or import the risk register of a plan as CSV (UTF-8, for spreadsheets).');

  risks
    .command('export')
    .description('Write the risk register of PLAN as a CSV file.')
    .argument('<plan>', 'the .mplan file')
    .requiredOption('-o, --output <file>', 'where to write the CSV, e.g. risks.csv (replaced if it exists)')
    .option('--passphrase-file <file>', PASSPHRASE_FILE_HELP)
    .addHelpText('after', '\nExit codes: 0 written, 1 invalid plan or the file could not be written, 2 usage error or the plan cannot be read.')
    .action(async (planFile: string, flags: { output: string; passphraseFile?: string }) => {
      try {
        const loaded = await readPlanFile(resolve(context.cwd, planFile), { codec: await codecFromFlag(flags.passphraseFile, context.cwd) });
        const { plan } = loaded;
        if (loaded.protected) context.err('Note: the plan is protected, but the CSV file is not: anyone who can read it can read the register.');
        const written = await exportRisksCsvFile(plan, resolve(context.cwd, flags.output));
        context.out(`Wrote ${plural(written.rows, 'risk')} from "${basename(planFile)}" to "${written.path}".`);
        context.exitCode = EXIT_OK;
      } catch (error) {
        report(context, error);
      }
    });

  risks
    .command('import')
    .description('Import risks from a CSV file into PLAN. Rows with the id (or, without an id, the reference) of an existing risk update it; other rows are added.')
    .argument('<plan>', 'the .mplan file to update (saved atomically, the previous version kept as .bak)')
    .argument('<csv>', 'the CSV file, with the header row written by `risks export`')
    .option('--skip-invalid', 'import the rows without problems even if other rows have some (the problems are still listed)')
    .option('--passphrase-file <file>', PASSPHRASE_FILE_HELP)
    .option('--by <name>', 'name recorded in the risks\' change history (default: your user name)')
    .addHelpText('after', '\nWithout --skip-invalid, any problem in the file refuses the whole import and PLAN is left unchanged.\nExit codes: 0 imported, 1 the file has problems or the plan could not be saved, 2 usage error or a file cannot be read.')
    .action(async (planFile: string, csvFile: string, flags: { skipInvalid?: boolean; by?: string; passphraseFile?: string }) => {
      const by = (flags.by ?? defaultAuthor()).slice(0, 300);
      try {
        const outcome = await importRisksCsvIntoPlanFile(resolve(context.cwd, planFile), resolve(context.cwd, csvFile), {
          skipInvalid: flags.skipInvalid === true,
          ctx: { by, now: new Date() },
          codec: await codecFromFlag(flags.passphraseFile, context.cwd),
        });
        const { preview } = outcome;
        if (preview.invalidRows > 0) {
          context.err(`Skipped ${plural(preview.invalidRows, 'row')} with problems:`);
          for (const e of preview.errors) context.err(`  - ${describeCsvError(e)}`);
          if (preview.moreErrors > 0) context.err(`  - … and ${preview.moreErrors} more problems.`);
        }
        for (const notice of outcome.notices) context.out(`Note: ${notice}`);
        context.out(
          outcome.written
            ? `Imported "${preview.fileName}" into "${basename(planFile)}": ${outcome.added} added, ${outcome.updated} updated, ${outcome.unchanged} unchanged.`
            : `"${preview.fileName}" brings no change to "${basename(planFile)}" (${outcome.unchanged} rows already match); the plan was not rewritten.`,
        );
        context.exitCode = EXIT_OK;
      } catch (error) {
        report(context, error);
        // Header problems make every row meaningless, so skipping rows cannot help there.
        const rowProblems = error instanceof PlannerError && error.code === 'INVALID_CSV' && !error.details?.some((d) => /^Row 1[,:]/.test(d));
        if (rowProblems && !flags.skipInvalid) context.err('Fix these rows and run the import again, or add --skip-invalid to import only the rows without problems.');
      }
    });
};
