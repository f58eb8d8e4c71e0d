import { describe, expect, it } from 'vitest';
import type { PageImage, PreviewDocument } from '../../../renderer/brief/pdf-document';
import { createPageStore } from '../../../renderer/brief/page-store';
import type { PageView } from '../../../renderer/brief/page-store';

/** A document whose pages are "drawn" when the test says so; images are named doc:page@scale. */
function fakeDocument(name: string, pageCount: number) {
  const draws: { page: number; scale: number; signal: AbortSignal; finish: () => void }[] = [];
  const document: PreviewDocument = {
    pageCount,
    pageSize: { widthPt: 595, heightPt: 842 },
    drawPage(page, scale, signal) {
      return new Promise<PageImage>((resolve, reject) => {
        signal.addEventListener('abort', () => reject(new DOMException('replaced', 'AbortError')));
        draws.push({ page, scale, signal, finish: () => resolve({ url: `${name}:${page}@${scale}`, widthPt: 595, heightPt: 842 }) });
      });
    },
    destroy: () => undefined,
  };
  return { document, draws };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function harness(maxImages?: number) {
  const views: PageView[] = [];
  const released: string[] = [];
  const store = createPageStore({ release: (images) => released.push(...[...images].map((i) => i.url)), onChange: (v) => views.push(v), maxImages });
  const shown = () => {
    const layer = views.at(-1)?.layer;
    return layer ? [...layer.images.values()].map((i) => i.url).sort() : [];
  };
  /** Finishes every draw asked for so far, and the ones those lead to. */
  async function drawAll(doc: ReturnType<typeof fakeDocument>) {
    for (let i = 0; i < 50; i++) {
      await settle();
      const open = doc.draws.filter((d) => !d.signal.aborted);
      const pending = open.at(-1);
      if (!pending) return;
      doc.draws.splice(doc.draws.indexOf(pending), 1);
      pending.finish();
      await settle();
    }
  }
  return { store, views, released, shown, drawAll };
}

describe('the preview page store', () => {
  it('draws only the pages in view, even for a very long brief', async () => {
    const h = harness();
    const long = fakeDocument('long', 1200);
    h.store.setVisible([1, 2]);
    h.store.show(long.document, 1);
    await h.drawAll(long);
    expect(h.shown()).toEqual(['long:1@1', 'long:2@1']);

    h.store.setVisible([600, 601]);
    await h.drawAll(long);
    expect(h.shown()).toEqual(['long:1@1', 'long:2@1', 'long:600@1', 'long:601@1']);
  });

  it('keeps the old pages on screen until the new brief’s visible pages are drawn', async () => {
    const h = harness();
    const a4 = fakeDocument('a4', 14);
    h.store.setVisible([3, 4]);
    h.store.show(a4.document, 1);
    await h.drawAll(a4);

    const letter = fakeDocument('letter', 15);
    h.store.show(letter.document, 1);
    expect(h.views.at(-1)!.updating).toBe(true);
    letter.draws[0]!.finish();
    await settle();
    expect(h.shown()).toEqual(['a4:3@1', 'a4:4@1']);
    await h.drawAll(letter);
    expect(h.views.at(-1)!.updating).toBe(false);
    expect(h.shown()).toEqual(['letter:3@1', 'letter:4@1']);
    expect(h.released.sort()).toEqual(['a4:3@1', 'a4:4@1']);
  });

  it('redraws at a new zoom and abandons a zoom that was changed again before it was drawn', async () => {
    const h = harness();
    const doc = fakeDocument('brief', 5);
    h.store.show(doc.document, 1);
    await h.drawAll(doc);
    h.store.show(doc.document, 2);
    const abandoned = doc.draws.at(-1)!;
    h.store.show(doc.document, 3);
    expect(abandoned.signal.aborted).toBe(true);
    await h.drawAll(doc);
    expect(h.shown()).toEqual(['brief:1@3']);
  });

  it('a brief that got shorter shows its last page where the old one was scrolled further', async () => {
    const h = harness();
    const long = fakeDocument('long', 20);
    h.store.setVisible([18, 19]);
    h.store.show(long.document, 1);
    await h.drawAll(long);
    const short = fakeDocument('short', 12);
    h.store.show(short.document, 1);
    await h.drawAll(short);
    expect(h.shown()).toEqual(['short:12@1']);
  });

  it('lets go of pages scrolled far away once it holds more than its limit', async () => {
    const h = harness(4);
    const doc = fakeDocument('brief', 100);
    h.store.show(doc.document, 1);
    for (const pages of [[1, 2], [3, 4], [50, 51]]) {
      h.store.setVisible(pages);
      await h.drawAll(doc);
    }
    expect(h.shown()).toEqual(['brief:3@1', 'brief:4@1', 'brief:50@1', 'brief:51@1']);
    expect(h.released.sort()).toEqual(['brief:1@1', 'brief:2@1']);
  });

  it('gives back every image when the preview closes', async () => {
    const h = harness();
    const doc = fakeDocument('brief', 3);
    h.store.setVisible([1, 2]);
    h.store.show(doc.document, 1);
    await h.drawAll(doc);
    h.store.dispose();
    expect(h.released.sort()).toEqual(['brief:1@1', 'brief:2@1']);
  });
});
