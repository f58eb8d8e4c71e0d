import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import type { BriefProgress } from '../../electron/services/pdf/brief-progress';
import { renderBrief } from '../../electron/services/pdf/export-brief';
import { workerBriefRenderer } from '../../electron/services/pdf/render-in-worker';
import { createSamplePlan } from '../../shared/plan/sample';
import { PlannerError } from '../../shared/result';
import { planWithRisks } from '../bench/_large-plan';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { tempFolder, testPorts } from './helpers';
import { sourcePdfWorkerUrl } from './pdf-worker-source';

const SOURCE_WORKER = sourcePdfWorkerUrl();
const OPTIONS = { generatedAt: '2026-11-20' };
/** The steps in order, drawing once (it is reported at each tenth). */
const steps = (phases: readonly string[]) => phases.filter((p, i) => p !== phases[i - 1]);

describe('rendering the brief in a worker thread', () => {
  it('prints exactly the same bytes as rendering in the calling thread, as the CLI does', async () => {
    const inWorker = await workerBriefRenderer(SOURCE_WORKER)(createSamplePlan(), OPTIONS);
    const inProcess = await renderBrief(createSamplePlan(), OPTIONS);
    expect(inWorker.threadId).toBeGreaterThan(0);
    expect(inWorker.threadId).not.toBe(threadId);
    expect(inWorker.pageCount).toBe(inProcess.pageCount);
    expect(inWorker.bytes.equals(inProcess.bytes)).toBe(true);
  });

  it('renders brief after brief on workers started while it waited, the same bytes and steps each time', async () => {
    const render = workerBriefRenderer(SOURCE_WORKER, { warm: true });
    const expected = (await renderBrief(createSamplePlan(), OPTIONS)).bytes;
    for (let i = 0; i < 3; i++) {
      const seen: string[] = [];
      const pdf = await render(createSamplePlan(), OPTIONS, (p) => seen.push(p.phase));
      expect(pdf.bytes.equals(expected)).toBe(true);
      expect(steps(seen)).toEqual(['building', 'layout', 'drawing']);
    }
  }, 60_000);

  it('reports each step in order while it renders', async () => {
    const seen: BriefProgress[] = [];
    await workerBriefRenderer(SOURCE_WORKER)(createSamplePlan(), OPTIONS, (progress) => seen.push(progress));
    expect(steps(seen.map((p) => p.phase))).toEqual(['building', 'layout', 'drawing']);
    expect(seen.every((p) => p.message.length > 0)).toBe(true);
  });

  it('keeps the main thread responsive while a large brief renders', async () => {
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(performance.now()), 10);
    const start = performance.now();
    const pdf = await workerBriefRenderer(SOURCE_WORKER)(planWithRisks(400), { ...OPTIONS, fullRegister: true });
    const end = performance.now();
    clearInterval(timer);
    const times = [start, ...ticks, end];
    const longestStall = Math.max(...times.slice(1).map((t, i) => t - times[i]!));
    expect(pdf.pageCount).toBeGreaterThan(10);
    // Rendered in this thread, the whole render is one synchronous stall with no tick at all.
    expect(longestStall).toBeLessThan((end - start) / 2);
  }, 60_000);

  it('reports a worker that cannot start as a plain PlannerError', async () => {
    const missing = workerBriefRenderer(new URL('./no-such-worker.js', import.meta.url));
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

describe('a full register in one worker thread', () => {
  const plan = planWithRisks(400);
  const options = { ...OPTIONS, fullRegister: true };

  it('prints every risk, numbered throughout, the same bytes as this thread, telling how far drawing has got', async () => {
    const seen: BriefProgress[] = [];
    const pdf = await workerBriefRenderer(SOURCE_WORKER)(plan, options, (p) => seen.push(p));
    expect(pdf.bytes.equals((await renderBrief(plan, options)).bytes)).toBe(true);
    const file = join(await tempFolder(), 'long.pdf');
    await writeFile(file, pdf.bytes);
    const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 }).split('\f').slice(0, -1);
    expect(pages).toHaveLength(pdf.pageCount);
    pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pdf.pageCount}`));
    const annex = pages.join('').slice(pages.join('').indexOf('Each risk in full'));
    for (const risk of plan.risks.items) expect(annex).toContain(risk.ref);
    const drawing = seen.filter((p) => p.phase === 'drawing').map((p) => p.message);
    expect(drawing).toEqual(['Drawing pages…', ...[10, 20, 30, 40, 50, 60, 70, 80, 90].map((n) => `Drawing pages (${n}%)…`)]);
  }, 120_000);
});

describe('the brief handlers with a PDF worker', () => {
  it('exports through the worker and tells the planner each step, ending with the write', async () => {
    const seen: string[] = [];
    const ports = { ...(await testPorts()), pdfWorkerUrl: SOURCE_WORKER, onBriefProgress: (p: BriefProgress) => void seen.push(p.phase) };
    const folder = await tempFolder();
    ports.dialogs.saveAnswers.push(join(folder, 'brief.pdf'));
    const result = await dispatch(createHandlers(ports), 'exportBrief', { plan: createSamplePlan(), options: OPTIONS });
    expect(result).toMatchObject({ ok: true, value: { path: join(folder, 'brief.pdf') } });
    const written = await readFile(join(folder, 'brief.pdf'));
    expect(written.equals((await renderBrief(createSamplePlan(), OPTIONS)).bytes)).toBe(true);
    expect(steps(seen)).toEqual(['building', 'layout', 'drawing', 'writing']);
  });

  it('previews through the worker', async () => {
    const ports = { ...(await testPorts()), pdfWorkerUrl: SOURCE_WORKER };
    const result = await dispatch(createHandlers(ports), 'renderBriefPreview', { plan: createSamplePlan(), options: OPTIONS });
    if (!result.ok) throw new Error(result.error.message);
    expect(Buffer.from(result.value.pdfBase64, 'base64').equals((await renderBrief(createSamplePlan(), OPTIONS)).bytes)).toBe(true);
  });
});

describe('stopping a preview nobody will look at', () => {
  it('a newer preview stops the one still rendering, which reports CANCELLED; the newer one is shown', async () => {
    const ports = { ...(await testPorts()), pdfWorkerUrl: SOURCE_WORKER };
    const handlers = createHandlers(ports);
    const long = dispatch(handlers, 'renderBriefPreview', { plan: planWithRisks(1500), options: { ...OPTIONS, fullRegister: true } });
    // Let the long one start rendering in its workers before the planner changes the plan.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const newer = await dispatch(handlers, 'renderBriefPreview', { plan: createSamplePlan(), options: OPTIONS });
    expect(await long).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    if (!newer.ok) throw new Error(newer.error.message);
    expect(Buffer.from(newer.value.pdfBase64, 'base64').equals((await renderBrief(createSamplePlan(), OPTIONS)).bytes)).toBe(true);
  }, 60_000);

  it('cancelling stops the preview in progress, never an export, and the next preview renders as usual', async () => {
    const ports = { ...(await testPorts()), pdfWorkerUrl: SOURCE_WORKER };
    const handlers = createHandlers(ports);
    const folder = await tempFolder();
    ports.dialogs.saveAnswers.push(join(folder, 'brief.pdf'));
    const exporting = dispatch(handlers, 'exportBrief', { plan: planWithRisks(450), options: { ...OPTIONS, fullRegister: true } });
    const previewing = dispatch(handlers, 'renderBriefPreview', { plan: planWithRisks(1500), options: { ...OPTIONS, fullRegister: true } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await dispatch(handlers, 'cancelBriefPreview', {})).toMatchObject({ ok: true });
    expect(await previewing).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await exporting).toMatchObject({ ok: true, value: { path: join(folder, 'brief.pdf') } });
    expect(execFileSync('pdfinfo', [join(folder, 'brief.pdf')]).toString()).toMatch(/Pages:\s+\d+/);
    const next = await dispatch(handlers, 'renderBriefPreview', { plan: createSamplePlan(), options: OPTIONS });
    expect(next.ok).toBe(true);
  }, 90_000);
});
