import type { RefObject } from 'react';
import type { PreviewState } from './preview-scheduler';
import { PreviewPages } from './preview-pages';
import { previewStatus } from './preview-status';
import { ZoomControl } from './zoom-control';
import type { ZoomSetting } from './zoom';

export interface BriefPreviewProps {
  preview: PreviewState & { retry: () => void };
  zoomSetting: ZoomSetting;
  zoom: number;
  onZoom: (setting: ZoomSetting) => void;
  /** The scrolling page column, measured to fit the page width. */
  viewport: RefObject<HTMLDivElement | null>;
}

/** The brief as it will print: page images in a scrolling column, with page count, progress and zoom. */
export function BriefPreview({ preview, zoomSetting, zoom, onZoom, viewport }: BriefPreviewProps) {
  const status = previewStatus(preview);
  const { pages, busy, error } = preview;
  return (
    <section className="brief-preview" aria-labelledby="brief-preview-title">
      <div className="brief-preview-bar">
        <h3 className="brief-preview-title" id="brief-preview-title">
          Preview
        </h3>
        <span className="brief-preview-status" data-testid="preview-status" aria-hidden="true">
          {status.text}
        </span>
        <span className="brief-visually-hidden" role="status">
          {status.announce}
        </span>
        <ZoomControl setting={zoomSetting} zoom={zoom} onChange={onZoom} />
      </div>
      <div className="brief-progress-track" aria-hidden="true">
        {busy && (
          <progress
            className={status.progress ? 'brief-progress' : 'brief-progress brief-progress-indeterminate'}
            value={status.progress?.value}
            max={status.progress?.max}
          />
        )}
      </div>
      <div className="brief-preview-scroll" ref={viewport} tabIndex={0} role="group" aria-label="Brief pages" aria-busy={busy !== null}>
        {error && !busy ? (
          <div className="brief-preview-empty">
            <p>The preview could not be rendered. The problem is described above.</p>
            <button type="button" className="button" onClick={preview.retry}>
              Try again
            </button>
          </div>
        ) : pages.length === 0 ? (
          <div className="brief-preview-empty brief-preview-loading">
            <p>{busy ? 'Preparing the preview…' : 'Nothing to preview yet.'}</p>
          </div>
        ) : (
          <PreviewPages pages={pages} zoom={zoom} stale={busy !== null} />
        )}
      </div>
    </section>
  );
}
