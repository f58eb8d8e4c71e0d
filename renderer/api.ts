/**
 * The only module that reads `window.planner`. The document controller gets `planner` as a
 * parameter; the areas' hooks (brief export and preview, risk CSV) call the few wrappers below.
 * A failed or missing bridge becomes an error Result, so a broken connection shows a message
 * instead of crashing the UI.
 */
import type { EventPayload, MethodName, PlannerApi, RequestOf, ResponseOf } from '../shared/ipc';
import { EVENT_CHANNELS, METHOD_CHANNELS } from '../shared/ipc-channels';
import type { BriefRequestOptions } from '../shared/brief/options';
import type { Plan } from '../shared/plan/schema';
import type { Result } from '../shared/result';
import { fail } from '../shared/result';

declare global {
  interface Window {
    planner?: PlannerApi;
  }
}

/**
 * `window.planner` with every method made safe: a missing bridge or a thrown call answers an
 * error Result, and an event subscription without a bridge is a no-op.
 */
export function safePlanner(bridge: () => PlannerApi | undefined): PlannerApi {
  const api: Record<string, unknown> = {};
  for (const method of Object.keys(METHOD_CHANNELS) as MethodName[]) {
    api[method] = async (request: unknown) => {
      const planner = bridge();
      if (!planner) return fail('INTERNAL', 'This window is not connected to Mandate Planner, so plans cannot be opened or saved.');
      try {
        return await (planner[method] as (request: unknown) => Promise<Result<unknown>>)(request);
      } catch (error) {
        return fail('INTERNAL', 'Mandate Planner could not complete the request.', [error instanceof Error ? error.message : String(error)]);
      }
    };
  }
  for (const event of Object.keys(EVENT_CHANNELS) as (keyof typeof EVENT_CHANNELS)[]) {
    api[event] = (listener: (payload: unknown) => void) => {
      const subscribe = bridge()?.[event] as ((listener: (payload: unknown) => void) => () => void) | undefined;
      return subscribe ? subscribe(listener) : () => undefined;
    };
  }
  return api as PlannerApi;
}

/** The app's bridge to the main process. */
export const planner: PlannerApi = safePlanner(() => window.planner);

const call = <K extends MethodName>(method: K, request: RequestOf<K>): Promise<Result<ResponseOf<K>>> =>
  (planner[method] as (request: RequestOf<K>) => Promise<Result<ResponseOf<K>>>)(request);

/** The brief rendered in memory for the preview (options fall back to plan.brief). */
export const renderBriefPreview = (plan: Plan, options: BriefRequestOptions = {}) => call('renderBriefPreview', { plan, options });
export const cancelBriefPreview = () => call('cancelBriefPreview', {});
export const exportBrief = (plan: Plan, options: BriefRequestOptions = {}) => call('exportBrief', { plan, options });
export const exportWordDraft = (plan: Plan, options: BriefRequestOptions = {}) => call('exportWordDraft', { plan, options });
export const openExportedFile = (path: string) => call('openExportedFile', { path });
export const showExportedFile = (path: string) => call('showExportedFile', { path });
export const exportRisksCsv = (docId: string, plan: Plan) => call('exportRisksCsv', { docId, plan });
export const previewRisksCsv = () => call('previewRisksCsv', {});

/** Progress of a brief being rendered in the main process's worker; returns the unsubscribe function. */
export const onBriefProgress = (listener: (payload: EventPayload<'onBriefProgress'>) => void): (() => void) => planner.onBriefProgress(listener);
