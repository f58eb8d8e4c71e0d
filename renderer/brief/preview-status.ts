/** What the preview's status line says: the page count, or what is being done. */
import type { PageView } from './page-store';
import type { PreviewState } from './preview-scheduler';

export interface PreviewStatus {
  /** Short text shown beside the title. */
  text: string;
  /** What a screen reader hears: when an update starts and how it ends. */
  announce: string;
  /** The pages on screen are about to be replaced. */
  working: boolean;
}

const BUSY_TEXT = { waiting: 'Updating…', building: 'Building the brief…', opening: 'Opening the brief…' } as const;

/** Status text for the PDF being built and the pages being drawn. */
export function previewStatus(pdf: Pick<PreviewState, 'busy' | 'error'>, pages: Pick<PageView, 'layer' | 'updating' | 'error'>): PreviewStatus {
  const updating = 'Updating the preview…';
  if (pdf.busy) return { text: BUSY_TEXT[pdf.busy], announce: updating, working: true };
  if (pdf.error) return { text: 'No preview', announce: 'The preview could not be rendered.', working: false };
  if (pages.error) return { text: 'Some pages could not be drawn', announce: 'Some pages could not be drawn.', working: false };
  if (pages.updating || (!pages.layer && pdf.busy === null)) return { text: 'Drawing pages…', announce: updating, working: true };
  const n = pages.layer?.document.pageCount ?? 0;
  const count = n === 1 ? '1 page' : `${n} pages`;
  return { text: count, announce: `Preview ready: ${count}.`, working: false };
}
