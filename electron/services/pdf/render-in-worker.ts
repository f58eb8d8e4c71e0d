/**
 * Renders a brief in worker threads: pdfmake's layout of a 5,000-risk brief takes seconds of
 * synchronous work, which on the main thread would freeze the window. A short brief is one job
 * with the same bytes as renderBrief; a long one is rendered in parts on separate cores.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { BriefOptionsInput } from '../../../shared/brief/options';
import { briefParts } from '../../../shared/brief/parts';
import type { BriefPart } from '../../../shared/brief/parts';
import type { Plan } from '../../../shared/plan/schema';
import type { ErrorCode } from '../../../shared/result';
import { PlannerError } from '../../../shared/result';
import type { BriefProgress } from './brief-progress';
import type { BriefRenderer } from './export-brief';
import { createPageCounts } from './part-numbering';

/** One part of a brief rendered in parts (see shared/brief/parts.ts). */
export interface PartJob {
  part: BriefPart;
  /** Every part's page count, shared by the part workers (see part-numbering.ts). */
  pageCounts: SharedArrayBuffer;
  /** Later parts: where to hand the rendered bytes. */
  sendTo?: MessagePort;
  /** The first part: where the later parts' bytes arrive, in part order. */
  receiveFrom?: MessagePort[];
}

export interface RenderJob {
  plan: Plan;
  options: BriefOptionsInput;
  split?: PartJob;
}

export type WorkerMessage =
  | { type: 'progress'; progress: BriefProgress }
  | { type: 'done'; bytes: Uint8Array; pageCount: number; threadId: number }
  /** A later part gave its bytes to the first part's worker and is finished. */
  | { type: 'handed-over' }
  | { type: 'error'; code: ErrorCode; message: string };

const STOPPED = 'The PDF renderer stopped before the brief was finished. Nothing was written; try again.';

/** The jobs for a brief: one, or one per part with the ports and shared page counts wired up. */
function jobsFor(plan: Plan, options: BriefOptionsInput, threads: number): Array<{ job: RenderJob; transfer: MessagePort[] }> {
  const single = [{ job: { plan, options }, transfer: [] }];
  let parts: BriefPart[];
  try {
    parts = briefParts(plan, options, threads);
  } catch {
    // A plan the brief cannot be built from fails in the worker, which reports why in plain words.
    return single;
  }
  if (parts.length === 1) return single;
  const pageCounts = createPageCounts(parts.length);
  const channels = parts.slice(1).map(() => new MessageChannel());
  return parts.map((part, i) => {
    if (i === 0) {
      const receiveFrom = channels.map((c) => c.port2);
      return { job: { plan, options, split: { part, pageCounts, receiveFrom } }, transfer: receiveFrom };
    }
    const sendTo = channels[i - 1]!.port1;
    return { job: { plan, options, split: { part, pageCounts, sendTo } }, transfer: [sendTo] };
  });
}

/** Two threads at most: the machines this runs on have two cores or more, and a third part would mostly add joining. */
function defaultThreads(): number {
  return Math.min(2, availableParallelism());
}

/**
 * A BriefRenderer that runs the worker at `workerUrl` (the built out/main/pdfWorker.js, or in tests
 * a bootstrap that loads the .ts source through tsx): one worker per job, or for a long brief one
 * per part (rendered at once on separate cores and joined by the first), all terminated when the
 * job ends, however it ends. The resolved value also names the thread that finished it.
 */
export function workerBriefRenderer(workerUrl: URL, { threads = defaultThreads() }: { threads?: number } = {}): BriefRenderer {
  return (plan, options, onProgress) =>
    new Promise((resolve, reject) => {
      const workers: Worker[] = [];
      let settled = false;
      const settle = (action: () => void) => {
        if (settled) return;
        settled = true;
        for (const w of workers) void w.terminate();
        action();
      };
      const handedOver = new Set<Worker>();
      try {
        for (const { job, transfer } of jobsFor(plan, options, threads)) {
          workers.push(new Worker(workerUrl, { workerData: job satisfies RenderJob, transferList: transfer }));
        }
      } catch (error) {
        settle(() => reject(new PlannerError('INTERNAL', 'The PDF renderer could not start. Nothing was written; try again.', [error instanceof Error ? error.message : String(error)])));
        return;
      }
      for (const worker of workers) {
        worker.on('message', (message: WorkerMessage) => {
          if (message.type === 'progress') {
            if (!settled) onProgress?.(message.progress);
          } else if (message.type === 'handed-over') {
            handedOver.add(worker);
          } else if (message.type === 'done') {
            const bytes = Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength);
            settle(() => resolve({ bytes, pageCount: message.pageCount, threadId: message.threadId }));
          } else {
            settle(() => reject(new PlannerError(message.code, message.message)));
          }
        });
        worker.on('error', (error) => settle(() => reject(new PlannerError('INTERNAL', 'The PDF renderer failed before the brief was finished. Nothing was written; try again.', [error.message]))));
        worker.on('exit', () => {
          if (!handedOver.has(worker)) settle(() => reject(new PlannerError('INTERNAL', STOPPED)));
        });
      }
    });
}
