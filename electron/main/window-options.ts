/**
 * The main window's options and the security decisions around it, as plain data and pure
 * functions so Node tests can check them without Electron. Only type imports from 'electron'.
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { pathToFileURL } from 'node:url';
import type { WindowBounds } from '../services/ports';

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;

/** Every security-relevant preference is set explicitly, even where it matches Electron's default. */
export function windowOptions(preloadPath: string, bounds: WindowBounds | null = null): BrowserWindowConstructorOptions {
  return {
    width: bounds?.width ?? DEFAULT_SIZE.width,
    height: bounds?.height ?? DEFAULT_SIZE.height,
    ...(bounds?.x !== undefined && bounds?.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Mandate Planner',
    // Shown on ready-to-show, so the planner never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}

/** Permissions a page may get. Writing plain text to the clipboard ("copy clause") is the only one. */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Camera, location, notifications, … are refused: the app needs none of them. */
export const isPermissionAllowed = (permission: string): boolean => ALLOWED_PERMISSIONS.has(permission);

/** The app is one page: any navigation away from it (a dropped file, a link, a redirect) is refused. */
export const isNavigationAllowed = (_url: string): boolean => false;

/**
 * Restores saved bounds only when the window would be visible on one of today's displays
 * (a monitor may have been unplugged since); otherwise keeps the size and lets the OS place it.
 */
export function fitBounds(saved: WindowBounds | null, workAreas: readonly Rectangle[]): WindowBounds | null {
  if (!saved) return null;
  const width = Math.max(MIN_SIZE.width, Math.round(saved.width));
  const height = Math.max(MIN_SIZE.height, Math.round(saved.height));
  if (saved.x === undefined || saved.y === undefined) return { width, height, maximized: saved.maximized };
  const { x, y } = saved;
  // Visible enough: the title bar's top-left 100x50 lies inside some work area.
  const visible = workAreas.some((a) => x + 100 > a.x && x < a.x + a.width - 50 && y >= a.y && y < a.y + a.height - 50);
  return visible ? { x, y, width, height, maximized: saved.maximized } : { width, height, maximized: saved.maximized };
}

/**
 * True when `url` is the page we loaded: the built renderer file, or the dev server in development.
 * IPC from any other page (even inside our window) is refused.
 */
export function isAppUrl(url: string, rendererHtml: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (devServerUrl) return parsed.origin === new URL(devServerUrl).origin;
  return parsed.protocol === 'file:' && parsed.pathname === pathToFileURL(rendererHtml).pathname;
}
