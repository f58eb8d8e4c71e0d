import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import type { BriefProgress } from '../../electron/services/pdf/brief-progress';
import { renderBrief } from '../../electron/services/pdf/export-brief';
import { workerBriefRenderer } from '../../electron/services/pdf/render-in-worker';
import type { PdfWorkerSpec } from '../../electron/services/pdf/render-in-worker';
import { createSamplePlan } from '../../shared/plan/sample';
import { PlannerError } from '../../shared/result';
import { planWithRisks } from '../bench/_large-plan';
import { tempFolder, testPorts } from './helpers';

/** The worker's TypeScript source, run through tsx as the built app runs out/main/pdfWorker.js. */
const SOURCE_WORKER: PdfWorkerSpec = { url: new URL('../../electron/services/pdf/render-worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] };
const OPTIONS = { generatedAt: '2026-11-20' };

describe('rendering the brief in a worker thread', () => {
  it('prints exactly the same bytes as rendering in the calling thread, as the CLI does', async () => {
    const inWorker = await workerBriefRenderer(SOURCE_WORKER)(createSamplePlan(), OPTIONS);
    const inProcess = await renderBrief(createSamplePlan(), OPTIONS);
    expect(inWorker.threadId).toBeGreaterThan(0);
    expect(inWorker.threadId).not.toBe(threadId);
    expect(inWorker.pageCount).toBe(inProcess.pageCount);
    expect(inWorker.bytes.equals(inProcess.bytes)).toBe(true);
  });

  it('reports each step in order while it renders', async () => {
    const seen: BriefProgress[] = [];
    await workerBriefRenderer(SOURCE_WORKER)(createSamplePlan(), OPTIONS, (progress) => seen.push(progress));
    expect(seen.map((p) => p.phase)).toEqual(['building', 'layout', 'drawing']);
    expect(seen.every((p) => p.message.length > 0)).toBe(true);
  });

  it('keeps the main thread responsive while a large brief renders', async () => {
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(performance.now()), 10);
    const start = performance.now();
    const pdf = await workerBriefRenderer(SOURCE_WORKER)(planWithRisks(1500), OPTIONS);
    const took = performance.now() - start;
    clearInterval(timer);
    const gaps = [start, ...ticks].slice(1).map((t, i) => t - [start, ...ticks][i]!);
    expect(pdf.pageCount).toBeGreaterThan(20);
    // Rendered in this thread, the layout alone would be one gap as long as most of the render.
    expect(Math.max(...gaps)).toBeLessThan(took / 2);
  });

  it('reports a worker that cannot start as a plain PlannerError', async () => {
    const missing = workerBriefRenderer({ url: new URL('./no-such-worker.js', import.meta.url) });
    const error = await missing(createSamplePlan(), OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlannerError);
    expect(error).toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/PDF renderer .*Nothing was written/) });
  });

  it('passes a failure inside the worker back with its message and ends the worker', async () => {
    const broken = { ...createSamplePlan(), risks: null } as unknown as ReturnType<typeof createSamplePlan>;
    const error = await workerBriefRenderer(SOURCE_WORKER)(broken, OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlannerError);
    expect(error).toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/^The brief could not be rendered: .*Nothing was written\.$/) });
  });
});

describe('the brief handlers with a PDF worker', () => {
  it('exports through the worker and tells the planner each step, ending with the write', async () => {
    const seen: string[] = [];
    const ports = { ...(await testPorts()), pdfWorker: SOURCE_WORKER, onBriefProgress: (p: BriefProgress) => void seen.push(p.phase) };
    const folder = await tempFolder();
    ports.dialogs.saveAnswers.push(join(folder, 'brief.pdf'));
    const result = await dispatch(createHandlers(ports), 'exportBrief', { plan: createSamplePlan(), options: OPTIONS });
    expect(result).toMatchObject({ ok: true, value: { path: join(folder, 'brief.pdf') } });
    const written = await readFile(join(folder, 'brief.pdf'));
    expect(written.equals((await renderBrief(createSamplePlan(), OPTIONS)).bytes)).toBe(true);
    expect(seen).toEqual(['building', 'layout', 'drawing', 'writing']);
  });

  it('previews through the worker', async () => {
    const ports = { ...(await testPorts()), pdfWorker: SOURCE_WORKER };
    const result = await dispatch(createHandlers(ports), 'renderBriefPreview', { plan: createSamplePlan(), options: OPTIONS });
    if (!result.ok) throw new Error(result.error.message);
    expect(Buffer.from(result.value.pdfBase64, 'base64').equals((await renderBrief(createSamplePlan(), OPTIONS)).bytes)).toBe(true);
  });
});
