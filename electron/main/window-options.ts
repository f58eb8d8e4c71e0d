/**
 * The main window's options and the security decisions around it, as plain data and pure
 * functions so Node tests can check them without Electron. Only type imports from 'electron'.
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { WindowBounds } from '../services/ports';

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;

/** What the window's options depend on besides its saved bounds. */
export interface WindowContext {
  /** The primary display's work area (screen.getPrimaryDisplay().workAreaSize). */
  workArea: { width: number; height: number };
  /** False in an installed app: no DevTools at all. */
  developerTools: boolean;
  /** Only where the OS checks spelling itself (see spellCheckerOffline). */
  spellcheck: boolean;
}

/** A size that fits the work area: small laptop screens (1366×768 at 125 %) get a window that fits. */
export function fitToWorkArea(size: { width: number; height: number }, workArea: { width: number; height: number }): { width: number; height: number } {
  return { width: Math.min(size.width, workArea.width), height: Math.min(size.height, workArea.height) };
}

/** Every security-relevant preference is set explicitly, even where it matches Electron's default. */
export function windowOptions(preloadPath: string, bounds: WindowBounds | null, context: WindowContext): BrowserWindowConstructorOptions {
  const size = fitToWorkArea({ width: bounds?.width ?? DEFAULT_SIZE.width, height: bounds?.height ?? DEFAULT_SIZE.height }, context.workArea);
  const min = fitToWorkArea(MIN_SIZE, context.workArea);
  return {
    ...size,
    ...(bounds?.x !== undefined && bounds?.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: min.width,
    minHeight: min.height,
    title: 'Mandate Planner',
    // Shown on ready-to-show (and maximized only then), so the planner never sees an empty white frame.
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
      devTools: context.developerTools,
      spellcheck: context.spellcheck,
    },
  };
}

/**
 * Whether spell checking can run without the network on `platform`. Only macOS checks spelling
 * with the OS alone. On Linux Chromium downloads Hunspell dictionaries from Google's CDN; on
 * Windows it uses the OS checker but still downloads Hunspell dictionaries for languages that
 * have no Windows language pack. An app that promises no network request turns it off there.
 */
export const spellCheckerOffline = (platform: NodeJS.Platform): boolean => platform === 'darwin';

/**
 * Where Chromium would fetch spelling dictionaries from: an `app://` path the protocol never
 * serves, so that even a spell checker switched on by mistake cannot reach the network.
 */
export const NO_DICTIONARY_URL = 'app://mandate-planner/no-dictionaries/';

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
