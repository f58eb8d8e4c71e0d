/**
 * `mandate-planner export PLAN -o brief.pdf`: the same brief as the app's export, from the command line;
 * `-o mandate.docx` writes the Word draft of the mandate instead. The format follows the extension.
 */
import { extname, resolve } from 'node:path';
import { BRIEF_SECTIONS, PAPER_SIZES } from '../../../shared/plan/schema';
import type { Plan } from '../../../shared/plan/schema';
import { parseSectionList } from '../../../shared/brief/options';
import type { BriefOptionsInput } from '../../../shared/brief/options';
import { BRIEFING_RISKS } from '../../../shared/brief/printed-risks';
import { isIsoDate, localDay } from '../../../shared/risks/scoring';
import { PlannerError } from '../../../shared/result';
import { readPlanFile } from '../../services/plan-file';
import { exportBrief } from '../../services/pdf/export-brief';
import { exportWordDraft } from '../../services/word/export-word';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../command';
import type { CliCommand, CliContext } from '../command';
// A terminal obeys bidi controls too: the title is printed with them shown, as in the brief.
import { markControls } from '../../../shared/brief/safe-text';
import { codecFromFlag, PASSPHRASE_FILE_HELP, PROTECTED_HINT } from '../passphrase';

interface ExportFlags {
  output: string;
  paper?: string;
  sections?: string;
  classification?: string;
  date?: string;
  redacted?: boolean;
  historyValues?: boolean;
  fullRegister?: boolean;
  passphraseFile?: string;
}

/** Problems with reaching the plan file are usage errors; problems with its content make it invalid. */
const UNREADABLE = new Set(['NOT_FOUND', 'READ_FAILED']);

export type ExportFormat = 'pdf' | 'docx';

/** The format an output path asks for, or null when its extension is neither. */
export function exportFormatOf(path: string): ExportFormat | null {
  const ext = extname(path).toLowerCase();
  return ext === '.pdf' ? 'pdf' : ext === '.docx' ? 'docx' : null;
}

/** Turns the flags into brief options, or a plain-words reason they are wrong. */
export function briefOptionsFromFlags(flags: ExportFlags, today: Date): { options: BriefOptionsInput } | { problem: string } {
  const options: BriefOptionsInput = { generatedAt: flags.date ?? localDay(today) };
  if (!isIsoDate(options.generatedAt)) return { problem: `--date must be a calendar date written YYYY-MM-DD, such as 2026-11-20 (got "${flags.date}").` };
  if (flags.paper !== undefined) {
    const paper = PAPER_SIZES.find((p) => p.toLowerCase() === flags.paper!.trim().toLowerCase());
    if (!paper) return { problem: `--paper must be ${PAPER_SIZES.join(' or ')} (got "${flags.paper}").` };
    options.paper = paper;
  }
  if (flags.sections !== undefined) {
    const { sections, unknown } = parseSectionList(flags.sections);
    if (unknown.length > 0) return { problem: `Unknown section${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}. Choose from: ${BRIEF_SECTIONS.join(', ')}.` };
    if (sections.length === 0) return { problem: `--sections needs at least one of: ${BRIEF_SECTIONS.join(', ')}.` };
    options.sections = sections;
  }
  if (flags.classification !== undefined) {
    if (flags.classification.length > 300) return { problem: '--classification is limited to 300 characters.' };
    options.classification = flags.classification;
  }
  if (flags.redacted) options.redacted = true;
  if (flags.historyValues) options.historyValues = true;
  if (flags.fullRegister) options.fullRegister = true;
  return { options };
}

function report(context: CliContext, error: PlannerError, code: number): void {
  context.err(error.message);
  if (error.code === 'PROTECTED') context.err(PROTECTED_HINT);
  for (const line of error.details ?? []) context.err(`  - ${line}`);
  context.exitCode = code;
}

export const exportCommand: CliCommand = (program, context) => {
  program
    .command('export')
    .description('Write the PDF brief for PLAN, exactly as the app exports it, or the Word draft of its mandate.')
    .argument('<plan>', 'the .mplan file to print')
    .requiredOption('-o, --output <file>', 'where to write: brief.pdf for the PDF brief, mandate.docx for the Word draft (replaced if it exists)')
    .option('--paper <size>', `paper size: ${PAPER_SIZES.join(' or ')} (default: the plan's brief setting)`)
    .option('--sections <list>', `comma-separated sections to include, from: ${BRIEF_SECTIONS.join(',')}`)
    .option('--classification <text>', 'marking printed top and bottom of every page (default: the plan\'s)')
    .option('--date <YYYY-MM-DD>', 'date printed on the brief and stored in the file (default: today)')
    .option('--redacted', 'a redacted copy: marked on every page, without evidence sources, perpetrator notes, names or fields marked sensitive')
    .option('--passphrase-file <file>', PASSPHRASE_FILE_HELP)
    .option('--history-values', 'print the old and new text of each change in Annex A (never in a redacted copy)')
    .option('--full-register', `print every risk, closed ones too, in the register and Annex A (default: the plan's setting, else the ${BRIEFING_RISKS} live risks with the highest residual scores)`)
    .addHelpText('after', '\nA .docx holds the mandate text only; --sections does not apply to it.\nThe same plan, options and date always give the same file, byte for byte.\nExit codes: 0 written, 1 invalid plan or the file could not be written, 2 usage error or the plan cannot be read.')
    .action(async (planFile: string, flags: ExportFlags) => {
      const format = exportFormatOf(flags.output);
      if (format === null) {
        context.err(`Cannot tell what to write to "${flags.output}": the file name must end in .pdf (the brief) or .docx (the Word draft of the mandate).`);
        context.exitCode = EXIT_USAGE;
        return;
      }
      const parsed = briefOptionsFromFlags(flags, new Date());
      if ('problem' in parsed) {
        context.err(parsed.problem);
        context.exitCode = EXIT_USAGE;
        return;
      }
      let plan: Plan;
      try {
        const loaded = await readPlanFile(resolve(context.cwd, planFile), { codec: await codecFromFlag(flags.passphraseFile, context.cwd) });
        plan = loaded.plan;
        if (loaded.protected) context.err('Note: the plan is protected, but the PDF brief is not: anyone who can read the PDF can read what it prints.');
        for (const notice of loaded.notices) context.out(`Note: ${notice}`);
      } catch (error) {
        if (!(error instanceof PlannerError)) throw error;
        return report(context, error, UNREADABLE.has(error.code) ? EXIT_USAGE : EXIT_INVALID);
      }
      try {
        if (format === 'docx') {
          if (flags.sections !== undefined) context.out('Note: --sections does not apply to the Word draft, which holds the mandate text only.');
          const written = await exportWordDraft(plan, parsed.options, resolve(context.cwd, flags.output));
          context.out(`Wrote the Word draft of the mandate of "${markControls(plan.cover.title)}" (${written.paragraphs} ${written.paragraphs === 1 ? 'paragraph' : 'paragraphs'}) to "${written.path}".`);
          context.exitCode = EXIT_OK;
          return;
        }
        const written = await exportBrief(plan, parsed.options, resolve(context.cwd, flags.output), { render: context.briefRenderer });
        context.out(`Wrote the brief "${markControls(plan.cover.title)}" (${written.pageCount} ${written.pageCount === 1 ? 'page' : 'pages'}) to "${written.path}".`);
        if (written.unprintable.length > 0) {
          context.err('Warning: no font of the brief has some characters; they print as empty boxes. Fields:');
          for (const field of written.unprintable) context.err(`  - ${field}`);
        }
        context.exitCode = EXIT_OK;
      } catch (error) {
        if (!(error instanceof PlannerError)) throw error;
        report(context, error, EXIT_INVALID);
      }
    });
};
