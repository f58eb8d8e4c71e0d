/** Creates the main window with the secure options, the navigation lock-down and bounds memory. */
import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import type { SettingsPort } from '../services/ports';
import { fitBounds, windowOptions } from './window-options';

export interface WindowPaths {
  preload: string;
  rendererHtml: string;
  /** Set by electron-vite in development (a local dev server). */
  devServerUrl?: string;
}

/** Paths of the built preload and renderer, relative to the bundled main script's folder. */
export function builtPaths(mainDir: string): WindowPaths {
  return {
    preload: join(mainDir, '../preload/index.cjs'),
    rendererHtml: join(mainDir, '../renderer/index.html'),
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
  };
}

/** Opens the main window; its bounds are saved to settings whenever it closes. */
export function createWindow(paths: WindowPaths, settings: SettingsPort): BrowserWindow {
  const bounds = fitBounds(settings.get('windowBounds'), screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow(windowOptions(paths.preload, bounds));
  if (bounds?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  // The title comes from the renderer's state reports (plan title, unsaved marker), not from <title>.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.on('close', () => {
    settings.set('windowBounds', { ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  if (paths.devServerUrl) void win.loadURL(paths.devServerUrl);
  else void win.loadFile(paths.rendererHtml);
  return win;
}
