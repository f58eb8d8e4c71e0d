/**
 * The browser test host without the test runner: serves the built renderer, builds the real
 * handlers over a temp folder with scripted dialogs, and binds them to a page as
 * `window.planner` — built by the preload's own builder, over Playwright bindings. Used by the fixture in
 * host.ts and by screenshot.ts.
 */
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { eventChannelOf } from '../../../shared/ipc';
import type { EventName, EventPayload } from '../../../shared/ipc';
import { buildPlannerApi, IPC_CHANNELS } from '../../../shared/ipc-channels';
import type { ChannelTable } from '../../../shared/ipc-channels';
import { channelToMethod, dispatch } from '../../../electron/services/dispatch';
import type { Handlers } from '../../../electron/services/handler-types';
import { createHandlers } from '../../../electron/services/handlers';
import type { DialogPort, HandlerPorts } from '../../../electron/services/ports';
import { createConfSettings } from '../../../electron/services/settings-store';
import { sourceHistoryWorkerUrl, sourcePdfWorkerUrl } from '../../services/pdf-worker-source';
import { workerHistories } from '../../../electron/services/merge/history-in-worker';
import { findChromium } from './chromium-path';

/** The Chromium to drive (see chromium-path.ts); undefined means Playwright's own browser. */
export const CHROMIUM_PATH = findChromium();
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const RENDERER_DIR = resolve(import.meta.dirname, '../../../out/renderer');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface RendererServer {
  url: string;
  close(): Promise<void>;
}

/** Serves out/renderer on 127.0.0.1 at a random port; fails plainly when the build is missing. */
export async function startRendererServer(root = RENDERER_DIR): Promise<RendererServer> {
  const index = join(root, 'index.html');
  if (!(await stat(index).catch(() => null))) {
    throw new Error(`The built renderer is missing (${index}). Run \`npm run build\` before the browser tests.`);
  }
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    stat(file)
      .then((info) => {
        if (!info.isFile()) throw new Error('not a file');
        res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        createReadStream(file).pipe(res);
      })
      .catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Dialogs that answer what the test scripted; an unscripted dialog is cancelled. */
export class ScriptedDialogs implements DialogPort {
  /** The path the next open dialog returns (then null again = cancel). */
  nextOpen: string | null = null;
  /** The path the next save dialog returns (then null again = cancel). */
  nextSave: string | null = null;
  /** Every dialog shown, in order, with the folder or file it suggested. */
  readonly shown: { kind: 'open' | 'save'; title: string; defaultPath?: string }[] = [];

  async showOpenDialog(options: { title: string; defaultPath?: string }): Promise<string | null> {
    this.shown.push({ kind: 'open', title: options.title, defaultPath: options.defaultPath });
    const answer = this.nextOpen;
    this.nextOpen = null;
    return answer;
  }

  async showSaveDialog(options: { title: string; defaultPath?: string }): Promise<string | null> {
    this.shown.push({ kind: 'save', title: options.title, defaultPath: options.defaultPath });
    const answer = this.nextSave;
    this.nextSave = null;
    return answer;
  }
}

export interface HostFolders {
  root: string;
  /** Where tests put plan files (also the dialogs' default folder). */
  docs: string;
  /** The app data folder: settings and recovery copies. */
  data: string;
}

/** A fresh temp folder tree for one test (or one screenshot run). */
export async function createHostFolders(): Promise<HostFolders> {
  const root = await mkdtemp(join(tmpdir(), 'mplan-e2e-'));
  const folders = { root, docs: join(root, 'docs'), data: join(root, 'data') };
  await mkdir(folders.docs);
  await mkdir(folders.data);
  return folders;
}

export const removeHostFolders = (folders: HostFolders) => rm(folders.root, { recursive: true, force: true });

/** What the main process would see of the renderer: its reported state and close confirmations. */
export interface HostedPlanner {
  folders: HostFolders;
  dialogs: ScriptedDialogs;
  handlers: Handlers;
  documentStates: { title: string; dirty: boolean }[];
  closeConfirmations: number;
  /** What the renderer asked the desktop shell to do (open a file, show it in its folder). */
  shellCalls: { kind: 'open' | 'show'; path: string }[];
  /** Each step reported while a brief rendered (in the PDF worker, as in the app). */
  briefProgress: EventPayload<'onBriefProgress'>[];
}

/**
 * Real handlers over real ports: a conf settings store and recovery folder in `folders.data`, briefs
 * rendered in the PDF worker. `forwardProgress` passes brief progress on to the page, as Electron does.
 */
export function createHostedPlanner(folders: HostFolders, forwardProgress?: (progress: EventPayload<'onBriefProgress'>) => void): HostedPlanner {
  const dialogs = new ScriptedDialogs();
  const hosted: HostedPlanner = {
    folders,
    dialogs,
    handlers: undefined as unknown as Handlers,
    documentStates: [],
    closeConfirmations: 0,
    shellCalls: [],
    briefProgress: [],
  };
  const ports: HandlerPorts = {
    dialogs,
    settings: createConfSettings(folders.data),
    now: () => new Date(),
    dataDir: folders.data,
    documentsDir: folders.docs,
    appVersion: '0.0.0-browser-test',
    host: 'browser-test',
    pdfWorkerUrl: sourcePdfWorkerUrl(),
    // The change histories in their worker, as in the app (docs/merge.md §6).
    histories: workerHistories(sourceHistoryWorkerUrl()),
    onBriefProgress: (progress) => {
      hosted.briefProgress.push(progress);
      forwardProgress?.(progress);
    },
    onCloseConfirmed: () => void hosted.closeConfirmations++,
    onDocumentState: (state) => void hosted.documentStates.push(state),
    shell: {
      openPath: async (path) => void hosted.shellCalls.push({ kind: 'open', path }),
      showItemInFolder: (path) => void hosted.shellCalls.push({ kind: 'show', path }),
    },
  };
  hosted.handlers = createHandlers(ports);
  return hosted;
}

/**
 * Binds `window.planner` in the page to the hosted handlers. `getHandlers` is read per call, so
 * a test can swap in new handlers (a restarted app) and reload the page. The API is built in the
 * page by the preload's own builder (`buildPlannerApi`, injected as source text) over the same
 * channel table; only the transport differs: a Playwright binding instead of ipcRenderer.invoke,
 * and a listener map standing in for ipcRenderer.on.
 */
export async function bindPlanner(page: Page, getHandlers: () => Handlers): Promise<void> {
  await page.exposeBinding('__plannerInvoke', (_source, channel: string, request: unknown) => {
    const method = channelToMethod[channel];
    return dispatch(getHandlers(), method ?? channel, request, { checkResponses: true });
  });
  // tsx/esbuild may wrap nested functions in a `__name` helper that does not exist in the page,
  // so the helper is defined as a no-op first.
  await page.addInitScript({
    content: `(() => { const __name = (fn) => fn; (${installPlanner.toString()})(${buildPlannerApi.toString()}, ${JSON.stringify(IPC_CHANNELS)}); })();`,
  });
}

/** Runs in the page before any of its scripts: the host's transport, handed to the preload's builder. */
function installPlanner(build: typeof buildPlannerApi, table: ChannelTable): void {
  type Listener = (payload: unknown) => void;
  const host = window as unknown as { __plannerInvoke: (channel: string, request: unknown) => Promise<unknown> };
  const listeners = new Map<string, Set<Listener>>();
  const api = build(
    table,
    (channel, request) => host.__plannerInvoke(channel, request),
    (channel, listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
      return () => void listeners.get(channel)!.delete(listener);
    },
  );
  Object.defineProperty(window, 'planner', { value: api });
  // The test's stand-in for main-process events (webContents.send in Electron).
  Object.defineProperty(window, '__plannerEmit', {
    value: (channel: string, payload: unknown) => listeners.get(channel)?.forEach((listener) => listener(payload)),
  });
}

/** Pushes a main-process event (e.g. a menu command or 'close-requested') to the page. */
export async function emitEvent<E extends EventName>(page: Page, event: E, payload: EventPayload<E>): Promise<void> {
  await page.evaluate(
    ([channel, data]) => (window as unknown as { __plannerEmit: (c: string, p: unknown) => void }).__plannerEmit(channel, data),
    [eventChannelOf(event), payload] as const,
  );
}
