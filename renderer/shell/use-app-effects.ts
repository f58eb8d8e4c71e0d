/** The shell's side effects: shortcuts, recovery copies and the window title. */
import { useEffect } from 'react';
import { isDirty } from '../state/document';
import type { Controller } from './controller';
import { shortcutCommand } from './shortcuts';
import { windowTitle as titleFor } from '../../shared/plan/window-title';

/** How often a dirty plan is copied aside for crash recovery. */
export const RECOVERY_INTERVAL_MS = 5000;
/** How long the window title may trail a plan title being typed. */
export const TITLE_REPORT_DELAY_MS = 150;
/** A copy waits for this long a pause in editing… */
export const RECOVERY_PAUSE_MS = 1000;
/** …but never longer than this, however long the planner keeps typing. */
export const RECOVERY_MAX_WAIT_MS = 30_000;

/** Ctrl+N/O/S/Shift+S/Z/Y anywhere in the window, including inside text fields. */
export function useShortcuts(controller: Controller, suspended: boolean) {
  useEffect(() => {
    if (suspended) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = shortcutCommand(event);
      if (!command) return;
      // Text fields would otherwise run their own undo, out of step with the document's.
      event.preventDefault();
      if (event.repeat && command !== 'undo' && command !== 'redo') return;
      controller.command(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [controller, suspended]);
}

/**
 * Copies unsaved work aside every few seconds and whenever the window loses focus. Handing a big
 * plan to the main process holds this window up for a moment, so the timed copy waits for a
 * pause in typing (at most RECOVERY_MAX_WAIT_MS) instead of interrupting a word.
 */
export function useRecoveryCopies(controller: Controller) {
  useEffect(() => {
    let lastEdit = 0;
    let lastCopy = Date.now();
    const write = () => {
      lastCopy = Date.now();
      void controller.writeRecovery();
    };
    const unsubscribe = controller.documents.subscribe(() => void (lastEdit = Date.now()));
    const timer = window.setInterval(() => {
      const now = Date.now();
      if (now - lastEdit >= RECOVERY_PAUSE_MS || now - lastCopy >= RECOVERY_MAX_WAIT_MS) write();
    }, RECOVERY_INTERVAL_MS);
    window.addEventListener('blur', write);
    return () => {
      unsubscribe();
      window.clearInterval(timer);
      window.removeEventListener('blur', write);
    };
  }, [controller]);
}

/** When the window comes back to the front, checks whether someone else changed the open file meanwhile. */
export function useExternalChangeCheck(controller: Controller) {
  useEffect(() => {
    const check = () => void controller.checkExternalChange();
    window.addEventListener('focus', check);
    return () => window.removeEventListener('focus', check);
  }, [controller]);
}

/** The window title for the document now open ("• " marks unsaved changes). */
function windowTitle(controller: Controller): string {
  const state = controller.documents.getState();
  return titleFor(state.doc && { title: state.doc.plan.cover.title, dirty: isDirty(state) });
}

/** Keeps the window title and the main process informed of the title and dirty state. */
export function useDocumentTitle(controller: Controller, docId: string | null, title: string, dirty: boolean) {
  // Opening, closing and the dirty flag are reported at once: the main process's close guard relies on them.
  useEffect(() => {
    document.title = windowTitle(controller);
    controller.reportState();
  }, [controller, docId, dirty]);
  // A title being typed changes with every key; reporting each one would slow typing for nothing.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      document.title = windowTitle(controller);
      controller.reportState();
    }, TITLE_REPORT_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [controller, title]);
}
