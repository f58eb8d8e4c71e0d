// A strict stand-in for Electron 41's main-process API, for running the built main process in plain
// Node: it records calls and throws where real Electron does (APIs used before ready, enableSandbox
// or registerSchemesAsPrivileged after ready, a preload or page that does not exist, a second
// handler for a channel). It is NOT Electron: no Chromium, no renderer, no real windows.
// Adapted from the team's review harness (../shared/electron-harness at the time of writing).
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import url from 'node:url';

export const log = [];
const note = (...entry) => log.push(entry);
let ready = false;
let readyResolve;
const readyPromise = new Promise((resolve) => (readyResolve = resolve));
const needReady = (what) => {
  if (!ready) throw new Error(`STAND-IN: ${what} used before the app is ready (Electron throws here too)`);
};
const base = process.env.STAND_IN_HOME ?? join(tmpdir(), `mplan-stand-in-${process.pid}`);
const paths = { appData: join(base, 'appData'), userData: join(base, 'appData', 'Electron'), documents: join(base, 'Documents'), temp: tmpdir(), home: base };
for (const p of [paths.appData, paths.documents]) mkdirSync(p, { recursive: true });
const switches = new Set((process.env.STAND_IN_SWITCHES ?? '').split(',').filter(Boolean));
const failures = new Set((process.env.STAND_IN_FAIL ?? '').split(',').filter(Boolean));

class App extends EventEmitter {
  isPackaged = process.env.STAND_IN_PACKAGED === '1';
  commandLine = { hasSwitch: (name) => switches.has(name), getSwitchValue: () => '', appendSwitch() {}, removeSwitch() {} };
  enableSandbox() {
    note('app.enableSandbox', { ready });
    if (ready) throw new Error('app.enableSandbox() can only be called before app is ready');
  }
  setPath(name, p) {
    note('app.setPath', name, p, { ready });
    if (!isAbsolute(p)) throw new Error(`Path must be absolute: ${p}`);
    mkdirSync(p, { recursive: true });
    paths[name] = p;
  }
  getPath(name) {
    if (!(name in paths)) throw new Error(`Failed to get '${name}' path`);
    note('app.getPath', name, { ready });
    return paths[name];
  }
  getVersion() { return '0.1.0'; }
  getName() { return 'Mandate Planner'; }
  getAppPath() { return process.env.STAND_IN_APP_PATH ?? process.cwd(); }
  requestSingleInstanceLock() {
    note('app.requestSingleInstanceLock', { ready });
    return process.env.STAND_IN_SECOND_INSTANCE !== '1';
  }
  quit() {
    note('app.quit');
    let cancelled = false;
    this.emit('before-quit', { preventDefault: () => (cancelled = true) });
    if (cancelled) return;
    for (const win of [...windows]) {
      win.close();
      if (!win.isDestroyed()) return void note('quit cancelled by window');
    }
    this.emit('will-quit', { preventDefault() {} });
  }
  exit(code) { note('app.exit', code); this.exitCode = code; }
  isReady() { return ready; }
  whenReady() { return readyPromise; }
  __ready() {
    ready = true;
    note('ready');
    this.emit('ready');
    readyResolve();
  }
}
export const app = new App();

/** Schemes registered with registerSchemesAsPrivileged, and the handlers given to protocol.handle. */
const privileged = new Map();
const handlers = new Map();
export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    note('protocol.registerSchemesAsPrivileged', schemes.map((s) => s.scheme), { ready });
    if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    for (const s of schemes) privileged.set(s.scheme, s.privileges);
  },
  handle(scheme, handler) {
    needReady('protocol.handle');
    if (handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    note('protocol.handle', scheme);
    handlers.set(scheme, handler);
  },
  isProtocolHandled: (scheme) => handlers.has(scheme),
  privileges: (scheme) => privileged.get(scheme),
  /** What the page's request for `url` gets: the registered handler's Response. */
  async request(url) {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = handlers.get(scheme);
    if (!handler) throw new Error(`STAND-IN: ERR_UNKNOWN_URL_SCHEME ${url}`);
    return handler(new Request(url));
  },
};
export const net = { fetch: (...args) => fetch(...args) };

const windows = [];
let nextId = 1;
class WebContents extends EventEmitter {
  constructor(win) {
    super();
    this.win = win;
    this.id = nextId++;
    this.sent = [];
    this.url = '';
    this.destroyed = false;
    this.reloads = 0;
    const frameUrl = () => this.url;
    this.mainFrame = { processId: 7, routingId: this.id, get url() { return frameUrl(); } };
    this.session = defaultSession;
  }
  /** Events the page listens to (test/smoke/page.mjs subscribes the preload's listeners here). */
  page = new EventEmitter();
  send(channel, ...args) {
    const copy = structuredClone(args);
    this.sent.push([channel, ...args]);
    this.page.emit(channel, {}, ...copy);
  }
  isDestroyed() { return this.destroyed; }
  setWindowOpenHandler(handler) { this.windowOpenHandler = handler; }
  getURL() { return this.url; }
  reload() { this.reloads++; note('webContents.reload'); setTimeout(() => this.emit('did-finish-load'), 5); }
  replaceMisspelling(word) { note('webContents.replaceMisspelling', word); }
  cut() {} copy() {} paste() {} selectAll() {}
}
export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    needReady('new BrowserWindow');
    if (failures.has('BrowserWindow')) throw new Error('The GPU process could not start (stand-in failure)');
    this.options = options;
    this.destroyed = false;
    this.visible = options.show !== false;
    this.maximized = false;
    this.title = options.title;
    const preload = options.webPreferences?.preload;
    if (preload && (!isAbsolute(preload) || !existsSync(preload))) throw new Error(`STAND-IN: preload does not exist: ${preload}`);
    this.webContents = new WebContents(this);
    windows.push(this);
    note('BrowserWindow', options);
    app.emit('browser-window-created', {}, this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  static getAllWindows() { return windows.filter((w) => !w.destroyed); }
  static fromWebContents(contents) { return windows.find((w) => w.webContents === contents) ?? null; }
  /** As Electron's lib/browser/api/web-contents.ts builds the URL (legacy url.format escapes only # and ?). */
  async loadFile(filePath) {
    const full = resolve(app.getAppPath(), filePath);
    if (!existsSync(full)) throw new Error(`STAND-IN: ERR_FILE_NOT_FOUND ${full}`);
    this.webContents.url = new URL(url.format({ protocol: 'file', slashes: true, pathname: full })).href;
    note('loadFile', full, this.webContents.url);
    note('page loaded', this.webContents.url, 0);
    setTimeout(() => {
      if (this.destroyed) return;
      this.contentReady = true;
      this.emit('ready-to-show');
      this.webContents.emit('did-finish-load');
    }, 5);
  }
  /** Loads the page the way Chromium would ask for it: the page, then every asset it names. */
  async loadURL(url) {
    note('loadURL', url);
    this.webContents.url = url;
    if (url.startsWith('app:')) {
      const page = await protocol.request(url);
      if (page.status !== 200) throw new Error(`STAND-IN: ERR_FILE_NOT_FOUND ${url} (status ${page.status})`);
      const html = await page.text();
      this.pageHeaders = page.headers;
      const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => new URL(m[1], url).href);
      for (const asset of assets) {
        const answer = await protocol.request(asset);
        if (answer.status !== 200) throw new Error(`STAND-IN: asset failed to load ${asset} (status ${answer.status})`);
      }
      note('page loaded', url, assets.length);
    }
    setTimeout(() => {
      if (this.destroyed) return;
      this.contentReady = true;
      this.emit('ready-to-show');
      this.webContents.emit('did-finish-load');
    }, 5);
  }
  show() { this.visible = true; note('win.show'); }
  maximize() {
    this.maximized = true;
    note('win.maximize', { visible: this.visible });
    // Electron: "This will also show (but not focus) the window if it isn't being displayed already."
    if (!this.visible) {
      this.visible = true;
      if (!this.contentReady) note('win.maximize showed the window before its content');
    }
  }
  isMaximized() { return this.maximized; }
  isMinimized() { return false; }
  restore() {}
  focus() { note('win.focus'); }
  setTitle(title) { this.title = title; }
  setDocumentEdited(edited) { this.edited = edited; }
  isDestroyed() { return this.destroyed; }
  getNormalBounds() { return { x: 10, y: 20, width: this.options.width, height: this.options.height }; }
  close() {
    if (this.destroyed) return;
    let prevented = false;
    this.emit('close', { preventDefault() { prevented = true; } });
    if (prevented) return void note('close prevented');
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.webContents.emit('destroyed');
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
  }
}

const MENU_ROLES = new Set(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll', 'reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'toggleSpellChecker', 'togglefullscreen', 'window', 'minimize', 'close', 'help', 'about', 'services', 'hide', 'hideOthers', 'unhide', 'quit', 'startSpeaking', 'stopSpeaking', 'zoom', 'front', 'appMenu', 'fileMenu', 'editMenu', 'viewMenu', 'shareMenu', 'recentDocuments', 'toggleTabBar', 'selectNextTab', 'selectPreviousTab', 'showAllTabs', 'mergeAllWindows', 'clearRecentDocuments', 'moveTabToNewWindow', 'windowMenu']);
function checkItems(items, where) {
  for (const item of items) {
    if (item.role && !MENU_ROLES.has(item.role)) throw new Error(`STAND-IN: bad role ${item.role} in ${where}`);
    if (item.click && typeof item.click !== 'function') throw new Error('STAND-IN: click is not a function');
    if (item.submenu) checkItems(item.submenu, item.label ?? item.role);
    if (!item.role && !item.label && item.type !== 'separator' && !item.submenu) throw new Error(`STAND-IN: item without a label in ${where}`);
  }
}
export const popups = [];
export const Menu = {
  buildFromTemplate(template) {
    needReady('Menu.buildFromTemplate');
    checkItems(template, 'root');
    const menu = Object.assign(new EventEmitter(), { items: template, popup: (options) => popups.push({ items: template, options }) });
    return menu;
  },
  setApplicationMenu(menu) { needReady('Menu.setApplicationMenu'); Menu.current = menu; },
};

export const ipcMain = Object.assign(new EventEmitter(), {
  handlers: new Map(),
  handle(channel, fn) {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, fn);
  },
  removeHandler(channel) { this.handlers.delete(channel); },
});

export const dialog = {
  queue: [],
  messageAnswers: [],
  errorBoxes: [],
  async showOpenDialog(win, options) {
    needReady('dialog.showOpenDialog');
    if (!(win instanceof BrowserWindow)) options = win;
    note('dialog.showOpenDialog', options);
    return dialog.queue.shift() ?? { canceled: true, filePaths: [] };
  },
  async showSaveDialog(win, options) {
    needReady('dialog.showSaveDialog');
    if (!(win instanceof BrowserWindow)) options = win;
    note('dialog.showSaveDialog', options);
    return dialog.queue.shift() ?? { canceled: true, filePath: '' };
  },
  async showMessageBox(win, options) {
    needReady('dialog.showMessageBox');
    if (!(win instanceof BrowserWindow)) options = win;
    note('dialog.showMessageBox', options);
    return { response: dialog.messageAnswers.shift() ?? options.cancelId ?? 0, checkboxChecked: false };
  },
  // Electron documents showErrorBox as safe to call before ready.
  showErrorBox(title, content) { note('dialog.showErrorBox', title, content); dialog.errorBoxes.push({ title, content }); },
};
const workArea = { x: 0, y: 0, width: Number(process.env.STAND_IN_SCREEN_WIDTH ?? 1920), height: Number(process.env.STAND_IN_SCREEN_HEIGHT ?? 1040) };
export const screen = {
  getAllDisplays() { needReady('screen'); return [{ workArea, workAreaSize: { width: workArea.width, height: workArea.height } }]; },
  getPrimaryDisplay() { needReady('screen'); return { workArea, workAreaSize: { width: workArea.width, height: workArea.height } }; },
};
const defaultSession = {
  spellCheckerEnabled: true,
  setPermissionRequestHandler(handler) { needReady('session'); this.permissionRequest = handler; },
  setPermissionCheckHandler(handler) { needReady('session'); this.permissionCheck = handler; },
  setSpellCheckerEnabled(enabled) { needReady('session'); this.spellCheckerEnabled = enabled; note('session.setSpellCheckerEnabled', enabled); },
  setSpellCheckerDictionaryDownloadURL(url) { needReady('session'); this.dictionaryUrl = url; note('session.setSpellCheckerDictionaryDownloadURL', url); },
  addWordToSpellCheckerDictionary(word) { note('session.addWordToSpellCheckerDictionary', word); return true; },
};
export const session = { get defaultSession() { needReady('session.defaultSession'); return defaultSession; } };
export const shell = {
  async openPath(p) { note('shell.openPath', p); return ''; },
  showItemInFolder(p) { note('shell.showItemInFolder', p); },
  async openExternal(url) { note('shell.openExternal', url); },
};
export const clipboard = { writeText() {}, readText: () => '' };
export const contextBridge = {};
export const ipcRenderer = {};
export default { app, BrowserWindow, Menu, ipcMain, dialog, screen, session, shell, protocol, net, clipboard, log, popups };
