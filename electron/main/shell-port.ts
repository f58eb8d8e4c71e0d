/** The ShellPort over Electron's shell: an exported file opened in its default app or shown in its folder. */
import { shell } from 'electron';
import type { ShellPort } from '../services/ports';

export const electronShell: ShellPort = {
  async openPath(path) {
    // shell.openPath resolves with an error message instead of rejecting.
    const problem = await shell.openPath(path);
    if (problem) throw new Error(problem);
  },
  showItemInFolder(path) {
    shell.showItemInFolder(path);
  },
};
