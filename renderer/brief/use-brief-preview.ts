/** The live preview of the brief for the open plan, redrawn as the plan or the zoom changes. */
import { useEffect, useRef, useState } from 'react';
import * as api from '../api';
import type { Plan } from '../../shared/plan/schema';
import type { AppError } from '../../shared/result';
import { decodeBase64, releasePages, renderPages } from './pdf-pages';
import { createPreviewScheduler } from './preview-scheduler';
import type { PreviewScheduler, PreviewState } from './preview-scheduler';
import { renderScale } from './zoom';

const INITIAL: PreviewState = { pages: [], busy: null, error: null };

/** Preview state plus a retry for the error case; `onError` reports a failed render to the shell. */
export function useBriefPreview(plan: Plan, zoom: number, onError: (error: AppError) => void): PreviewState & { retry: () => void } {
  const [state, setState] = useState<PreviewState>(INITIAL);
  const scheduler = useRef<PreviewScheduler | null>(null);
  const reportError = useRef(onError);
  useEffect(() => {
    reportError.current = onError;
  }, [onError]);

  useEffect(() => {
    const created = createPreviewScheduler({
      build: (p) => api.renderBriefPreview(p),
      decode: decodeBase64,
      draw: renderPages,
      release: releasePages,
      onChange: setState,
      onError: (error) => reportError.current(error),
    });
    scheduler.current = created;
    return () => {
      created.dispose();
      scheduler.current = null;
    };
  }, []);

  useEffect(() => {
    scheduler.current?.update(plan, renderScale(zoom, window.devicePixelRatio));
  }, [plan, zoom]);

  return { ...state, retry: () => scheduler.current?.retry() };
}
