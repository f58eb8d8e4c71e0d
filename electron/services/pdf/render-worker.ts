/**
 * Worker entry: renders one brief off the main thread so the app's window stays responsive while a
 * large plan prints. Loads, then waits for one job as a message (so the app can start it before it
 * is needed), posts progress, then the bytes or an error. Built as out/main/pdfWorker.js; started
 * by workerBriefRenderer.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { createSamplePlan } from '../../../shared/plan/sample';
import { PlannerError } from '../../../shared/result';
import { briefDocument } from './brief-document';
import { briefProgress } from './brief-progress';
import { renderBrief } from './export-brief';
import { configuredPdfmake } from './pdfmake-instance';
import { renderPdf } from './render-brief';
import type { RenderJob, WorkerMessage } from './render-in-worker';

/** The bytes as a Uint8Array, and the buffer to hand over with them when nothing else shares it. */
function handOver(bytes: Buffer): { view: Uint8Array; transfer: ArrayBuffer[] } {
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return { view, transfer: whole ? [bytes.buffer as ArrayBuffer] : [] };
}

async function run(port: NonNullable<typeof parentPort>, job: RenderJob): Promise<void> {
  const post = (message: WorkerMessage) => port.postMessage(message);
  // pdfmake calls this with the share drawn for every drawn item once layout is done; the planner
  // is told at each tenth. The callback lives on pdfmake's singleton, which is safe here: this
  // thread renders one job.
  let told = -1;
  configuredPdfmake().setProgressCallback((share: number) => {
    const tenth = Math.floor(share * 10);
    if (tenth <= told || tenth >= 10) return;
    told = tenth;
    post({ type: 'progress', progress: briefProgress('drawing', tenth / 10) });
  });
  try {
    const pdf = await renderBrief(job.plan, job.options, (p) => post({ type: 'progress', progress: p }));
    const { view, transfer } = handOver(pdf.bytes);
    port.postMessage({ type: 'done', bytes: view, pageCount: pdf.pageCount, threadId } satisfies WorkerMessage, transfer);
  } catch (error) {
    if (error instanceof PlannerError) post({ type: 'error', code: error.code, message: error.message });
    else post({ type: 'error', code: 'INTERNAL', message: `The brief could not be rendered: ${(error instanceof Error ? error.message : String(error)).replace(/\.$/, '')}. Nothing was written.` });
  }
}

/**
 * Renders the sample brief and throws it away. A fresh thread runs pdfmake's code unoptimised and
 * spends the first seconds of a long brief compiling it (docs/benchmarks.md). Done while the worker
 * waits in the app's pool, so the planner's next brief starts with compiled code.
 */
async function warmUp(): Promise<void> {
  try {
    await renderPdf(briefDocument(createSamplePlan(), { generatedAt: '2026-01-01' }));
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
