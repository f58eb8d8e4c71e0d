/** `mandate-planner protect PLAN -o OUT --passphrase-file F` and `unprotect`: a plan encrypted with a passphrase (age v1) and back. */
import { basename, resolve } from 'node:path';
import { PlannerError } from '../../../shared/result';
import { readPlanFile, writePlanFile } from '../../services/plan-file';
import { DocumentHistory } from '../../services/merge/document-history';
import { passphraseCodec } from '../../services/protection/plan-codec';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../command';
import type { CliCommand, CliContext } from '../command';
import { readPassphraseFile } from '../passphrase';

const UNREADABLE = new Set(['NOT_FOUND', 'READ_FAILED']);

function report(context: CliContext, error: unknown): void {
  if (!(error instanceof PlannerError)) throw error;
  context.err(error.message);
  for (const line of error.details ?? []) context.err(`  - ${line}`);
  context.exitCode = UNREADABLE.has(error.code) ? EXIT_USAGE : EXIT_INVALID;
}

interface Flags {
  output: string;
  passphraseFile: string;
}

const HELP = '\nThe passphrase is the first line of the passphrase file, without its line ending. OUT is an age file (age-encryption.org/v1, passphrase recipient): `age -d OUT` opens it too.\nExit codes: 0 written, 1 invalid or protected plan, wrong passphrase or the file could not be written, 2 usage error or a file cannot be read.';

export const protectCommand: CliCommand = (program, context) => {
  program
    .command('protect')
    .description('Write PLAN to OUT encrypted with a passphrase (age format), or change the passphrase of a protected plan.')
    .argument('<plan>', 'the .mplan file (plain, or protected with the same passphrase)')
    .requiredOption('-o, --output <file>', 'where to write the protected plan (replaced if it exists, its backup too)')
    .requiredOption('--passphrase-file <file>', 'a file whose first line is the passphrase')
    .addHelpText('after', HELP)
    .action(async (planFile: string, flags: Flags) => {
      try {
        const codec = passphraseCodec(await readPassphraseFile(flags.passphraseFile, context.cwd));
        const { plan, history } = await readPlanFile(resolve(context.cwd, planFile), { codec });
        const out = resolve(context.cwd, flags.output);
        // The backup of what OUT held before may be a plain plan: it is replaced by the protected one.
        // The change history goes along (encrypted with the plan), so the protected copy still merges.
        await writePlanFile(out, plan, { codec, replaceBackup: true, history: new DocumentHistory(history).writer({ via: 'cli protect' }, new Date()) });
        context.out(`Wrote "${basename(planFile)}" protected with the passphrase to "${out}".`);
        context.exitCode = EXIT_OK;
      } catch (error) {
        report(context, error);
      }
    });

  program
    .command('unprotect')
    .description('Write the protected PLAN to OUT as a plain plan file, readable without a passphrase.')
    .argument('<plan>', 'the protected .mplan file')
    .requiredOption('-o, --output <file>', 'where to write the plain plan (replaced if it exists)')
    .requiredOption('--passphrase-file <file>', 'a file whose first line is the passphrase')
    .addHelpText('after', HELP)
    .action(async (planFile: string, flags: Flags) => {
      try {
        const codec = passphraseCodec(await readPassphraseFile(flags.passphraseFile, context.cwd));
        const { plan, history } = await readPlanFile(resolve(context.cwd, planFile), { codec });
        const out = resolve(context.cwd, flags.output);
        await writePlanFile(out, plan, { replaceBackup: true, history: new DocumentHistory(history).writer({ via: 'cli unprotect' }, new Date()) });
        context.out(`Wrote "${basename(planFile)}" without protection to "${out}". Anyone who can read that file can read the plan.`);
        context.exitCode = EXIT_OK;
      } catch (error) {
        report(context, error);
      }
    });
};
