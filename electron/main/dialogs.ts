/** The DialogPort over Electron's native file dialogs, attached to the main window. */
import { dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import type { DialogPort } from '../services/ports';

export function electronDialogs(getWindow: () => BrowserWindow | null): DialogPort {
  return {
    async showOpenDialog({ title, defaultPath, filters }) {
      const options = { title, defaultPath, filters, properties: ['openFile' as const] };
      const win = getWindow();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async showSaveDialog({ title, defaultPath, filters }) {
      const options = { title, defaultPath, filters, properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
      const win = getWindow();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
