/**
 * Renders a brief in a worker thread: pdfmake's layout of a long brief takes seconds of synchronous
 * work, which on the main thread would freeze the window. The worker runs renderBrief, so a brief
 * has the same bytes whichever thread renders it.
 */
import { Worker } from 'node:worker_threads';
import type { BriefOptionsInput } from '../../../shared/brief/options';
import type { Plan } from '../../../shared/plan/schema';
import type { ErrorCode } from '../../../shared/result';
import { PlannerError } from '../../../shared/result';
import type { BriefProgress } from './brief-progress';
import { RENDER_STOPPED } from './export-brief';
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
 * How long started workers wait for a brief before they are let go, freeing their memory (some
 * 90 MiB each once warmed up). Long enough to read a long brief's preview before exporting it.
 */
const WARM_FOR_MS = 10 * 60_000;

/**
 * Workers started ahead of time: each has loaded pdfmake and its fonts' module, rendered a small
 * brief to get its code compiled, and waits for a job, so a preview or export does not pay for
 * that. Started after a job has ended (never while one renders, which would take a core from it)
 * and let go after a while unused.
 */
class WarmWorkers {
  private idle: Worker[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly url: URL,
    private readonly keep: number,
  ) {}

  /** A started worker if one waits, else a new one; either way it is the caller's now. */
  take(): Worker {
    const worker = this.idle.shift() ?? new Worker(this.url);
    worker.removeAllListeners();
    worker.ref();
    return worker;
  }

  /** Starts workers until `keep` wait, and (re)starts the clock that lets them go. */
  refill(): void {
    while (this.idle.length < this.keep) {
      let worker: Worker;
      try {
        // Waiting workers warm up (see render-worker.ts); one started for a job at once does not.
        worker = new Worker(this.url, { workerData: { warmUp: true } });
      } catch {
        return;
      }
      // An idle worker must not keep the process alive, and one that fails or ends is dropped.
      worker.unref();
      const drop = () => {
        this.idle = this.idle.filter((w) => w !== worker);
      };
      worker.on('error', drop);
      worker.on('exit', drop);
      this.idle.push(worker);
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.release(), WARM_FOR_MS);
    this.timer.unref();
  }

  private release(): void {
    for (const worker of this.idle.splice(0)) void worker.terminate();
  }
}

/**
 * A BriefRenderer that runs the worker at `workerUrl` (the built out/main/pdfWorker.js, or in tests
 * a bootstrap that loads the .ts source through tsx): one worker per job, terminated when the job
 * ends, however it ends. The resolved value also names the thread that rendered it. With `warm`,
 * as in the app, the worker for the next job is started when a job ends.
 */
export function workerBriefRenderer(workerUrl: URL, { warm = false }: { warm?: boolean } = {}): BriefRenderer {
  const pool = new WarmWorkers(workerUrl, warm ? 1 : 0);
  return (plan, options, onProgress, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(new PlannerError('CANCELLED', RENDER_STOPPED));
        return;
      }
      let worker: Worker | null = null;
      let settled = false;
      const stop = () => settle(() => reject(new PlannerError('CANCELLED', RENDER_STOPPED)));
      const settle = (action: () => void) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', stop);
        if (worker) void worker.terminate();
        action();
        pool.refill();
      };
      // Stopping a render ends its worker: the only way to stop pdfmake mid-layout.
      signal?.addEventListener('abort', stop, { once: true });
      try {
        worker = pool.take();
        worker.postMessage({ plan, options } satisfies RenderJob);
      } catch (error) {
        settle(() => reject(new PlannerError('INTERNAL', 'The PDF renderer could not start. Nothing was written; try again.', [error instanceof Error ? error.message : String(error)])));
        return;
      }
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
