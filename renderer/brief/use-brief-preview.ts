/** The brief's PDF for the open plan, built again (after a pause) whenever the plan changes. */
import { useCallback, useEffect, useRef, useState } from 'react';
import * as api from '../api';
import type { Plan } from '../../shared/plan/schema';
import type { AppError } from '../../shared/result';
import { decodeBase64, openPdf } from './pdf-document';
import { createPreviewScheduler } from './preview-scheduler';
import type { PreviewScheduler, PreviewState } from './preview-scheduler';

const INITIAL: PreviewState = { document: null, busy: null, error: null };

/** Preview state plus a retry for the error case; `onError` reports a failed build to the shell. */
export function useBriefPreview(plan: Plan, onError: (error: AppError) => void): PreviewState & { retry: () => void } {
  const [state, setState] = useState<PreviewState>(INITIAL);
  const scheduler = useRef<PreviewScheduler | null>(null);
  const reportError = useRef(onError);
  useEffect(() => {
    reportError.current = onError;
  }, [onError]);

  useEffect(() => {
    const created = createPreviewScheduler({
      build: (p) => api.renderBriefPreview(p),
      cancel: () => void api.cancelBriefPreview(),
      decode: decodeBase64,
      open: openPdf,
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
    scheduler.current?.update(plan);
  }, [plan]);

  const retry = useCallback(() => scheduler.current?.retry(), []);
  return { ...state, retry };
}
