/**
 * Who may call the main process: only the main frame of the window we created, showing our page.
 * Written against the few fields it reads instead of Electron's types, so Node tests run it.
 */
import { APP_HOST, APP_SCHEME } from './app-protocol';

/** What the check reads of a frame (Electron's WebFrameMain). */
export interface FrameLike {
  readonly processId: number;
  readonly routingId: number;
  readonly url: string;
}

/** What the check reads of an IPC event. */
export interface InvokeEventLike {
  readonly sender: unknown;
  readonly senderFrame: FrameLike | null;
}

/** What the check reads of our window's WebContents. */
export interface ContentsLike {
  readonly mainFrame: FrameLike;
}

/**
 * True when `url` is the page we loaded: `app://mandate-planner/index.html` (any hash or query),
 * or in development the loopback dev server electron-vite started. The page URL holds no install
 * path, so where the app is installed (`C:\Users\JOHNSM~1\…`, `/opt/100% [x]/…`) cannot matter.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (devServerUrl) return parsed.origin === new URL(devServerUrl).origin;
  // Compared part by part: WHATWG URL gives a non-special scheme the opaque origin "null".
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.pathname === '/index.html' && !parsed.username && !parsed.password && !parsed.port;
}

/**
 * True when the request comes from the main frame of the window we created, showing our page
 * (not an iframe, not another window, not a page it was somehow navigated to).
 */
export function isOurWindow(event: InvokeEventLike, contents: ContentsLike | null, isAppPage: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  if (!contents || event.sender !== contents || !frame) return false;
  const main = contents.mainFrame;
  return frame.processId === main.processId && frame.routingId === main.routingId && isAppPage(frame.url);
}
