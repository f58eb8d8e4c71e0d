/**
 * Page numbers across the parts of a brief rendered in several threads. Each part learns its own
 * page count when pdfmake has laid it out and asks for its footers; only then can "Page X of Y"
 * be written, and it needs the other parts' counts. The counts meet in shared memory: each part
 * publishes its own, then waits (blocking its thread, which has nothing else to do) for the rest.
 */
import type { DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { PlannerError } from '../../../shared/result';

/** How long a part waits for the others' page counts before it gives up: far beyond any real brief. */
const WAIT_MS = 5 * 60_000;

/** Shared memory for `parts` page counts (0 = not known yet). */
export function createPageCounts(parts: number): SharedArrayBuffer {
  return new SharedArrayBuffer(parts * Int32Array.BYTES_PER_ELEMENT);
}

/** Publishes this part's page count and returns every part's, waiting for those not yet known. */
function exchange(counts: Int32Array, index: number, own: number): number[] {
  Atomics.store(counts, index, own);
  Atomics.notify(counts, index);
  const all: number[] = [];
  for (let i = 0; i < counts.length; i++) {
    while (Atomics.load(counts, i) === 0) {
      if (Atomics.wait(counts, i, 0, WAIT_MS) === 'timed-out') {
        throw new PlannerError('INTERNAL', 'Part of the brief did not finish laying out its pages. Nothing was written; try again.');
      }
    }
    all.push(Atomics.load(counts, i));
  }
  return all;
}

/**
 * Wraps a part's footer so it prints the page's number in the whole brief and the whole brief's
 * page count. pdfmake calls the footer for every page after layout, so the first call exchanges.
 */
export function numberAcrossParts(footer: TDocumentDefinitions['footer'], shared: SharedArrayBuffer, index: number): DynamicContent {
  const counts = new Int32Array(shared);
  let offset = -1;
  let total = 0;
  let own = 0;
  return (page, pageCount, size) => {
    // Counts are published once; a second layout pass with another count cannot be numbered.
    if (own && pageCount !== own) throw new PlannerError('INTERNAL', 'Part of the brief was laid out twice with different page counts. Nothing was written; try again.');
    own = pageCount;
    if (offset < 0) {
      const all = exchange(counts, index, pageCount);
      offset = all.slice(0, index).reduce((a, b) => a + b, 0);
      total = all.reduce((a, b) => a + b, 0);
    }
    return typeof footer === 'function' ? footer(page + offset, total, size) : (footer ?? null);
  };
}
