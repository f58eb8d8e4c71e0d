/**
 * Renders a brief in a worker thread: pdfmake's layout of a 5,000-risk brief takes seconds of
 * synchronous work, which on the main thread would freeze the window. Same bytes as renderBrief.
 */
import { Worker } from 'node:worker_threads';
import type { BriefOptionsInput } from '../../../shared/brief/options';
import type { Plan } from '../../../shared/plan/schema';
import type { ErrorCode } from '../../../shared/result';
import { PlannerError } from '../../../shared/result';
import type { BriefProgress } from './brief-progress';
import type { BriefRenderer } from './export-brief';

export interface RenderJob {
  plan: Plan;
  options: BriefOptionsInput;
}

export type WorkerMessage =
  | { type: 'progress'; progress: BriefProgress }
  | { type: 'done'; bytes: Uint8Array; pageCount: number; threadId: number }
  | { type: 'error'; code: ErrorCode; message: string };

const STOPPED = 'The PDF renderer stopped before the brief was finished. Nothing was written; try again.';

/**
 * A BriefRenderer that runs the worker at `workerUrl` (the built out/main/pdfWorker.js, or in tests
 * a bootstrap that loads the .ts source through tsx), one worker per job, terminated when the job
 * ends, however it ends. The resolved value also names the worker's thread, so callers can see
 * where it ran.
 */
export function workerBriefRenderer(workerUrl: URL): BriefRenderer {
  return (plan, options, onProgress) =>
    new Promise((resolve, reject) => {
      let worker: Worker;
      try {
        worker = new Worker(workerUrl, { workerData: { plan, options } satisfies RenderJob });
      } catch (error) {
        reject(new PlannerError('INTERNAL', 'The PDF renderer could not start. Nothing was written; try again.', [error instanceof Error ? error.message : String(error)]));
        return;
      }
      let settled = false;
      const settle = (action: () => void) => {
        if (settled) return;
        settled = true;
        void worker.terminate();
        action();
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') {
          if (!settled) onProgress?.(message.progress);
        } else if (message.type === 'done') {
          const bytes = Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength);
          settle(() => resolve({ bytes, pageCount: message.pageCount, threadId: message.threadId }));
        } else {
          settle(() => reject(new PlannerError(message.code, message.message)));
        }
      });
      worker.on('error', (error) => settle(() => reject(new PlannerError('INTERNAL', 'The PDF renderer failed before the brief was finished. Nothing was written; try again.', [error.message]))));
      worker.on('exit', () => settle(() => reject(new PlannerError('INTERNAL', STOPPED))));
    });
}
