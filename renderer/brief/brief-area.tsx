import { useCallback, useRef, useState } from 'react';
import type { AppError } from '../../shared/result';
import type { AreaProps } from '../state/area-props';
import { BriefOptionsForm } from './brief-options-form';
import { BriefPreview } from './brief-preview';
import { briefSummary } from './brief-summary';
import { ExportCard } from './export-card';
import { useBriefExport } from './use-brief-export';
import { useBriefPreview } from './use-brief-preview';
import { useWordExport } from './use-word-export';
import { WordExportRow } from './word-export-row';
import { usePageImages } from './use-page-images';
import { useElementWidth } from './use-element-width';
import { DEFAULT_ZOOM, fitZoom, PAPER_WIDTH_PT, renderScale } from './zoom';
import type { ZoomSetting } from './zoom';

/** Room the page column keeps around a page (its padding and the scrollbar). */
const PAGE_GUTTER_PX = 48;

/** The Brief area: export and options on the left, the live preview on the right (below the export on narrow windows). */
export function BriefArea({ doc, edit, endTyping, goTo, showStatus, showError }: AreaProps) {
  const plan = doc.plan;
  const [zoomSetting, setZoomSetting] = useState<ZoomSetting>('fit');
  const viewport = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewport);
  const zoom = zoomSetting !== 'fit' ? zoomSetting : width === null ? DEFAULT_ZOOM : fitZoom(width - PAGE_GUTTER_PX, PAPER_WIDTH_PT[plan.brief.paper]);
  const onPreviewError = useCallback((error: AppError) => showError('The preview could not be rendered', error), [showError]);
  const pdf = useBriefPreview(plan, onPreviewError);
  const pages = usePageImages(pdf.document, renderScale(zoom, window.devicePixelRatio));
  const exporter = useBriefExport(plan, showStatus, showError);
  const wordExporter = useWordExport(plan, showStatus, showError);
  const pageCount = pdf.busy || pdf.error || !pdf.document ? null : pdf.document.pageCount;

  return (
    <div className="brief">
      <ExportCard exporter={exporter} summary={briefSummary(plan, pageCount)} planProtected={doc.protected === true}>
        <WordExportRow exporter={wordExporter} />
      </ExportCard>
      <BriefOptionsForm doc={doc} edit={edit} endTyping={endTyping} goTo={goTo} />
      <BriefPreview pdf={pdf} pages={pages} zoomSetting={zoomSetting} zoom={zoom} onZoom={setZoomSetting} viewport={viewport} />
    </div>
  );
}
