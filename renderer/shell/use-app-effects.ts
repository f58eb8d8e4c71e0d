/** The shell's side effects: shortcuts, recovery copies and the window title. */
import { useEffect } from 'react';
import type { Controller } from './controller';
import { shortcutCommand } from './shortcuts';

/** How often a dirty plan is copied aside for crash recovery. */
export const RECOVERY_INTERVAL_MS = 5000;

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

/** Copies unsaved work aside every few seconds and whenever the window loses focus. */
export function useRecoveryCopies(controller: Controller) {
  useEffect(() => {
    const write = () => void controller.writeRecovery();
    const timer = window.setInterval(write, RECOVERY_INTERVAL_MS);
    window.addEventListener('blur', write);
    return () => {
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

/** Keeps the window title and the main process informed of the title and dirty state. */
export function useDocumentTitle(controller: Controller, docId: string | null, title: string, dirty: boolean) {
  useEffect(() => {
    const name = docId ? `${dirty ? '• ' : ''}${title || 'Untitled plan'} — Mandate Planner` : 'Mandate Planner';
    document.title = name;
    controller.reportState();
  }, [controller, docId, title, dirty]);
}
