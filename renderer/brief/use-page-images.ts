/** The drawn pages of the previewed PDF at the current zoom, drawn as they come into view. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { releasePages } from './pdf-document';
import type { PreviewDocument } from './pdf-document';
import { createPageStore } from './page-store';
import type { PageStore, PageView } from './page-store';

/** A zoom change (or a window resize under "fit") waits this long, so dragging redraws once. */
const SCALE_SETTLE_MS = 150;

/** Page images for `document` at `scale`, plus the callback that reports which pages are in view. */
export function usePageImages(document: PreviewDocument | null, scale: number): PageView & { setVisible: (pages: readonly number[]) => void } {
  const [view, setView] = useState<PageView>({ layer: null, updating: false, error: null });
  const store = useRef<PageStore | null>(null);
  const lastDocument = useRef<PreviewDocument | null>(null);

  useEffect(() => {
    const created = createPageStore({ release: releasePages, onChange: setView });
    store.current = created;
    return () => {
      created.dispose();
      store.current = null;
    };
  }, []);

  useEffect(() => {
    if (!document) return;
    // A new PDF is drawn at once; only a new scale for the same PDF waits to settle.
    const delay = document === lastDocument.current ? SCALE_SETTLE_MS : 0;
    lastDocument.current = document;
    const timer = window.setTimeout(() => store.current?.show(document, scale), delay);
    return () => window.clearTimeout(timer);
  }, [document, scale]);

  const setVisible = useCallback((pages: readonly number[]) => store.current?.setVisible(pages), []);
  return { ...view, setVisible };
}
