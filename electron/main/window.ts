/** Creates the main window with the secure options, the navigation lock-down and bounds memory. */
import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import type { SettingsPort } from '../services/ports';
import { APP_PAGE_URL } from './app-protocol';
import { fitBounds, spellCheckerOffline, windowOptions } from './window-options';

export interface WindowPaths {
  preload: string;
  /** The built renderer folder the app:// protocol serves. */
  rendererDir: string;
  /** The electron-vite dev server (development runs only, see launch-mode.ts). */
  devServerUrl?: string;
}

/** Paths of the built preload and renderer, relative to the bundled main script's folder. */
export function builtPaths(mainDir: string, devServerUrl: string | undefined): WindowPaths {
  return {
    preload: join(mainDir, '../preload/index.cjs'),
    rendererDir: join(mainDir, '../renderer'),
    ...(devServerUrl ? { devServerUrl } : {}),
  };
}

/** Opens the main window; its bounds are saved to settings whenever it closes. */
export function createWindow(paths: WindowPaths, settings: SettingsPort, developerTools: boolean, onLoadFailed: (error: unknown) => void): BrowserWindow {
  const bounds = fitBounds(settings.get('windowBounds'), screen.getAllDisplays().map((d) => d.workArea));
  const context = { workArea: screen.getPrimaryDisplay().workAreaSize, developerTools, spellcheck: spellCheckerOffline(process.platform) };
  const win = new BrowserWindow(windowOptions(paths.preload, bounds, context));
  win.once('ready-to-show', () => {
    // maximize() shows a hidden window at once, so it waits for the content like show() does.
    if (bounds?.maximized) win.maximize();
    win.show();
  });
  // The title comes from the renderer's state reports (plan title, unsaved marker), not from <title>.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.on('close', () => {
    settings.set('windowBounds', { ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  win.loadURL(paths.devServerUrl ?? APP_PAGE_URL).catch(onLoadFailed);
  return win;
}
