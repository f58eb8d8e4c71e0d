import type { PageImage } from './pdf-pages';
import { displaySize } from './zoom';

export interface PreviewPagesProps {
  pages: readonly PageImage[];
  zoom: number;
  /** The pages shown belong to an earlier version while a new one is drawn. */
  stale: boolean;
}

/** The brief's pages as a column of images, each with its page number. */
export function PreviewPages({ pages, zoom, stale }: PreviewPagesProps) {
  return (
    <ol className={stale ? 'brief-pages brief-pages-stale' : 'brief-pages'} aria-label="Pages of the brief">
      {pages.map((page, index) => {
        const size = displaySize(page, zoom);
        const label = `Page ${index + 1} of ${pages.length}`;
        return (
          <li key={page.url} className="brief-page">
            <img className="brief-page-image" src={page.url} width={size.width} height={size.height} alt={label} draggable={false} />
            <span className="brief-page-number" aria-hidden="true">
              {index + 1} / {pages.length}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
