/**
 * Worker entry: renders one brief off the main thread so the app's window stays responsive while
 * a large plan prints. Receives the job as workerData, posts progress, then the bytes or an error.
 * Built as out/main/pdfWorker.js; started by workerBriefRenderer, one worker per job.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { PlannerError } from '../../../shared/result';
import { briefProgress } from './brief-progress';
import { renderBrief } from './export-brief';
import { configuredPdfmake } from './pdfmake-instance';
import type { RenderJob, WorkerMessage } from './render-in-worker';

async function run(port: NonNullable<typeof parentPort>, job: RenderJob): Promise<void> {
  const post = (message: WorkerMessage) => port.postMessage(message);
  // pdfmake calls this for every drawn item once layout is done; only the first call is news.
  // The callback lives on pdfmake's singleton, which is safe here: this thread renders one job.
  let drawing = false;
  configuredPdfmake().setProgressCallback(() => {
    if (drawing) return;
    drawing = true;
    post({ type: 'progress', progress: briefProgress('drawing') });
  });
  try {
    const pdf = await renderBrief(job.plan, job.options, (progress) => post({ type: 'progress', progress }));
    post({ type: 'done', bytes: new Uint8Array(pdf.bytes.buffer, pdf.bytes.byteOffset, pdf.bytes.byteLength), pageCount: pdf.pageCount, threadId });
  } catch (error) {
    if (error instanceof PlannerError) post({ type: 'error', code: error.code, message: error.message });
    else post({ type: 'error', code: 'INTERNAL', message: `The brief could not be rendered: ${error instanceof Error ? error.message : String(error)}. Nothing was written.` });
  }
}

// Loaded outside a worker (e.g. imported by mistake) it does nothing rather than hang or throw.
if (parentPort && workerData) void run(parentPort, workerData as RenderJob);
