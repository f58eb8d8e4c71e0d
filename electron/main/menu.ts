/**
 * The application menu as a template. Shortcuts are shown but not registered
 * (`registerAccelerator: false`): the renderer handles Ctrl+N/O/S/Z/Y itself, so that the same keys
 * work in the browser test host and no key press is handled twice. Clicks send `event:command`.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc';

type Send = (command: MenuCommand) => void;

const command = (label: string, accelerator: string, name: MenuCommand, send: Send): MenuItemConstructorOptions => ({
  label,
  accelerator,
  registerAccelerator: false,
  click: () => send(name),
});

/** File / Edit / View menus; on macOS the app menu comes first as usual. */
export function menuTemplate(send: Send, platform: NodeJS.Platform, developer: boolean): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    {
      label: '&File',
      submenu: [
        command('&New Plan', 'CmdOrCtrl+N', 'new', send),
        command('&Open…', 'CmdOrCtrl+O', 'open', send),
        { label: 'Open &Sample Plan', click: () => send('open-sample') },
        { type: 'separator' },
        command('&Save', 'CmdOrCtrl+S', 'save', send),
        command('Save &As…', 'CmdOrCtrl+Shift+S', 'save-as', send),
        { type: 'separator' },
        { label: '&Merge a Copy…', click: () => send('merge-copy') },
        { type: 'separator' },
        { label: '&Protect with Passphrase…', click: () => send('protect') },
        { label: 'Remove Pass&phrase…', click: () => send('unprotect') },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        command('&Undo', 'CmdOrCtrl+Z', 'undo', send),
        command('&Redo', mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y', 'redo', send),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(developer ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
  ];
  return mac ? [{ role: 'appMenu' }, ...template] : template;
}
