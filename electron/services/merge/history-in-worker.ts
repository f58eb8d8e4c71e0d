/**
 * The open documents' histories kept in a worker thread (history-worker.ts), so that building the
 * Automerge document of a large plan (seconds for 5,000 risks) never blocks the main process: the
 * window's requests are answered meanwhile (docs/merge.md §6). Each document's history is built
 * in the worker right after it opens. A save never waits for a build: when the history is not
 * ready, the plan is written with the file's previous history block (or none), and the history
 * catches up with that plan at the next save, by the change a copy of that file makes too. A
 * worker that stops is started again; while there is none, saves still work the same way.
 */
import { Worker } from 'node:worker_threads';
import type { Plan } from '../../../shared/plan/schema';
import type { ErrorCode } from '../../../shared/result';
import { PlannerError } from '../../../shared/result';
import { DocumentHistory } from './document-history';
import type { HistoryWriter, OpenedHistory } from './document-history';
import type { HistoryService, MergeRequest, MergeView } from './history-service';
import type { Choice } from './merge-core';
import type { ChangeOrigin, StoredHistory } from './plan-history';

export type ToWorker =
  | { type: 'open'; docId: string; opened: OpenedHistory; gen: number }
  | { type: 'writtenWithout'; docId: string; plan: Plan; gen: number }
  | { type: 'written'; docId: string }
  | { type: 'close'; docId: string }
  | { type: 'save'; id: number; docId: string; plan: Plan; planSha: string; origin: ChangeOrigin; at: Date; mergeId?: string }
  | { type: 'propose'; id: number; docId: string; request: MergeRequest }
  | { type: 'settle'; id: number; docId: string; mergeId: string; choices: [string, Choice][]; at: Date };

export type FromWorker =
  | { type: 'ready'; docId: string; gen: number }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; code: ErrorCode; message: string; details?: string[] };

/** A save waits this long for a history that is being built; past it, the plan is written without a new block. */
const READY_WAIT_MS = 100;
/** How long the first save of a file written before history existed waits for its history to be built. */
const LEGACY_WAIT_MS = 120_000;
/**
 * A plan with at most this many risks has its history built in milliseconds: when the worker is
 * not ready for it (still starting, busy with a large plan), its save builds the history in this
 * thread from the file, and the worker reloads it from what was written. Larger plans do not wait.
 */
const IN_THREAD_RISKS = 300;
/** A worker that keeps stopping is not started again past this many times in a session. */
const MAX_STARTS = 4;

const STOPPED = 'The merge stopped before it was finished (its helper process ended). Nothing was changed; try again.';

class WorkerGone extends Error {}

/** A request without its id (distributed over the union, which Omit is not). */
type WithoutId<M> = M extends { id: number } ? Omit<M, 'id'> : never;

interface DocState {
  /** What the file holds, as far as its history goes: what a new worker starts from. */
  file: OpenedHistory;
  gen: number;
  ready: boolean;
}

export interface WorkerHistories extends HistoryService {
  /** Resolves once every open document's history is built (benchmarks and tests). */
  whenReady(): Promise<void>;
  /** Ends the worker (as a crash would: it is started again when next needed). */
  terminate(): Promise<void>;
}

/** Histories in the worker at `workerUrl` (out/main/historyWorker.js in the app; tests pass a bootstrap of the .ts source). */
export function workerHistories(workerUrl: URL, { workerData, inThreadRisks = IN_THREAD_RISKS }: { workerData?: unknown; inThreadRisks?: number } = {}): WorkerHistories {
  const docs = new Map<string, DocState>();
  const replies = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let readyWaiters: (() => void)[] = [];
  let worker: Worker | null = null;
  let starts = 0;
  let nextId = 1;
  /** Merges in the worker: while one runs, the worker is busy for seconds, so saves do not wait for it. */
  let longJobs = 0;

  const building = () => [...docs.values()].some((d) => !d.ready);
  const settleWaiters = () => {
    if (building()) return;
    const waiting = readyWaiters;
    readyWaiters = [];
    waiting.forEach((wake) => wake());
  };
  // Only while it has work does the worker keep a process (a test, the benchmark) alive.
  const keepAlive = () => (replies.size > 0 || building() ? worker?.ref() : worker?.unref());

  function post(message: ToWorker): void {
    worker?.postMessage(message);
    keepAlive();
  }

  function openIn(docId: string, state: DocState): void {
    state.gen += 1;
    state.ready = false;
    post({ type: 'open', docId, opened: state.file, gen: state.gen });
  }

  function start(): Worker | null {
    if (worker) return worker;
    if (starts >= MAX_STARTS) return null;
    starts += 1;
    let started: Worker;
    try {
      started = new Worker(workerUrl, { workerData });
    } catch {
      return null;
    }
    worker = started;
    started.on('message', (message: FromWorker) => {
      if (message.type === 'ready') {
        const state = docs.get(message.docId);
        if (state && state.gen === message.gen) state.ready = true;
        settleWaiters();
      } else {
        const waiting = replies.get(message.id);
        replies.delete(message.id);
        if (!waiting) return;
        if (message.ok) waiting.resolve(message.value);
        else waiting.reject(new PlannerError(message.code, message.message, message.details));
      }
      keepAlive();
    });
    const gone = () => {
      if (worker !== started) return;
      worker = null;
      for (const waiting of replies.values()) waiting.reject(new WorkerGone());
      replies.clear();
      longJobs = 0;
      // A new worker rebuilds every open document from its file as it now is.
      if (start()) for (const [docId, state] of docs) openIn(docId, state);
      else for (const state of docs.values()) state.ready = true;
      settleWaiters();
    };
    started.on('error', gone);
    started.on('exit', gone);
    for (const [docId, state] of docs) openIn(docId, state);
    return started;
  }

  function request<T>(message: WithoutId<Extract<ToWorker, { id: number }>>): Promise<T> {
    if (!start()) return Promise.reject(new WorkerGone());
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      replies.set(id, { resolve: resolve as (value: unknown) => void, reject });
      post({ ...message, id } as ToWorker);
    });
  }

  /** True once the document's history is ready and the worker is free to add a save to it, waiting at most `ms`. */
  async function readyWithin(docId: string, ms: number): Promise<boolean> {
    const isReady = () => worker !== null && longJobs === 0 && !building() && docs.get(docId)?.ready === true;
    if (isReady() || ms <= 0) return isReady();
    await new Promise<void>((wake) => {
      const timer = setTimeout(wake, ms);
      readyWaiters.push(() => {
        clearTimeout(timer);
        wake();
      });
    });
    return isReady();
  }

  async function longJob<T>(run: () => Promise<T>): Promise<T> {
    longJobs += 1;
    try {
      return await run();
    } catch (error) {
      throw error instanceof WorkerGone ? new PlannerError('INTERNAL', STOPPED) : error;
    } finally {
      longJobs = Math.max(0, longJobs - 1);
    }
  }

  return {
    open(docId: string, opened: OpenedHistory): void {
      const state: DocState = docs.get(docId) ?? { file: opened, gen: 0, ready: false };
      state.file = opened;
      docs.set(docId, state);
      if (start()) openIn(docId, state);
      else state.ready = true;
    },
    close(docId: string): void {
      if (!docs.delete(docId)) return;
      post({ type: 'close', docId });
      settleWaiters();
    },
    writer(docId: string, origin: ChangeOrigin, at: Date, mergeId?: string): HistoryWriter {
      return {
        next: async (plan, planSha) => {
          const state = docs.get(docId);
          // A file written before history existed has no block to keep: written without one, its copies
          // and this document's later saves would no longer share a start. Its first save waits for the
          // build instead (in the worker; this thread stays free), once per such file.
          const legacy = state !== undefined && state.file.stored === null && !state.file.unwritten;
          if (state && (await readyWithin(docId, legacy ? LEGACY_WAIT_MS : READY_WAIT_MS))) {
            try {
              const block = await request<StoredHistory>({ type: 'save', docId, plan, planSha, origin, at, mergeId });
              return {
                block,
                done: () => {
                  state.file = { plan, stored: block, inSync: true };
                  post({ type: 'written', docId });
                },
              };
            } catch (error) {
              // A worker that stopped mid-save costs this save its new block, nothing else.
              if (!(error instanceof WorkerGone)) throw error;
            }
          }
          if (state && plan.risks.items.length <= inThreadRisks) {
            // A small plan: its history from the file, here (milliseconds); the worker then reloads it from the written file.
            const result = await new DocumentHistory(state.file).writer(origin, at).next(plan, planSha);
            return {
              block: result.block,
              done: () => {
                state.file = { plan, stored: result.block, inSync: true };
                if (worker) openIn(docId, state);
              },
            };
          }
          // Not ready: the file keeps its previous block, and the history catches up with this plan at the next save.
          return {
            block: state?.file.stored ?? null,
            done: () => {
              // A file without a block keeps the document's start, unless it is a new plan's first file (see DocumentHistory.writtenWithout).
              if (!state || (state.file.stored === null && !state.file.unwritten)) return;
              state.file = { plan, stored: state.file.stored, inSync: false };
              state.gen += 1;
              state.ready = false;
              if (worker) post({ type: 'writtenWithout', docId, plan, gen: state.gen });
              else state.ready = true;
            },
          };
        },
      };
    },
    propose(docId: string, merge: MergeRequest): Promise<MergeView> {
      if (!docs.has(docId)) this.open(docId, { plan: merge.plan, stored: null, inSync: false, unwritten: true });
      return longJob(() => request<MergeView>({ type: 'propose', docId, request: merge }));
    },
    settle(docId: string, mergeId: string, choices: [string, Choice][], at: Date): Promise<Plan> {
      return longJob(() => request<Plan>({ type: 'settle', docId, mergeId, choices, at }));
    },
    whenReady(): Promise<void> {
      return new Promise((wake) => {
        readyWaiters.push(wake);
        settleWaiters();
      });
    },
    async terminate(): Promise<void> {
      await worker?.terminate();
    },
  };
}
