import type { RefObject } from 'react';
import type { PageView } from './page-store';
import type { PreviewState } from './preview-scheduler';
import { PreviewPages } from './preview-pages';
import { previewStatus } from './preview-status';
import { ZoomControl } from './zoom-control';
import type { ZoomSetting } from './zoom';

export interface BriefPreviewProps {
  pdf: PreviewState & { retry: () => void };
  pages: PageView & { setVisible: (pages: readonly number[]) => void };
  zoomSetting: ZoomSetting;
  zoom: number;
  onZoom: (setting: ZoomSetting) => void;
  /** The scrolling page column, measured to fit the page width. */
  viewport: RefObject<HTMLDivElement | null>;
}

/** The brief as it will print: pages in a scrolling column, with page count, progress and zoom. */
export function BriefPreview({ pdf, pages, zoomSetting, zoom, onZoom, viewport }: BriefPreviewProps) {
  const status = previewStatus(pdf, pages);
  const failed = pdf.error !== null && pdf.busy === null;
  return (
    <section className="brief-preview" aria-labelledby="brief-preview-title">
      <div className="brief-preview-bar">
        <h3 className="brief-preview-title" id="brief-preview-title">
          Preview
        </h3>
        <span className="brief-preview-status" data-testid="preview-status" aria-hidden="true">
          {status.text}
        </span>
        <span className="visually-hidden" role="status">
          {status.announce}
        </span>
        <ZoomControl setting={zoomSetting} zoom={zoom} onChange={onZoom} />
      </div>
      <div className="brief-progress-track" aria-hidden="true">
        {status.working && <div className="brief-progress-bar" />}
      </div>
      <div className="brief-preview-scroll" ref={viewport} tabIndex={0} role="group" aria-label="Brief pages" aria-busy={status.working}>
        {failed ? (
          <div className="brief-preview-empty">
            <p>The preview could not be rendered. The problem is described above.</p>
            <button type="button" className="button" onClick={pdf.retry}>
              Try again
            </button>
          </div>
        ) : pages.layer ? (
          <PreviewPages layer={pages.layer} zoom={zoom} stale={status.working} viewport={viewport} onVisible={pages.setVisible} />
        ) : (
          <div className="brief-preview-empty">
            <p>Preparing the preview…</p>
          </div>
        )}
      </div>
    </section>
  );
}
