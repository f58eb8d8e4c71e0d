/**
 * The risk register's CSV files on disk. Export writes atomically; reading is size-limited and only
 * previews (rows and row-level problems, nothing applied); importing into a plan file validates
 * everything first and replaces the plan atomically, so a bad file never touches a good plan.
 */
import { basename } from 'node:path';
import type { Plan } from '../../shared/plan/schema';
import { applyEdit } from '../../shared/plan/edit';
import { PlannerError } from '../../shared/result';
import { parseRisksCsv, risksToCsv } from '../../shared/risks/csv';
import type { CsvRowError, ParseOptions, RiskCsvParse } from '../../shared/risks/csv';
import { planRiskImport } from '../../shared/risks/csv-merge';
import type { RiskImportPlan } from '../../shared/risks/csv-merge';
import type { EditContext } from '../../shared/risks/new-risk';
import { writeFileAtomic } from './atomic-write';
import { describeOddKind, NotRegularFileError, readRegularFile, TooManyBytesError } from './bounded-read';
import { changedOnDisk, formatSize, readPlanFile, writePlanFile } from './plan-file';
import { DocumentHistory } from './merge/document-history';
import { withPlanLock } from './plan-lock';
import type { PlanCodec } from './protection/plan-codec';

/** 20,000 risks with long texts fit in a few MB; anything far larger is not a register export. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

export interface RiskCsvPreview extends RiskCsvParse {
  fileName: string;
}

/** Writes the plan's register as CSV, atomically; returns the path and the number of risks. */
export async function exportRisksCsvFile(plan: Plan, path: string): Promise<{ path: string; rows: number }> {
  await writeFileAtomic(path, risksToCsv(plan.risks.items, plan.risks.bands));
  return { path, rows: plan.risks.items.length };
}

function decode(bytes: Uint8Array, name: string): string {
  // Excel's "Unicode text" export is UTF-16 with a byte-order mark; everything else must be UTF-8.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PlannerError(
      'INVALID_CSV',
      `Cannot read "${name}": it is not UTF-8 text. In your spreadsheet, save it as "CSV UTF-8 (comma delimited)" and try again. Nothing was imported.`,
    );
  }
}

/** Reads and checks a CSV file without applying it to anything. Throws a PlannerError when unreadable. */
export async function readRisksCsvFile(path: string, options: ParseOptions & { maxBytes?: number } = {}): Promise<RiskCsvPreview> {
  const name = basename(path);
  const maxBytes = options.maxBytes ?? MAX_CSV_BYTES;
  let bytes: Buffer;
  try {
    bytes = (await readRegularFile(path, maxBytes)).bytes;
  } catch (error) {
    if (error instanceof NotRegularFileError) {
      throw new PlannerError('INVALID_CSV', `Cannot read "${name}": it is ${describeOddKind(error.kind)}. Choose a CSV file. Nothing was imported.`);
    }
    if (error instanceof TooManyBytesError) {
      throw new PlannerError('TOO_LARGE', `Cannot read "${name}": it is more than the ${formatSize(maxBytes)} limit for a risk register CSV. Nothing was imported.`);
    }
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' || code === 'ENOTDIR'
      ? new PlannerError('NOT_FOUND', `Cannot read "${name}": the file could not be found.`)
      : new PlannerError('READ_FAILED', `Cannot read "${name}": the system could not read it.`);
  }
  return { fileName: name, ...parseRisksCsv(decode(bytes, name), options) };
}

/** One line per row-level problem, as the CLI and error details print them. */
export function describeCsvError(e: CsvRowError): string {
  return e.column ? `Row ${e.row}, ${e.column}: ${e.reason}` : `Row ${e.row}: ${e.reason}`;
}

export interface ImportIntoFileOptions {
  /** Import the good rows even when others have problems (the problems are still reported). */
  skipInvalid?: boolean;
  ctx: EditContext;
  parse?: ParseOptions;
  /** For a protected plan: read with it, and saved protected again. */
  codec?: PlanCodec;
}

export interface ImportIntoFileOutcome extends Omit<RiskImportPlan, 'edit'> {
  preview: RiskCsvPreview;
  /** False when the file brought no change, so the plan was not rewritten. */
  written: boolean;
}

/**
 * Imports a CSV file into a plan file. Refuses (PlannerError INVALID_CSV, plan untouched) when any
 * row has a problem unless skipInvalid is set; header problems always refuse. The plan is saved
 * through the plan-file service: validated, atomic, previous version kept as a backup.
 */
export async function importRisksCsvIntoPlanFile(planPath: string, csvPath: string, options: ImportIntoFileOptions): Promise<ImportIntoFileOutcome> {
  // The plan is read under its lock, so a second import waits and then starts from this one's result.
  return withPlanLock(planPath, () => importLocked(planPath, csvPath, options));
}

async function importLocked(planPath: string, csvPath: string, options: ImportIntoFileOptions): Promise<ImportIntoFileOutcome> {
  const loaded = await readPlanFile(planPath, { codec: options.codec });
  const preview = await readRisksCsvFile(csvPath, options.parse);
  const problems = preview.errors.length + preview.moreErrors;
  const headerBroken = preview.errors.some((e) => e.row === 1) || preview.rows.length === 0;
  if (problems > 0 && (headerBroken || !options.skipInvalid)) {
    const lines = preview.errors.map(describeCsvError);
    if (preview.moreErrors > 0) lines.push(`… and ${preview.moreErrors} more problems.`);
    const where = headerBroken ? 'its columns or contents' : `${preview.invalidRows} of its ${preview.dataRows} rows`;
    throw new PlannerError('INVALID_CSV', `"${preview.fileName}" was not imported: there are problems in ${where}. "${basename(planPath)}" was not changed.`, lines);
  }
  const planned = planRiskImport(loaded.plan, preview, options.ctx, preview.fileName);
  if (planned.conflicts?.length) {
    throw new PlannerError('INVALID_CSV', `"${preview.fileName}" was not imported: some rows give a risk the reference of another. "${basename(planPath)}" was not changed.`, planned.conflicts);
  }
  if (planned.refused) throw new PlannerError('TOO_LARGE', `${planned.refused} "${basename(planPath)}" was not changed.`);
  const { edit, ...summary } = planned;
  if (!edit) return { ...summary, preview, written: false };
  const next = applyEdit(loaded.plan, edit);
  const stamped: Plan = { ...next, cover: { ...next.cover, modifiedAt: options.ctx.now.toISOString() } };
  // The app does not take the lock while the planner edits; it checks on save. This is the same check.
  if (await changedOnDisk(planPath, loaded.fingerprint)) {
    throw new PlannerError('CHANGED_ON_DISK', `"${basename(planPath)}" was changed by another program while "${preview.fileName}" was being imported, so nothing was imported. Run the import again.`);
  }
  // The import is one change in the plan's history, so copies of the plan still merge (docs/merge.md).
  const history = new DocumentHistory(loaded.history).writer({ via: 'cli risks import' }, options.ctx.now);
  await writePlanFile(planPath, stamped, { codec: loaded.protected ? options.codec : undefined, history });
  return { ...summary, preview, written: true };
}
