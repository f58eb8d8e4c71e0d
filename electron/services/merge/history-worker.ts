/**
 * Worker entry: keeps the change history of every open document (Automerge documents cannot move
 * between threads, so they live here; only plans, blocks and proposals cross). A document's
 * history is built as soon as it is opened, off the main thread, and the main process is told
 * when it is ready (docs/merge.md §6). Built as out/main/historyWorker.js; started by
 * workerHistories (history-in-worker.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PlannerError } from '../../../shared/result';
import { localHistories } from './history-service';
import type { FromWorker, ToWorker } from './history-in-worker';

const histories = localHistories();
/** Tests only: how long a build waits, so a save can come before the history is ready. */
const buildDelayMs = (workerData as { buildDelayMs?: number } | null)?.buildDelayMs ?? 0;

function failure(error: unknown): Extract<FromWorker, { type: 'reply' }> {
  if (error instanceof PlannerError) return { type: 'reply', id: -1, ok: false, code: error.code, message: error.message, details: error.details };
  return { type: 'reply', id: -1, ok: false, code: 'INTERNAL', message: `The change history could not be updated: ${error instanceof Error ? error.message : String(error)}` };
}

function handle(port: NonNullable<typeof parentPort>, message: ToWorker): void {
  const post = (reply: FromWorker) => port.postMessage(reply);
  const build = (docId: string, gen: number) => {
    const run = () => {
      try {
        histories.prepare(docId);
      } catch {
        // A block that does not load: the save that needs it reports that, as in the main thread.
      }
      post({ type: 'ready', docId, gen });
    };
    if (buildDelayMs > 0) setTimeout(run, buildDelayMs);
    else run();
  };
  const answer = (id: number, work: () => Promise<unknown>) =>
    work().then(
      (value) => post({ type: 'reply', id, ok: true, value }),
      (error: unknown) => post({ ...failure(error), id }),
    );
  switch (message.type) {
    case 'open':
      histories.open(message.docId, message.opened);
      build(message.docId, message.gen);
      return;
    case 'writtenWithout':
      histories.writtenWithout(message.docId, message.plan);
      build(message.docId, message.gen);
      return;
    case 'written':
      histories.written(message.docId);
      return;
    case 'close':
      histories.close(message.docId);
      return;
    case 'save':
      void answer(message.id, async () => (await histories.writer(message.docId, message.origin, message.at, message.mergeId).next(message.plan, message.planSha)).block);
      return;
    case 'propose':
      void answer(message.id, () => histories.propose(message.docId, message.request));
      return;
    case 'settle':
      void answer(message.id, () => histories.settle(message.docId, message.mergeId, message.choices, message.at));
      return;
  }
}

// Loaded outside a worker (e.g. imported by mistake) it does nothing rather than hang or throw.
const port = parentPort;
if (port) port.on('message', (message: ToWorker) => handle(port, message));
