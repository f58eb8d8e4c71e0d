/**
 * Which page images the preview shows. Only pages near the visible part are drawn, so a brief of
 * a thousand pages costs little more than one of ten. A new PDF or zoom is drawn off screen and
 * swapped in once its visible pages are ready, so the preview never flashes blank.
 */
import type { PageImage, PreviewDocument } from './pdf-document';

export interface PageLayer {
  document: PreviewDocument;
  scale: number;
  /** Drawn pages by page number (from 1). */
  images: ReadonlyMap<number, PageImage>;
}

export interface PageView {
  /** What is on screen; null until the first pages are drawn. */
  layer: PageLayer | null;
  /** A new PDF or zoom is being drawn and will replace what is on screen. */
  updating: boolean;
  /** Why a page could not be drawn. */
  error: string | null;
}

export interface PageStoreDeps {
  release(images: Iterable<PageImage>): void;
  onChange(view: PageView): void;
  /** Drawn pages kept for scrolling back; pages far from view are released beyond this. */
  maxImages?: number;
}

export interface PageStore {
  /** Draws `document` at `scale` and swaps it in once the visible pages are ready. */
  show(document: PreviewDocument, scale: number): void;
  /** The page numbers near the visible part of the preview, most wanted first. */
  setVisible(pages: readonly number[]): void;
  dispose(): void;
}

interface Layer {
  document: PreviewDocument;
  scale: number;
  images: Map<number, PageImage>;
}

const DEFAULT_MAX_IMAGES = 24;
const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** Creates a store that reports every change through `deps.onChange`. */
export function createPageStore(deps: PageStoreDeps): PageStore {
  const maxImages = deps.maxImages ?? DEFAULT_MAX_IMAGES;
  let current: Layer | null = null;
  let next: Layer | null = null;
  let visible: readonly number[] = [1];
  let drawing: AbortController | null = null;
  let running = false;
  let disposed = false;
  let error: string | null = null;

  const emit = () => {
    if (disposed) return;
    const layer = current && { document: current.document, scale: current.scale, images: new Map(current.images) };
    deps.onChange({ layer, updating: next !== null, error });
  };

  /** The visible pages that exist in this layer's document. */
  function wantedIn(layer: Layer): number[] {
    const count = layer.document.pageCount;
    const pages = [...new Set(visible.map((n) => Math.min(Math.max(n, 1), count)))];
    return pages.length ? pages : [1];
  }

  function drop(layer: Layer | null) {
    if (layer) deps.release(layer.images.values());
  }

  /** Releases the drawn pages farthest from view once more than `maxImages` are kept. */
  function evict(layer: Layer) {
    if (layer.images.size <= maxImages) return;
    const keep = new Set(wantedIn(layer));
    const centre = visible.reduce((sum, n) => sum + n, 0) / Math.max(visible.length, 1);
    const far = [...layer.images.keys()].filter((n) => !keep.has(n)).sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
    for (const n of far.slice(0, layer.images.size - maxImages)) {
      deps.release([layer.images.get(n)!]);
      layer.images.delete(n);
    }
  }

  async function pump(): Promise<void> {
    if (running) return;
    running = true;
    try {
      while (!disposed) {
        const layer = next ?? current;
        if (!layer) break;
        const page = wantedIn(layer).find((n) => !layer.images.has(n));
        if (page === undefined) {
          if (layer !== next) break;
          drop(current);
          current = next;
          next = null;
          emit();
          continue;
        }
        const controller = new AbortController();
        drawing = controller;
        try {
          const image = await layer.document.drawPage(page, layer.scale, controller.signal);
          if (disposed || (layer !== next && layer !== current)) {
            deps.release([image]);
            continue;
          }
          layer.images.set(page, image);
          if (layer === current) {
            evict(layer);
            emit();
          }
        } catch (failure) {
          // Aborted by us: something newer is wanted. Aborted otherwise: the document was closed
          // under us, and a new one is on its way through show().
          if (controller.signal.aborted) continue;
          if (!isAbort(failure)) {
            error = failure instanceof Error ? failure.message : String(failure);
            emit();
          }
          break;
        } finally {
          drawing = null;
        }
      }
    } finally {
      running = false;
    }
  }

  return {
    show(document, scale) {
      if (disposed) return;
      const target = next ?? current;
      if (target && target.document === document && target.scale === scale) return;
      drawing?.abort();
      drop(next);
      error = null;
      // Back to exactly what is on screen (a zoom undone): nothing new to draw.
      next = current && current.document === document && current.scale === scale ? null : { document, scale, images: new Map() };
      emit();
      void pump();
    },
    setVisible(pages) {
      if (disposed) return;
      visible = pages.length ? [...pages] : [1];
      void pump();
    },
    dispose() {
      disposed = true;
      drawing?.abort();
      drop(next);
      drop(current);
      next = null;
      current = null;
    },
  };
}
