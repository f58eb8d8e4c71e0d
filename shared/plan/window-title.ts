/**
 * The words for a plan's title outside the page: the window's title bar, written by the renderer
 * (document.title) and by the main process (BrowserWindow.setTitle), which must agree.
 */
import { markControls } from '../brief/safe-text';

/** What a plan without a title is called wherever its title is shown. */
export const UNTITLED_PLAN = 'Untitled plan';

/**
 * "• Karst Basin mission — Mandate Planner" ("• " marks unsaved changes), or the app's name alone
 * with no plan open. The system draws the title bar: a control in the title is shown as a marker,
 * never obeyed, so an override cannot reorder it there.
 */
export function windowTitle(doc: { title: string; dirty: boolean } | null): string {
  if (!doc) return 'Mandate Planner';
  return `${doc.dirty ? '• ' : ''}${markControls(doc.title) || UNTITLED_PLAN} — Mandate Planner`;
}
