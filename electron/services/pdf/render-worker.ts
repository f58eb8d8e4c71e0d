/**
 * Worker entry: renders one brief, or one part of a brief rendered in parts, off the main thread so
 * the app's window stays responsive while a large plan prints. Loads, then waits for one job as a
 * message (so the app can start it before it is needed), posts progress, then the bytes or an
 * error. A later part hands its bytes to the first part's
 * worker, which joins them. Built as out/main/pdfWorker.js; started by workerBriefRenderer.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { buildBriefDocument, buildBriefPart } from '../../../shared/brief/build-brief';
import { createSamplePlan } from '../../../shared/plan/sample';
import { PlannerError } from '../../../shared/result';
import { briefProgress } from './brief-progress';
import { renderBrief } from './export-brief';
import { joinParts } from './join-parts';
import { numberAcrossParts } from './part-numbering';
import { configuredPdfmake } from './pdfmake-instance';
import { renderPdf } from './render-brief';
import type { RenderedPdf } from './render-brief';
import type { PartJob, RenderJob, WorkerMessage } from './render-in-worker';

/** Bytes of the later parts, as their workers hand them over, in part order. */
function receiveParts(ports: readonly MessagePort[]): Promise<Uint8Array[]> {
  return Promise.all(
    ports.map(
      (port) =>
        new Promise<Uint8Array>((resolve) => {
          port.once('message', (bytes: Uint8Array) => {
            port.close();
            resolve(bytes);
          });
        }),
    ),
  );
}

/** The bytes as a Uint8Array, and the buffer to hand over with them when nothing else shares it. */
function handOver(bytes: Buffer): { view: Uint8Array; transfer: ArrayBuffer[] } {
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return { view, transfer: whole ? [bytes.buffer as ArrayBuffer] : [] };
}

async function renderPart(job: RenderJob, split: PartJob): Promise<RenderedPdf | null> {
  const doc = buildBriefPart(job.plan, job.options, split.part);
  doc.footer = numberAcrossParts(doc.footer, split.pageCounts, split.part.index);
  const later = split.receiveFrom ? receiveParts(split.receiveFrom) : null;
  const own = await renderPdf(doc);
  if (split.sendTo) {
    const { view, transfer } = handOver(own.bytes);
    split.sendTo.postMessage(view, transfer);
    split.sendTo.close();
    return null;
  }
  return joinParts([own.bytes, ...(later ? await later : [])]);
}

async function run(port: NonNullable<typeof parentPort>, job: RenderJob): Promise<void> {
  const post = (message: WorkerMessage) => port.postMessage(message);
  const reports = !job.split || job.split.part.index === 0;
  // pdfmake calls this for every drawn item once layout is done; only the first call is news.
  // The callback lives on pdfmake's singleton, which is safe here: this thread renders one job.
  let drawing = false;
  configuredPdfmake().setProgressCallback(() => {
    if (drawing || !reports) return;
    drawing = true;
    post({ type: 'progress', progress: briefProgress('drawing') });
  });
  try {
    const progress = (phase: 'building' | 'layout') => reports && post({ type: 'progress', progress: briefProgress(phase) });
    let pdf: RenderedPdf | null;
    if (job.split) {
      progress('building');
      progress('layout');
      pdf = await renderPart(job, job.split);
    } else {
      pdf = await renderBrief(job.plan, job.options, (p) => post({ type: 'progress', progress: p }));
    }
    if (!pdf) post({ type: 'handed-over' });
    else {
      const { view, transfer } = handOver(pdf.bytes);
      port.postMessage({ type: 'done', bytes: view, pageCount: pdf.pageCount, threadId } satisfies WorkerMessage, transfer);
    }
  } catch (error) {
    if (error instanceof PlannerError) post({ type: 'error', code: error.code, message: error.message });
    else post({ type: 'error', code: 'INTERNAL', message: `The brief could not be rendered: ${(error instanceof Error ? error.message : String(error)).replace(/\.$/, '')}. Nothing was written.` });
  }
}

/**
 * Renders the sample brief and throws it away. A fresh thread runs pdfmake's code unoptimised and
 * spends the first seconds of a long brief compiling it: a 5,000-risk brief took some 40% more
 * CPU in fresh threads than in a thread that had rendered before. Done while the worker waits in
 * the app's pool, so the planner's next brief starts with compiled code.
 */
async function warmUp(): Promise<void> {
  try {
    await renderPdf(buildBriefDocument(createSamplePlan(), { generatedAt: '2026-01-01' }));
  } catch {
    // A failed warm-up costs only speed; the job reports its own errors.
  }
}

// Loaded outside a worker (e.g. imported by mistake) it does nothing rather than hang or throw.
const port = parentPort;
if (port) {
  // One render at a time: pdfmake's settings live on a singleton, so the job waits for the warm-up.
  const ready = (workerData as { warmUp?: boolean } | null)?.warmUp ? warmUp() : Promise.resolve();
  port.once('message', (job: RenderJob) => void ready.then(() => run(port, job)));
}
