/**
 * The IPC channel table and the one builder of the `window.planner` API. Zod-free on purpose:
 * the sandboxed preload bundles this file and nothing else of ours, so it stays a few kilobytes
 * (the schemas live in ipc.ts and run in the main process only).
 *
 * Adding a channel: one line here (method → channel) and its request/response schemas in
 * `contract` (ipc.ts). The type check in ipc.ts and test/services/dispatch.test.ts fail until both exist.
 */
import type { PlannerApi } from './ipc';

/** Contract method → the channel it travels on. */
export const METHOD_CHANNELS = {
  appInfo: 'app:info',
  newPlan: 'plan:new',
  openSample: 'plan:open-sample',
  openWithDialog: 'plan:open-dialog',
  openRecent: 'plan:open-recent',
  save: 'plan:save',
  saveAs: 'plan:save-as',
  unlock: 'plan:unlock',
  cancelUnlock: 'plan:cancel-unlock',
  protect: 'plan:protect',
  unprotect: 'plan:unprotect',
  reload: 'plan:reload',
  mergeCopy: 'plan:merge-copy',
  settleMerge: 'plan:settle-merge',
  checkExternalChange: 'plan:check-external-change',
  closeDocument: 'plan:close',
  reportDocumentState: 'plan:report-state',
  listRecent: 'recent:list',
  removeRecent: 'recent:remove',
  writeRecovery: 'recovery:write',
  listRecovery: 'recovery:list',
  restoreRecovery: 'recovery:restore',
  discardRecovery: 'recovery:discard',
  exportRisksCsv: 'risks:export-csv',
  previewRisksCsv: 'risks:preview-csv',
  renderBriefPreview: 'brief:preview',
  cancelBriefPreview: 'brief:cancel-preview',
  exportBrief: 'brief:export',
  exportWordDraft: 'brief:export-word',
  openExportedFile: 'shell:open-exported',
  showExportedFile: 'shell:show-exported',
  confirmClose: 'window:confirm-close',
} as const;

/** Event pushed from the main process → its channel. */
export const EVENT_CHANNELS = {
  onCommand: 'event:command',
  onBriefProgress: 'event:brief-progress',
  onOpenFile: 'event:open-file',
} as const;

/** The longest document title the main process takes (the window title shows it); here so the renderer need not load the schemas. */
export const TITLE_MAX = 300;

export const IPC_CHANNELS = { methods: METHOD_CHANNELS, events: EVENT_CHANNELS } as const;
export type ChannelTable = { methods: Readonly<Record<string, string>>; events: Readonly<Record<string, string>> };
export type ChannelMethod = keyof typeof METHOD_CHANNELS;
export type ChannelEvent = keyof typeof EVENT_CHANNELS;

export type Invoke = (channel: string, request: unknown) => Promise<unknown>;
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

/**
 * Builds the closed, named-function API from the channel table: one function per method, one
 * subscription per event, nothing generic. The preload passes ipcRenderer.invoke/on; the browser
 * test host injects this very function into its page (as source text), so it must stay
 * self-contained: no reference to anything outside its own body.
 */
export function buildPlannerApi(table: ChannelTable, invoke: Invoke, subscribe: Subscribe): PlannerApi {
  const api: Record<string, unknown> = {};
  for (const [name, channel] of Object.entries(table.methods)) {
    api[name] = (request: unknown) => invoke(channel, request ?? {});
  }
  for (const [name, channel] of Object.entries(table.events)) {
    api[name] = (listener: (payload: unknown) => void) => subscribe(channel, listener);
  }
  return Object.freeze(api) as PlannerApi;
}
