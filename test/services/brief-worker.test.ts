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
import { briefParts, SPLIT_FROM_RISKS } from '../../shared/brief/parts';
import { tempFolder, testPorts } from './helpers';
import { sourcePdfWorkerUrl } from './pdf-worker-source';

const SOURCE_WORKER = sourcePdfWorkerUrl();
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

  it('renders brief after brief on workers started while it waited, the same bytes and steps each time', async () => {
    const render = workerBriefRenderer(SOURCE_WORKER, { warm: true });
    const expected = (await renderBrief(createSamplePlan(), OPTIONS)).bytes;
    for (let i = 0; i < 3; i++) {
      const seen: string[] = [];
      const pdf = await render(createSamplePlan(), OPTIONS, (p) => seen.push(p.phase));
      expect(pdf.bytes.equals(expected)).toBe(true);
      expect(seen).toEqual(['building', 'layout', 'drawing']);
    }
  }, 60_000);

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
    const pdf = await workerBriefRenderer(SOURCE_WORKER)(planWithRisks(400), OPTIONS);
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

describe('a long brief rendered in two parts on two threads', () => {
  const plan = planWithRisks(SPLIT_FROM_RISKS);
  // Mostly annex, so 400 risks are enough to be cut in two (with the register in front they are not).
  const options = { ...OPTIONS, sections: ['cover' as const, 'contents' as const, 'annex' as const] };
  const render = workerBriefRenderer(SOURCE_WORKER);
  const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });

  it('joins into one document numbered throughout, the annex continuing where the first part stops', async () => {
    expect(briefParts(plan, options)).toHaveLength(2);
    const pdf = await render(plan, options);
    const file = join(await tempFolder(), 'long.pdf');
    await writeFile(file, pdf.bytes);
    expect(run('pdfinfo', file)).toMatch(new RegExp(`Pages:\\s+${pdf.pageCount}\\n`));
    const pages = run('pdftotext', file, '-').split('\f').slice(0, -1);
    expect(pages).toHaveLength(pdf.pageCount);
    pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pdf.pageCount}`));
    expect(pages.filter((text) => text.includes('Risk details (continued)'))).toHaveLength(1);
    const all = pages.join('');
    const annex = all.slice(all.indexOf('Each risk in full'));
    for (const risk of plan.risks.items) expect(annex).toContain(risk.ref);
    // Both parts' fonts are embedded; the contents in the first part still list the annex.
    expect(run('pdffonts', file).split('\n').slice(2).filter(Boolean).every((line) => / yes +yes +yes /.test(line))).toBe(true);
    expect(pages[1]).toContain('Annex A');
  }, 120_000);

  it('gives the same bytes every time', async () => {
    const [a, b] = [await render(plan, options), await render(plan, options)];
    expect(a.bytes.equals(b.bytes)).toBe(true);
  }, 120_000);

  it('fails as a whole, in plain words and without hanging, when either part fails', async () => {
    for (const broken of [0, SPLIT_FROM_RISKS - 1]) {
      const risks = plan.risks.items.map((r, i) => (i === broken ? ({ ...r, linkedCapabilityIds: null } as unknown as typeof r) : r));
      const error = await render({ ...plan, risks: { ...plan.risks, items: risks } }, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlannerError);
      expect(error).toMatchObject({ message: expect.stringMatching(/Nothing was written/) });
    }
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
    expect(seen).toEqual(['building', 'layout', 'drawing', 'writing']);
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
    const long = dispatch(handlers, 'renderBriefPreview', { plan: planWithRisks(1500), options: OPTIONS });
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
    const exporting = dispatch(handlers, 'exportBrief', { plan: planWithRisks(450), options: OPTIONS });
    const previewing = dispatch(handlers, 'renderBriefPreview', { plan: planWithRisks(1500), options: OPTIONS });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await dispatch(handlers, 'cancelBriefPreview', {})).toMatchObject({ ok: true });
    expect(await previewing).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await exporting).toMatchObject({ ok: true, value: { path: join(folder, 'brief.pdf') } });
    expect(execFileSync('pdfinfo', [join(folder, 'brief.pdf')]).toString()).toMatch(/Pages:\s+\d+/);
    const next = await dispatch(handlers, 'renderBriefPreview', { plan: createSamplePlan(), options: OPTIONS });
    expect(next.ok).toBe(true);
  }, 90_000);
});
