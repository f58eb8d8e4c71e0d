/**
 * The only module that talks to `window.planner`. Components never call it: they go through the
 * document controller, which calls these functions. A failed or missing bridge becomes an error
 * Result, so a broken connection shows a message instead of crashing the UI.
 */
import type { EventPayload, MethodName, PlannerApi, RequestOf, ResponseOf } from '../shared/ipc';
import type { BriefRequestOptions } from '../shared/brief/options';
import type { Plan } from '../shared/plan/schema';
import type { Result } from '../shared/result';
import { fail } from '../shared/result';

declare global {
  interface Window {
    planner?: PlannerApi;
  }
}

async function call<K extends MethodName>(method: K, request: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  const planner = window.planner;
  if (!planner) return fail('INTERNAL', 'This window is not connected to Mandate Planner, so plans cannot be opened or saved.');
  try {
    const fn = planner[method] as (req: RequestOf<K>) => Promise<Result<ResponseOf<K>>>;
    return await fn(request);
  } catch (error) {
    return fail('INTERNAL', 'Mandate Planner could not complete the request.', [error instanceof Error ? error.message : String(error)]);
  }
}

/** Version and host of the running app. */
export const appInfo = () => call('appInfo', {});
/** A blank plan in a new document. */
export const newPlan = () => call('newPlan', {});
/** The Veloria sample plan, unsaved. */
export const openSample = () => call('openSample', {});
/** Asks for a file and opens it; CANCELLED when the planner closed the dialog. */
export const openWithDialog = () => call('openWithDialog', {});
/** Opens a file from the recent list. */
export const openRecent = (path: string) => call('openRecent', { path });
/**
 * Saves to the document's file (through the save dialog when it has none). `replaceBackup`: text was
 * removed from history, so the backup is replaced with the new version instead of keeping the old.
 */
export const save = (docId: string, plan: Plan, overwriteExternalChange = false, replaceBackup = false) =>
  call('save', { docId, plan, ...(overwriteExternalChange ? { overwriteExternalChange } : {}), ...(replaceBackup ? { replaceBackup } : {}) });
/** Saves under a new name chosen in the save dialog; `replaceBackup` as for save. */
export const saveAs = (docId: string, plan: Plan, replaceBackup = false) => call('saveAs', replaceBackup ? { docId, plan, replaceBackup } : { docId, plan });
/** The passphrase for the protected plan the last open refused (PROTECTED); WRONG_PASSPHRASE to try again. */
export const unlock = (passphrase: string) => call('unlock', { passphrase });
/** Forgets the protected plan waiting for its passphrase. */
export const cancelUnlock = () => call('cancelUnlock', {});
/** Protects the plan with a passphrase (or changes it) and saves it so. */
export const protect = (docId: string, plan: Plan, passphrase: string) => call('protect', { docId, plan, passphrase });
/** Saves the plan without protection; the current passphrase is asked again. */
export const unprotect = (docId: string, plan: Plan, passphrase: string) => call('unprotect', { docId, plan, passphrase });
/** Reads the document's file again, dropping unsaved edits. */
export const reload = (docId: string) => call('reload', { docId });
/** True when someone else changed the document's file since it was opened or saved. */
export const checkExternalChange = (docId: string) => call('checkExternalChange', { docId });
/** Forgets the document in the main process. */
export const closeDocument = (docId: string) => call('closeDocument', { docId });
/** Tells the main process the title and dirty state (window title, close guard). */
export const reportDocumentState = (docId: string | null, title: string, dirty: boolean) =>
  call('reportDocumentState', { docId, title: title.slice(0, 300), dirty });
/** The recent-files list, with missing files flagged. */
export const listRecent = () => call('listRecent', {});
/** Removes one entry from the recent-files list. */
export const removeRecent = (path: string) => call('removeRecent', { path });
/** Writes a recovery copy of unsaved work. */
export const writeRecovery = (docId: string, plan: Plan) => call('writeRecovery', { docId, plan });
/** Recovery copies left by an earlier session. */
export const listRecovery = () => call('listRecovery', {});
/** Opens a recovery copy as an unsaved document. */
export const restoreRecovery = (id: string) => call('restoreRecovery', { id });
/** Deletes a recovery copy. */
export const discardRecovery = (id: string) => call('discardRecovery', { id });
/** The brief rendered in memory for the preview (options fall back to plan.brief). */
export const renderBriefPreview = (plan: Plan, options: BriefRequestOptions = {}) => call('renderBriefPreview', { plan, options });
export const cancelBriefPreview = () => call('cancelBriefPreview', {});
/** Renders the brief and writes it where the planner chooses in the save dialog. */
export const exportBrief = (plan: Plan, options: BriefRequestOptions = {}) => call('exportBrief', { plan, options });
/** Writes the mandate as a Word draft where the planner chooses in the save dialog. */
export const exportWordDraft = (plan: Plan, options: BriefRequestOptions = {}) => call('exportWordDraft', { plan, options });
/** Opens a file exported in this session in the system's default app. */
export const openExportedFile = (path: string) => call('openExportedFile', { path });
/** Shows a file exported in this session in the system's file manager. */
export const showExportedFile = (path: string) => call('showExportedFile', { path });
/** Writes the risk register as CSV where the planner chooses; CANCELLED when the dialog was closed. */
export const exportRisksCsv = (docId: string, plan: Plan) => call('exportRisksCsv', { docId, plan });
/** Asks for a CSV file and reads it for the import preview; nothing is applied. */
export const previewRisksCsv = () => call('previewRisksCsv', {});
/** Lets the window close after the unsaved-changes question was answered. */
export const confirmClose = () => call('confirmClose', {});

/** Menu commands from the main process; returns the unsubscribe function. */
export function onCommand(listener: (payload: EventPayload<'onCommand'>) => void): () => void {
  return window.planner ? window.planner.onCommand(listener) : () => undefined;
}

/** Plan files the planner opened from outside the app (double-click, command line); returns the unsubscribe function. */
export function onOpenFile(listener: (payload: EventPayload<'onOpenFile'>) => void): () => void {
  return window.planner ? window.planner.onOpenFile(listener) : () => undefined;
}

/** Progress of a brief being rendered in the main process's worker; returns the unsubscribe function. */
export function onBriefProgress(listener: (payload: EventPayload<'onBriefProgress'>) => void): () => void {
  return window.planner ? window.planner.onBriefProgress(listener) : () => undefined;
}
