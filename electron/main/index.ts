/** Electron entry: one instance, one secure window, handlers bound to IPC, unsaved work guarded on close. */
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import Store from 'electron-store';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DocumentRegistry } from '../services/documents';
import { createHandlers } from '../services/handlers';
import { workerHistories } from '../services/merge/history-in-worker';
import { createRecentFiles } from '../services/recent-files';
import { createSettingsStore, memoryStore } from '../services/settings-store';
import type { ConfLike } from '../services/settings-store';
import { createCloseGuard } from './close-guard';
import { attachContextMenu } from './context-menu';
import { electronDialogs } from './dialogs';
import { registerIpc, sendEvent } from './ipc';
import { planFilesFromArgv } from './launch-files';
import { launchMode, refusedSwitches } from './launch-mode';
import { menuTemplate } from './menu';
import { registerAppScheme, serveRenderer } from './renderer-protocol';
import { lockDown } from './security';
import { isAppUrl } from './sender-check';
import { electronShell } from './shell-port';
import { builtPaths, createWindow } from './window';
import { NO_DICTIONARY_URL, spellCheckerOffline } from './window-options';
import { PRIVATE_FILE_MODE } from '../services/private-modes';
import { windowTitle } from '../../shared/plan/window-title';

const mainDir = fileURLToPath(new URL('.', import.meta.url));
const mode = launchMode(process.env, app.isPackaged, process.cwd());
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

/** The planner is told why the app cannot start, in a native box, instead of a silent exit. */
function failToStart(error: unknown): void {
  console.error('[mandate-planner] could not start:', error);
  const reason = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Mandate Planner could not start', `${reason}\n\nYour plan files have not been changed.`);
  app.exit(1);
}

/** Spelling is checked only where the OS does it without the network; nothing is ever downloaded. */
function configureSpellChecker(): void {
  const spelling = session.defaultSession;
  spelling.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_URL);
  spelling.setSpellCheckerEnabled(spellCheckerOffline(process.platform));
}

function start(): void {
  lockDown();
  configureSpellChecker();
  const paths = builtPaths(mainDir, mode.devServerUrl);
  serveRenderer(paths.rendererDir);
  const settings = createSettingsStore(openSettings());
  const contents = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null);
  const guard = createCloseGuard(
    () => sendEvent(contents(), 'onCommand', { command: 'close-requested' }),
    () => mainWindow?.close(),
  );
  const documents = new DocumentRegistry();
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
    // The open documents' change histories, built and kept off this thread (docs/merge.md §6).
    histories: workerHistories(new URL('./historyWorker.js', import.meta.url)),
    onBriefProgress: (progress) => sendEvent(contents(), 'onBriefProgress', progress),
    onCloseConfirmed: () => guard.confirm(),
    onDocumentState: ({ title, dirty }) => {
      guard.setDirty(dirty);
      mainWindow?.setTitle(windowTitle({ title, dirty }));
      mainWindow?.setDocumentEdited(dirty);
    },
  }, documents);
  // Unpackaged (development, the Electron e2e spec), every answer is checked against its response schema too.
  registerIpc(handlers, contents, (url) => isAppUrl(url, paths.devServerUrl), !app.isPackaged);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate((command) => sendEvent(contents(), 'onCommand', { command }), process.platform, mode.developerTools)),
  );

  const win = createWindow(paths, settings, mode.developerTools, failToStart);
  mainWindow = win;
  attachContextMenu(win, mode.developerTools);
  // A file the planner double-clicked or named on the command line was chosen by them: it goes on the
  // recent list the main process keeps, which is what lets the renderer ask to open it.
  const recent = createRecentFiles(settings, () => new Date());
  const deliver = (files: string[]) => {
    files.forEach((path) => recent.add(path));
    const last = files.at(-1);
    if (last) sendEvent(contents(), 'onOpenFile', { path: last });
  };
  win.webContents.once('did-finish-load', () => {
    openFromOutside = deliver;
    deliver(waitingFiles.splice(0));
  });
  win.on('close', (event) => guard.onCloseAttempt(event));
  win.webContents.on('render-process-gone', (_event, details) => {
    guard.rendererGone();
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    void offerReload(win, () => {
      // The reloaded page starts with nothing open: the crashed page's recovery copies are offered back.
      documents.forgetAll();
      guard.rendererReloaded();
    });
  });
  win.on('unresponsive', () => guard.setResponsive(false));
  win.on('responsive', () => guard.setResponsive(true));
  win.on('closed', () => {
    mainWindow = null;
  });
}

/**
 * A crashed page leaves a blank window: offer to reload it. Recovery copies are written while the
 * plan is open, so the reloaded app offers the unsaved work back; nothing here touches them.
 */
async function offerReload(win: BrowserWindow, onReload: () => void): Promise<void> {
  const { response } = await dialog.showMessageBox(win, {
    type: 'error',
    title: 'Mandate Planner',
    message: 'The Mandate Planner window stopped working.',
    detail: 'Reload it to go on working. Unsaved changes were kept in a recovery copy, which the app offers back after reloading.',
    buttons: ['Reload', 'Close Window'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (win.isDestroyed()) return;
  if (response === 0) {
    onReload();
    win.webContents.reload();
  } else {
    win.close();
  }
}

const refused = refusedSwitches((name) => app.commandLine.hasSwitch(name), app.isPackaged);
if (refused.length > 0) {
  // An installed app does not open itself to a debugger (the fuses already ignore --inspect and NODE_OPTIONS).
  dialog.showErrorBox('Mandate Planner', `Mandate Planner does not start with debugging switches: --${refused.join(', --')}.`);
  app.exit(1);
} else {
  // Before ready, as Electron requires: the renderer's own scheme, and a sandbox for every renderer.
  registerAppScheme();
  app.enableSandbox();
  // A fixed, space-free data folder, whatever the product name: settings and recovery copies stay put.
  app.setPath('userData', mode.userData ?? join(app.getPath('appData'), 'mandate-planner'));
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
    app.whenReady().then(start).catch(failToStart);
  }
}
