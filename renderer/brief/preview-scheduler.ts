/**
 * Keeps the preview in step with the plan without piling up work: changes are debounced, one
 * render runs at a time, and the newest wish wins. A PDF built for a plan that has changed since
 * is thrown away unseen; drawing pages for an outdated wish is cancelled.
 */
import type { Plan } from '../../shared/plan/schema';
import type { AppError, Result } from '../../shared/result';
import type { PageImage } from './pdf-pages';

/** 'waiting': a change arrived and the pause before rebuilding is running. */
export type PreviewBusy = { step: 'waiting' } | { step: 'building' } | { step: 'drawing'; done: number; total: number };

export interface PreviewState {
  /** The pages on screen; while busy they may belong to an earlier version of the plan. */
  pages: readonly PageImage[];
  busy: PreviewBusy | null;
  /** Why the last render failed; cleared by the next success or a retry. */
  error: AppError | null;
}

export interface PreviewDeps {
  build(plan: Plan): Promise<Result<{ pdfBase64: string; pageCount: number }>>;
  decode(base64: string): Uint8Array;
  draw(bytes: Uint8Array, scale: number, signal: AbortSignal, onProgress: (done: number, total: number) => void): Promise<PageImage[]>;
  release(pages: readonly PageImage[]): void;
  onChange(state: PreviewState): void;
  /** The error a failed build reported, for the shell's error panel. */
  onError?(error: AppError): void;
}

export interface PreviewScheduler {
  /** The plan or scale changed: render again after a pause (at once for the first render). */
  update(plan: Plan, scale: number): void;
  /** Renders the last wish again after a failure. */
  retry(): void;
  /** Stops everything and releases the pages; call when the preview leaves the screen. */
  dispose(): void;
}

/** Pause after a change to the plan before the brief is built again. */
export const PLAN_DEBOUNCE_MS = 400;
/** A zoom change only redraws from the bytes already here, so it waits less. */
export const SCALE_DEBOUNCE_MS = 150;

interface Wish {
  plan: Plan;
  scale: number;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** Creates a scheduler that reports every state change through `deps.onChange`. */
export function createPreviewScheduler(deps: PreviewDeps): PreviewScheduler {
  let state: PreviewState = { pages: [], busy: null, error: null };
  let wanted: Wish | null = null;
  let shown: Wish | null = null;
  let built: { plan: Plan; bytes: Uint8Array } | null = null;
  let failed: Plan | null = null;
  let running = false;
  let drawing: { wish: Wish; controller: AbortController } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  const emit = (next: Partial<PreviewState>) => {
    if (disposed) return;
    state = { ...state, ...next };
    deps.onChange(state);
  };

  /** Between renders the preview is only busy if a change is waiting out its pause. */
  const idle = (): PreviewBusy | null => (timer !== null ? { step: 'waiting' } : null);

  const satisfied = (wish: Wish) => failed === wish.plan || (shown !== null && shown.plan === wish.plan && shown.scale === wish.scale);

  async function pump(): Promise<void> {
    if (running) return;
    running = true;
    try {
      while (!disposed && wanted && !satisfied(wanted)) {
        const plan = wanted.plan;
        if (built?.plan !== plan) {
          emit({ busy: { step: 'building' } });
          const result = await deps.build(plan);
          if (disposed || wanted.plan !== plan) continue;
          if (!result.ok) {
            fail(plan, result.error);
            break;
          }
          built = { plan, bytes: deps.decode(result.value.pdfBase64) };
        }
        // The zoom may have changed while the brief was being built: draw at the latest scale.
        const wish = wanted;
        const bytes = built.bytes;
        const controller = new AbortController();
        drawing = { wish, controller };
        emit({ busy: { step: 'drawing', done: 0, total: 0 } });
        try {
          const pages = await deps.draw(bytes, wish.scale, controller.signal, (done, total) => {
            if (!controller.signal.aborted) emit({ busy: { step: 'drawing', done, total } });
          });
          if (disposed || controller.signal.aborted) {
            deps.release(pages);
            continue;
          }
          deps.release(state.pages);
          shown = wish;
          emit({ pages, busy: idle(), error: null });
        } catch (error) {
          if (isAbort(error) || disposed) continue;
          fail(plan, {
            code: 'INTERNAL',
            message: 'The brief was built, but its pages could not be drawn for the preview. Exporting the PDF still works.',
            details: [error instanceof Error ? error.message : String(error)],
          });
          break;
        } finally {
          drawing = null;
        }
      }
    } finally {
      running = false;
      if (!disposed && state.busy) emit({ busy: idle() });
    }
  }

  function fail(plan: Plan, error: AppError) {
    failed = plan;
    shown = null;
    deps.release(state.pages);
    emit({ pages: [], busy: idle(), error });
    deps.onError?.(error);
  }

  function want(wish: Wish) {
    wanted = wish;
    if (failed !== wish.plan) failed = null;
    // Pages being drawn for an older wish are of no use any more.
    if (drawing && (drawing.wish.plan !== wish.plan || drawing.wish.scale !== wish.scale)) drawing.controller.abort();
    void pump();
  }

  return {
    update(plan, scale) {
      if (disposed) return;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      const wish = { plan, scale };
      const first = shown === null && !running && wanted === null;
      if (first) {
        want(wish);
        return;
      }
      const planChanged = !wanted || wanted.plan !== plan;
      // Show at once that the pages on screen are out of date, even before the rebuild starts.
      if (planChanged && !state.busy) emit({ busy: { step: 'waiting' } });
      timer = setTimeout(() => {
        timer = null;
        want(wish);
      }, planChanged ? PLAN_DEBOUNCE_MS : SCALE_DEBOUNCE_MS);
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
      drawing?.controller.abort();
      deps.release(state.pages);
      state = { pages: [], busy: null, error: null };
    },
  };
}
