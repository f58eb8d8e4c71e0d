/** The DialogPort over Electron's native file dialogs, attached to the main window. */
import { basename } from 'node:path';
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
    async confirmReplace({ path }) {
      // Worded like the save dialog's own question, with Cancel as the default answer.
      const options = { type: 'question' as const, buttons: ['Replace', 'Cancel'], defaultId: 1, cancelId: 1, message: `"${basename(path)}" already exists. Do you want to replace it?`, detail: 'The name you typed had no extension, so it was added.' };
      const win = getWindow();
      const result = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
      return result.response === 0;
    },
  };
}
