/**
 * Keeps the previewed PDF in step with the plan without piling up work: changes are debounced,
 * one build runs at a time, and the newest plan wins: a build for a plan that has changed since is
 * stopped (a 5,000-risk brief takes seconds), and whatever it still returns is thrown away unseen.
 */
import type { Plan } from '../../shared/plan/schema';
import type { AppError, Result } from '../../shared/result';
import type { PreviewDocument } from './pdf-document';

/** 'waiting': a change arrived and the pause before rebuilding is running. */
export type PreviewBusy = 'waiting' | 'building' | 'opening';

export interface PreviewState {
  /** The PDF on screen; while busy it may belong to an earlier version of the plan. */
  document: PreviewDocument | null;
  busy: PreviewBusy | null;
  /** Why the last build failed; cleared by the next success or a retry. */
  error: AppError | null;
}

export interface PreviewDeps {
  build(plan: Plan): Promise<Result<{ pdfBase64: string; pageCount: number }>>;
  /** Stops the build in progress, which then fails (with CANCELLED) and is thrown away unseen. */
  cancel?(): void;
  decode(base64: string): Uint8Array;
  open(bytes: Uint8Array): Promise<PreviewDocument>;
  onChange(state: PreviewState): void;
  /** The error a failed build reported, for the shell's error panel. */
  onError?(error: AppError): void;
}

export interface PreviewScheduler {
  /** The plan changed: build again after a pause (at once for the first build). */
  update(plan: Plan): void;
  /** Builds the last plan again after a failure. */
  retry(): void;
  /** Stops everything and closes the document; call when the preview leaves the screen. */
  dispose(): void;
}

/** Pause after a change to the plan before the brief is built again. */
export const PLAN_DEBOUNCE_MS = 400;

/** Creates a scheduler that reports every state change through `deps.onChange`. */
export function createPreviewScheduler(deps: PreviewDeps): PreviewScheduler {
  let state: PreviewState = { document: null, busy: null, error: null };
  /** The plan most recently passed to update; `wanted` is the one the pause has let through. */
  let latest: Plan | null = null;
  let wanted: Plan | null = null;
  let shown: Plan | null = null;
  let failed: Plan | null = null;
  let running = false;
  /** The plan whose build is in progress, if any. */
  let building: Plan | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  const emit = (next: Partial<PreviewState>) => {
    if (disposed) return;
    state = { ...state, ...next };
    deps.onChange(state);
  };

  /** Between builds the preview is only busy if a change is waiting out its pause. */
  const idle = (): PreviewBusy | null => (timer !== null ? 'waiting' : null);
  const satisfied = (plan: Plan) => plan === shown || plan === failed;
  const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

  function fail(plan: Plan, error: AppError) {
    failed = plan;
    emit({ busy: idle(), error });
    deps.onError?.(error);
  }

  async function pump(): Promise<void> {
    if (running) return;
    running = true;
    try {
      while (!disposed && wanted && !satisfied(wanted)) {
        const plan = wanted;
        emit({ busy: 'building' });
        building = plan;
        const result = await deps.build(plan).finally(() => (building = null));
        if (disposed || wanted !== plan) continue;
        if (!result.ok) {
          fail(plan, result.error);
          break;
        }
        emit({ busy: 'opening' });
        let opened: PreviewDocument;
        try {
          opened = await deps.open(deps.decode(result.value.pdfBase64));
        } catch (error) {
          fail(plan, { code: 'INTERNAL', message: 'The brief was built, but the preview could not open it. Exporting the PDF still works.', details: [describe(error)] });
          break;
        }
        if (disposed || wanted !== plan) {
          opened.destroy();
          continue;
        }
        const previous = state.document;
        shown = plan;
        emit({ document: opened, busy: idle(), error: null });
        previous?.destroy();
      }
    } finally {
      running = false;
      if (!disposed && state.busy && state.busy !== idle()) emit({ busy: idle() });
    }
  }

  /** Stops a build nobody will look at. */
  function stopStale() {
    if (building !== null && building !== wanted) deps.cancel?.();
  }

  function want(plan: Plan) {
    wanted = plan;
    stopStale();
    if (failed !== plan) failed = null;
    void pump();
  }

  return {
    update(plan) {
      if (disposed || plan === latest) return;
      latest = plan;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      // The first plan is built at once; going back to the plan already built (undo) needs no pause.
      if (wanted === null || plan === wanted) {
        want(plan);
        return;
      }
      timer = setTimeout(() => {
        timer = null;
        want(plan);
      }, PLAN_DEBOUNCE_MS);
      // Show at once that the pages on screen are out of date, even before the rebuild starts.
      if (!state.busy) emit({ busy: 'waiting' });
    },
    retry() {
      if (disposed || !wanted) return;
      failed = null;
      emit({ error: null });
      void pump();
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      if (building !== null) deps.cancel?.();
      state.document?.destroy();
      state = { document: null, busy: null, error: null };
    },
  };
}
