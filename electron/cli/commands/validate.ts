/** `mandate-planner validate FILE`: the same checks and messages as opening the file in the app. */
import { basename, resolve } from 'node:path';
import { readPlanFile } from '../../services/plan-file';
import { PlannerError } from '../../../shared/result';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../command';
import type { CliCommand } from '../command';
// A terminal obeys bidi controls too: the title is printed with them shown, as in the brief.
import { markControls } from '../../../shared/brief/safe-text';
import { codecFromFlag, PASSPHRASE_FILE_HELP, PROTECTED_HINT } from '../passphrase';

/** Problems with reaching the file are usage errors; problems with its content make it invalid. */
const UNREADABLE = new Set(['NOT_FOUND', 'READ_FAILED']);

export const validateCommand: CliCommand = (program, context) => {
  program
    .command('validate')
    .description('Check that FILE is a readable, valid plan, exactly as the app checks it on open.')
    .argument('<file>', 'the .mplan file to check')
    .option('--passphrase-file <file>', PASSPHRASE_FILE_HELP)
    .addHelpText('after', '\nExit codes: 0 valid, 1 not a valid plan, 2 usage error or the file cannot be read.')
    .action(async (file: string, flags: { passphraseFile?: string }) => {
      try {
        const loaded = await readPlanFile(resolve(context.cwd, file), { codec: await codecFromFlag(flags.passphraseFile, context.cwd) });
        const { plan } = loaded;
        context.out(`"${basename(file)}" is a valid Mandate Planner plan: "${markControls(plan.cover.title)}" (${plan.mandate.clauses.length} clauses, ${plan.capabilities.items.length} capability items, ${plan.risks.items.length} risks).`);
        for (const notice of loaded.notices) context.out(`Note: ${notice}`);
        context.exitCode = EXIT_OK;
      } catch (error) {
        if (!(error instanceof PlannerError)) throw error;
        context.err(error.message);
        if (error.code === 'PROTECTED') context.err(PROTECTED_HINT);
        for (const line of error.details ?? []) context.err(`  - ${line}`);
        context.exitCode = UNREADABLE.has(error.code) ? EXIT_USAGE : EXIT_INVALID;
      }
    });
};
