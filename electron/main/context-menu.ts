/**
 * The right-click menu on text fields and selections: Cut, Copy, Paste, Select All, and where the
 * spell checker runs, its suggestions and "Add to Dictionary". Built by electron-context-menu.
 * Nothing in it sends the planner's text anywhere: no "Search with Google", no link or image saving.
 */
import contextMenu from 'electron-context-menu';
import type { BrowserWindow } from 'electron';

/** Attaches the menu to `win`; returns the function that removes it. */
export function attachContextMenu(win: BrowserWindow, developerTools: boolean): () => void {
  return contextMenu({
    window: win,
    showSearchWithGoogle: false,
    showLookUpSelection: true,
    showLearnSpelling: true,
    showCopyImage: false,
    showCopyLink: false,
    showSaveImage: false,
    showSaveImageAs: false,
    showSaveLinkAs: false,
    showSelectAll: true,
    showServices: false,
    // electron-context-menu would otherwise honour ELECTRON_IS_DEV, even in an installed app.
    showInspectElement: developerTools,
    labels: { learnSpelling: 'Add to &Dictionary', cut: 'Cu&t', copy: '&Copy', paste: '&Paste', selectAll: 'Select &All' },
  });
}
