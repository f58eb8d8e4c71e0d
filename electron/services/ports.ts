/**
 * What the handlers need from the outside world. Electron supplies real dialogs and electron-store;
 * the Node tests and the browser test host supply scripted dialogs and a conf store in a temp folder.
 */
import type { BriefProgressListener } from './pdf/brief-progress';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface DialogPort {
  /** Resolves to the chosen path, or null when the planner cancelled. */
  showOpenDialog(options: { title: string; defaultPath?: string; filters: FileFilter[] }): Promise<string | null>;
  showSaveDialog(options: { title: string; defaultPath?: string; filters: FileFilter[] }): Promise<string | null>;
  /**
   * Asks whether to replace an existing file: the question the save dialog asks, for a name it did
   * not see (the extension added to a typed name). Without it, existing files are never replaced.
   */
  confirmReplace?(options: { path: string }): Promise<boolean>;
}

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export interface RecentEntry {
  path: string;
  openedAt: string;
}

/** The persisted settings (electron-store in the app, conf in tests). */
export interface Settings {
  recentFiles: RecentEntry[];
  lastFolder: string | null;
  windowBounds: WindowBounds | null;
}

export interface SettingsPort {
  get<K extends keyof Settings>(key: K): Settings[K];
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
}

/** The desktop's file handling: open a file in its default app, or show it in the file manager. */
export interface ShellPort {
  /** Rejects with the system's reason when the file could not be opened. */
  openPath(path: string): Promise<void>;
  showItemInFolder(path: string): void;
}

import type { HistoryService } from './merge/history-service';

export interface HandlerPorts {
  dialogs: DialogPort;
  settings: SettingsPort;
  /** Injected so tests can fix time. */
  now: () => Date;
  /** Folder for recovery copies and other app data (app.getPath('userData') in Electron). */
  dataDir: string;
  /** Folder offered by dialogs before the planner has chosen one. */
  documentsDir: string;
  appVersion: string;
  host: 'electron' | 'browser-test';
  /** The app opens on the sample plan until the planner has opened or saved a file of their own. */
  openSampleOnFirstStart?: boolean;
  /** Called when the renderer confirmed that the window may close (Electron only). */
  onCloseConfirmed?: () => void;
  /** Called when the renderer reports its title and dirty state (Electron only). */
  onDocumentState?: (state: { title: string; dirty: boolean }) => void;
  /** Opens files in the system's apps (Electron's shell); absent where there is no desktop. */
  shell?: ShellPort;
  /** The open documents' change histories: the app keeps them in the history worker; without it, in this thread. */
  histories?: HistoryService;
  /** The PDF worker's entry (out/main/pdfWorker.js in the app); without it briefs render in this thread. */
  pdfWorkerUrl?: URL;
  /** Told each step while a brief renders (Electron forwards it to the renderer as onBriefProgress). */
  onBriefProgress?: BriefProgressListener;
}
