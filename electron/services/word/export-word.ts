/** The Word draft of the mandate, for the app and the CLI alike: build it, then write it safely. */
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Plan } from '../../../shared/plan/schema';
import type { BriefOptionsInput } from '../../../shared/brief/options';
import { wordDraft } from '../../../shared/brief/word-draft';
import { PlannerError } from '../../../shared/result';
import { writeFileAtomic } from '../atomic-write';

/** The .docx bytes of a plan's mandate; nothing touches the disk. */
export async function renderWordDraft(plan: Plan, options: BriefOptionsInput): Promise<{ bytes: Buffer; paragraphs: number }> {
  const draft = wordDraft(plan, options);
  // docx is a megabyte of code: the app and every CLI command would pay for loading it at start,
  // so it loads on the first Word export instead.
  const { buildDocx } = await import('./build-docx');
  return { bytes: await buildDocx(draft), paragraphs: draft.preambular.length + draft.operative.length };
}

/**
 * Writes the Word draft to `outPath` atomically (temp file, fsync, rename), so a failed export never
 * leaves a half-written file over an earlier one. Throws a WRITE_FAILED PlannerError in plain words.
 */
export async function exportWordDraft(plan: Plan, options: BriefOptionsInput, outPath: string): Promise<{ path: string; paragraphs: number; bytes: number }> {
  const folder = dirname(outPath);
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) {
    throw new PlannerError('WRITE_FAILED', `Could not write "${basename(outPath)}": the folder "${folder}" does not exist. Nothing was written.`);
  }
  const rendered = await renderWordDraft(plan, options);
  await writeFileAtomic(outPath, rendered.bytes);
  return { path: outPath, paragraphs: rendered.paragraphs, bytes: rendered.bytes.length };
}
