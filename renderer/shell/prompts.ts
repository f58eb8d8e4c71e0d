/** The questions the shell asks, worded once. */
import type { PromptSpec } from './session';

/** Save / Discard / Cancel before unsaved work would be dropped. */
export function unsavedChangesPrompt(title: string, action: string): PromptSpec {
  return {
    title: `Save changes to “${title}”?`,
    message: `You have unsaved changes. Save them before you ${action}, or discard them.`,
    choices: [
      { id: 'save', label: 'Save', tone: 'primary' },
      { id: 'discard', label: 'Discard changes', tone: 'danger' },
      { id: 'cancel', label: 'Cancel' },
    ],
    cancelId: 'cancel',
  };
}

/** Save As / Cancel for a plan whose file is read-only. */
export function readOnlyPrompt(name: string): PromptSpec {
  return {
    title: 'This plan is read-only',
    message: `“${name}” is read-only, so your changes were not saved to it. Save them as a new file instead; the read-only file stays as it is.`,
    choices: [
      { id: 'save-as', label: 'Save as…', tone: 'primary' },
      { id: 'cancel', label: 'Cancel' },
    ],
    cancelId: 'cancel',
  };
}

/** Reload / Save as copy / Overwrite / Cancel when the file changed under the planner. */
export function changedOnDiskPrompt(name: string): PromptSpec {
  return {
    title: 'This file was changed by someone else since you opened it',
    message: `“${name}” on disk is no longer the version you opened. Reload it (your unsaved changes are dropped), save your version as a copy, or overwrite the other changes.`,
    choices: [
      { id: 'reload', label: 'Reload from disk' },
      { id: 'copy', label: 'Save as copy…', tone: 'primary' },
      { id: 'overwrite', label: 'Overwrite', tone: 'danger' },
      { id: 'cancel', label: 'Cancel' },
    ],
    cancelId: 'cancel',
  };
}

/**
 * Shown once, right after opening a plan saved by an older format: what the upgrade changed (for
 * format 2, that factor 6 now reads the other way). Saving stores the new format, so it does not return.
 */
export function upgradedPlanPrompt(name: string, notices: readonly string[]): PromptSpec {
  return {
    title: `“${name}” was upgraded to the current plan format`,
    message: notices.join(' '),
    choices: [{ id: 'ok', label: 'OK', tone: 'primary' }],
    cancelId: 'ok',
  };
}
