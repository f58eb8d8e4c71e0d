/**
 * The lock-down applied to every web contents and to the session, written against the few
 * methods it uses instead of Electron's types, so Node tests can run it on stand-ins and prove
 * each event is answered (security.ts hands it the real `app` and `session`).
 */
import { isNavigationAllowed, isPermissionAllowed } from './window-options';

interface Preventable {
  preventDefault(): void;
}

/** What the lock-down needs of a WebContents. */
export interface ContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** What the lock-down needs of Electron's `app`. */
export interface AppLike {
  on(event: 'web-contents-created', listener: (event: unknown, contents: ContentsLike) => void): unknown;
}

/** What the lock-down needs of a Session. */
export interface SessionLike {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
}

/** Refuses a navigation or redirect away from the app's one page. */
export function guardNavigation(event: Preventable, url: string): void {
  if (!isNavigationAllowed(url)) event.preventDefault();
}

/** New windows (window.open, target=_blank links) are never opened. */
export const denyNewWindow = (): { action: 'deny' } => ({ action: 'deny' });

/** Locks one web contents down: no navigation, no new windows, no webviews. */
export function guardContents(contents: ContentsLike): void {
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.setWindowOpenHandler(denyNewWindow);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Locks every web contents created from now on and the session's permissions. Call before any window exists. */
export function applyLockDown(app: AppLike, session: SessionLike): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  session.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
}
