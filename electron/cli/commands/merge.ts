/**
 * `mandate-planner merge PLAN OTHER -o OUT [--prefer mine|theirs]`: two copies of one plan merged
 * headless, as File › Merge a copy… does in the app. Prints what each side changed and every
 * conflict; without --prefer it writes nothing while a conflict remains (exit 3).
 */
import { basename, resolve } from 'node:path';
import { PlannerError } from '../../../shared/result';
import { readPlanFile, writePlanFile } from '../../services/plan-file';
import { DocumentHistory } from '../../services/merge/document-history';
import { mergeWithFile, settledMerge } from '../../services/merge/merge-files';
import { preferAll } from '../../services/merge/merge-core';
import type { ChangeInfo } from '../../services/merge/merge-core';
import { valueWords } from '../../services/merge/merge-words';
import type { JsonObject } from '../../services/merge/doc-shape';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../command';
import type { CliCommand } from '../command';
import { codecFromFlag, PASSPHRASE_FILE_HELP, PROTECTED_HINT } from '../passphrase';

/** Conflicts remain and nothing was written: the planner has to decide (or say which side wins). */
export const EXIT_CONFLICTS = 3;

const UNREADABLE = new Set(['NOT_FOUND', 'READ_FAILED']);

const when = (info: ChangeInfo | null) => (info === null ? 'not recorded' : `${info.at ? `${info.at.slice(0, 16).replace('T', ' ')} UTC` : 'time not recorded'}, ${info.via}`);

export const mergeCommand: CliCommand = (program, context) => {
  program
    .command('merge')
    .description('Merge OTHER, another copy of the same plan, with PLAN into OUT: every change either copy made since they diverged is kept; where both changed one value, you decide.')
    .argument('<plan>', 'your copy (.mplan)')
    .argument('<other>', 'the other copy of the same plan (.mplan)')
    .requiredOption('-o, --output <file>', 'where to write the merged plan (PLAN and OTHER are not changed)')
    .option('--prefer <side>', 'settle every conflict with this side: mine (PLAN) or theirs (OTHER)')
    .option('--passphrase-file <file>', `${PASSPHRASE_FILE_HELP}; the merged plan is protected with it too`)
    .option('--other-passphrase-file <file>', 'for a protected OTHER: its passphrase file (default: the one of --passphrase-file)')
    .addHelpText('after', `\nExit codes: 0 merged and written, 1 the copies cannot be merged or OUT could not be written, 2 usage error or a file cannot be read, ${EXIT_CONFLICTS} conflicts remain (listed; nothing written; decide them in the app, or use --prefer).`)
    .action(async (planFile: string, otherFile: string, flags: { output: string; prefer?: string; passphraseFile?: string; otherPassphraseFile?: string }) => {
      if (flags.prefer !== undefined && flags.prefer !== 'mine' && flags.prefer !== 'theirs') {
        context.err(`--prefer takes "mine" or "theirs", not "${flags.prefer}".`);
        context.exitCode = EXIT_USAGE;
        return;
      }
      try {
        const codec = await codecFromFlag(flags.passphraseFile, context.cwd);
        const otherCodec = flags.otherPassphraseFile === undefined ? codec : await codecFromFlag(flags.otherPassphraseFile, context.cwd);
        const mine = await readPlanFile(resolve(context.cwd, planFile), { codec });
        const outcome = await mergeWithFile(new DocumentHistory(mine.history).current().doc, resolve(context.cwd, otherFile), otherCodec);
        const [me, them] = [basename(planFile), basename(otherFile)];
        context.out(`Changed in ${me} (mine) since the copies diverged:`);
        for (const line of outcome.ours.length ? outcome.ours : ['nothing']) context.out(`  - ${line}`);
        context.out(`Changed in ${them} (theirs) since the copies diverged:`);
        for (const line of outcome.theirs.length ? outcome.theirs : ['nothing']) context.out(`  - ${line}`);
        if (outcome.conflicts.length === 0) context.out('No conflicts.');
        else context.out(`Conflicts (${outcome.conflicts.length}): both copies changed these differently.`);
        outcome.conflicts.forEach((conflict, i) => {
          context.out(`  ${i + 1}. ${conflict.label}`);
          context.out(`     mine:   ${valueWords(conflict.ours, conflict.deleted === 'ours')}  (${when(conflict.oursChange)})`);
          context.out(`     theirs: ${valueWords(conflict.theirs, conflict.deleted === 'theirs')}  (${when(conflict.theirsChange)})`);
        });
        if (outcome.conflicts.length > 0 && flags.prefer === undefined) {
          context.err(`${outcome.conflicts.length === 1 ? 'A conflict remains' : `${outcome.conflicts.length} conflicts remain`}, so nothing was written. Decide them in the app (File › Merge a copy…), or run again with --prefer mine or --prefer theirs.`);
          context.exitCode = EXIT_CONFLICTS;
          return;
        }
        const now = new Date();
        const choices = preferAll(outcome, flags.prefer === 'theirs' ? 'theirs' : 'ours');
        const settled = settledMerge(outcome, choices, now, me);
        const history = new DocumentHistory({ plan: settled.plan, stored: null, inSync: false });
        history.adoptMerged('cli', settled.doc, settled.plan as unknown as JsonObject);
        const stamped = { ...settled.plan, cover: { ...settled.plan.cover, modifiedAt: now.toISOString() } };
        const out = resolve(context.cwd, flags.output);
        await writePlanFile(out, stamped, { codec: mine.protected ? codec : undefined, history: history.writer({ via: 'cli merge' }, now, 'cli') });
        const settledWords = outcome.conflicts.length > 0 ? `, ${outcome.conflicts.length} conflict${outcome.conflicts.length === 1 ? '' : 's'} settled with ${flags.prefer}` : '';
        context.out(`Wrote the merged plan to "${out}"${settledWords}.`);
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
