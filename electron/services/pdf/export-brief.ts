/** The two steps the app and the CLI share: build the brief for a plan, render it, write it safely. */
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Plan } from '../../../shared/plan/schema';
import { PlannerError } from '../../../shared/result';
import { briefDocument } from './brief-document';
import type { BriefOptionsInput } from '../../../shared/brief/options';
import { writeFileAtomic } from '../atomic-write';
import { briefProgress } from './brief-progress';
import type { BriefProgressListener } from './brief-progress';
import { renderPdf } from './render-brief';
import type { RenderedPdf } from './render-brief';
import { unprintableFields } from './unprintable';

/**
 * Renders a plan's brief to bytes: in this thread (renderBrief) or in a worker (workerBriefRenderer).
 * `signal` stops the render, which then fails with CANCELLED; in this thread only before it starts.
 */
export type BriefRenderer = (plan: Plan, options: BriefOptionsInput, onProgress?: BriefProgressListener, signal?: AbortSignal) => Promise<RenderedPdf>;

/** Why a render that was stopped failed (a newer preview replaced it, or the preview closed). */
export const RENDER_STOPPED = 'Rendering the brief was stopped before it finished.';

/** Builds and renders the brief for a plan in this thread; nothing touches the disk. */
export async function renderBrief(plan: Plan, options: BriefOptionsInput, onProgress?: BriefProgressListener, signal?: AbortSignal): Promise<RenderedPdf> {
  if (signal?.aborted) throw new PlannerError('CANCELLED', RENDER_STOPPED);
  onProgress?.(briefProgress('building'));
  const doc = briefDocument(plan, options);
  onProgress?.(briefProgress('layout'));
  return renderPdf(doc);
}

/** Fails before the (possibly long) rendering when the target folder is plainly missing. */
async function checkFolder(outPath: string): Promise<void> {
  const folder = dirname(outPath);
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) {
    throw new PlannerError('WRITE_FAILED', `Could not write "${basename(outPath)}": the folder "${folder}" does not exist. Nothing was written.`);
  }
}

/**
 * Renders the brief and writes it to `outPath` atomically (temp file, fsync, rename), so a failed
 * export never leaves a half-written PDF over an earlier one. Throws a WRITE_FAILED PlannerError in
 * plain words when the path cannot be written. `unprintable` names the fields with characters no
 * shipped font has (printed as empty boxes), so the caller can say so.
 */
export async function exportBrief(
  plan: Plan,
  options: BriefOptionsInput,
  outPath: string,
  using: { render?: BriefRenderer; onProgress?: BriefProgressListener } = {},
): Promise<{ path: string; pageCount: number; bytes: number; unprintable: string[] }> {
  await checkFolder(outPath);
  const pdf = await (using.render ?? renderBrief)(plan, options, using.onProgress);
  using.onProgress?.(briefProgress('writing'));
  await writeFileAtomic(outPath, pdf.bytes);
  return { path: outPath, pageCount: pdf.pageCount, bytes: pdf.bytes.length, unprintable: unprintableFields(plan) };
}
