import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { PageLayer } from './page-store';
import { displaySize } from './zoom';

export interface PreviewPagesProps {
  layer: PageLayer;
  zoom: number;
  /** What is shown belongs to an earlier version while a new one is prepared. */
  stale: boolean;
  /** The scrolling element, to tell which pages are in view. */
  viewport: RefObject<HTMLDivElement | null>;
  onVisible: (pages: readonly number[]) => void;
}

/** Pages this far above or below the visible part are drawn ahead of scrolling. */
const AHEAD = '100% 0px';

/** The brief's pages as a column: drawn pages as images, the others as blank sheets until they scroll into view. */
export function PreviewPages({ layer, zoom, stale, viewport, onVisible }: PreviewPagesProps) {
  const list = useRef<HTMLOListElement>(null);
  const count = layer.document.pageCount;
  const size = displaySize(layer.document.pageSize, zoom);

  useEffect(() => {
    const root = viewport.current;
    const items = list.current?.children;
    if (!root || !items) return;
    const near = new Set<number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const page = Number((entry.target as HTMLElement).dataset['page']);
          if (entry.isIntersecting) near.add(page);
          else near.delete(page);
        }
        onVisible([...near].sort((a, b) => a - b));
      },
      { root, rootMargin: AHEAD },
    );
    for (const item of items) observer.observe(item);
    return () => observer.disconnect();
  }, [viewport, onVisible, count]);

  const pages = Array.from({ length: count }, (_, i) => i + 1);
  return (
    <ol ref={list} className={stale ? 'brief-pages brief-pages-stale' : 'brief-pages'} aria-label="Pages of the brief">
      {pages.map((n) => {
        const image = layer.images.get(n);
        const label = `Page ${n} of ${count}`;
        return (
          <li key={n} className="brief-page" data-page={n}>
            {image ? (
              <img className="brief-page-image" src={image.url} width={size.width} height={size.height} alt={label} draggable={false} />
            ) : (
              <svg className="brief-page-image brief-page-blank" width={size.width} height={size.height} role="img" aria-label={`${label}, not drawn yet`} />
            )}
            <span className="brief-page-number" aria-hidden="true">
              {n} / {count}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
