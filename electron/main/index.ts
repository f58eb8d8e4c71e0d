/** Electron entry: one instance, one secure window, handlers bound to IPC, unsaved work guarded on close. */
import { app, BrowserWindow, Menu } from 'electron';
import Store from 'electron-store';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../services/handlers';
import { createSettingsStore, memoryStore } from '../services/settings-store';
import type { ConfLike } from '../services/settings-store';
import { createCloseGuard } from './close-guard';
import { electronDialogs } from './dialogs';
import { registerIpc, sendEvent } from './ipc';
import { menuTemplate } from './menu';
import { lockDown } from './security';
import { electronShell } from './shell-port';
import { builtPaths, createWindow } from './window';
import { isAppUrl } from './window-options';

const mainDir = fileURLToPath(new URL('.', import.meta.url));
let mainWindow: BrowserWindow | null = null;

function openSettings(): ConfLike {
  try {
    // A settings file that is not valid JSON is reset instead of stopping start-up.
    return new Store<Record<string, unknown>>({ name: 'settings', clearInvalidConfig: true });
  } catch (error) {
    console.error('[mandate-planner] settings could not be opened; using defaults for this session:', error);
    return memoryStore();
  }
}

function start(): void {
  lockDown();
  const settings = createSettingsStore(openSettings());
  const contents = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null);
  const guard = createCloseGuard(
    () => sendEvent(contents(), 'onCommand', { command: 'close-requested' }),
    () => mainWindow?.close(),
  );
  const handlers = createHandlers({
    dialogs: electronDialogs(() => mainWindow),
    settings,
    now: () => new Date(),
    dataDir: app.getPath('userData'),
    documentsDir: app.getPath('documents'),
    appVersion: app.getVersion(),
    host: 'electron',
    shell: electronShell,
    // Built beside this bundle from electron/services/pdf/render-worker.ts (see electron.vite.config.ts).
    pdfWorkerUrl: new URL('./pdfWorker.js', import.meta.url),
    onBriefProgress: (progress) => sendEvent(contents(), 'onBriefProgress', progress),
    onCloseConfirmed: () => guard.confirm(),
    onDocumentState: ({ title, dirty }) => {
      guard.setDirty(dirty);
      mainWindow?.setTitle(`${dirty ? '• ' : ''}${title} — Mandate Planner`);
      mainWindow?.setDocumentEdited(dirty);
    },
  });
  const paths = builtPaths(mainDir);
  registerIpc(handlers, contents, (url) => isAppUrl(url, paths.rendererHtml, paths.devServerUrl));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate((command) => sendEvent(contents(), 'onCommand', { command }), process.platform, !app.isPackaged)),
  );

  mainWindow = createWindow(paths, settings);
  mainWindow.on('close', (event) => guard.onCloseAttempt(event));
  mainWindow.webContents.on('render-process-gone', () => guard.rendererGone());
  mainWindow.on('unresponsive', () => guard.setResponsive(false));
  mainWindow.on('responsive', () => guard.setResponsive(true));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// Sandbox every renderer, whatever a window's own options say.
app.enableSandbox();
// End-to-end tests give each run its own settings and recovery folder.
const testUserData = process.env['MANDATE_PLANNER_USER_DATA'];
if (testUserData) app.setPath('userData', testUserData);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[mandate-planner] could not start:', error);
      app.exit(1);
    });
}
