/** Electron entry: one instance, one secure window, handlers bound to IPC, unsaved work guarded on close. */
import { app, BrowserWindow, Menu } from 'electron';
import Store from 'electron-store';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../services/handlers';
import { createRecentFiles } from '../services/recent-files';
import { createSettingsStore, memoryStore } from '../services/settings-store';
import type { ConfLike } from '../services/settings-store';
import { createCloseGuard } from './close-guard';
import { electronDialogs } from './dialogs';
import { registerIpc, sendEvent } from './ipc';
import { planFilesFromArgv } from './launch-files';
import { menuTemplate } from './menu';
import { lockDown } from './security';
import { electronShell } from './shell-port';
import { builtPaths, createWindow } from './window';
import { isAppUrl } from './window-options';
import { PRIVATE_FILE_MODE } from '../services/private-modes';

const mainDir = fileURLToPath(new URL('.', import.meta.url));
let mainWindow: BrowserWindow | null = null;
/** Plan files handed over before the window could take them (the command line, an early double-click). */
const waitingFiles: string[] = planFilesFromArgv(process.argv, process.cwd());
/** Set once the window shows the app: opens plan files handed over from outside. */
let openFromOutside: ((paths: string[]) => void) | null = null;

function openSettings(): ConfLike {
  try {
    // A settings file that is not valid JSON is reset instead of stopping start-up.
    return new Store<Record<string, unknown>>({ name: 'settings', clearInvalidConfig: true, configFileMode: PRIVATE_FILE_MODE });
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
    openSampleOnFirstStart: true,
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
  // A file the planner double-clicked or named on the command line was chosen by them: it goes on the
  // recent list the main process keeps, which is what lets the renderer ask to open it.
  const recent = createRecentFiles(settings, () => new Date());
  const deliver = (files: string[]) => {
    files.forEach((path) => recent.add(path));
    const last = files.at(-1);
    if (last) sendEvent(contents(), 'onOpenFile', { path: last });
  };
  mainWindow.webContents.once('did-finish-load', () => {
    openFromOutside = deliver;
    deliver(waitingFiles.splice(0));
  });
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
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const files = planFilesFromArgv(argv, workingDirectory);
    if (openFromOutside) openFromOutside(files);
    else waitingFiles.push(...files);
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // macOS hands double-clicked files over as an event, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (openFromOutside) openFromOutside([path]);
    else waitingFiles.push(path);
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
