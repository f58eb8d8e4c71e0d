/** What the preview's status line says: the page count, or what is being done. */
import type { PreviewState } from './preview-scheduler';

export interface PreviewStatus {
  /** Short text shown beside the zoom. */
  text: string;
  /** What a screen reader hears: not every page drawn, only the start and the outcome. */
  announce: string;
  /** Progress of drawing pages, when known. */
  progress: { value: number; max: number } | null;
}

/** Status text and progress for a preview state. */
export function previewStatus(state: Pick<PreviewState, 'pages' | 'busy' | 'error'>): PreviewStatus {
  const updating = 'Updating the preview…';
  if (state.busy?.step === 'waiting') return { text: 'Updating…', announce: updating, progress: null };
  if (state.busy?.step === 'building') return { text: 'Building the brief…', announce: updating, progress: null };
  if (state.busy?.step === 'drawing') {
    const { done, total } = state.busy;
    if (total === 0) return { text: 'Drawing pages…', announce: updating, progress: null };
    return { text: `Drawing page ${Math.min(done + 1, total)} of ${total}…`, announce: updating, progress: { value: done, max: total } };
  }
  if (state.error) return { text: 'No preview', announce: 'The preview could not be rendered.', progress: null };
  const n = state.pages.length;
  const count = n === 1 ? '1 page' : `${n} pages`;
  return { text: count, announce: n ? `Preview ready: ${count}.` : '', progress: null };
}
