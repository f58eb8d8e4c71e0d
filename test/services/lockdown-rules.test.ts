import { describe, expect, it } from 'vitest';
import { applyLockDown } from '../../electron/main/lockdown-rules';
import type { AppLike, ContentsLike, SessionLike } from '../../electron/main/lockdown-rules';

type Listener = (...args: never[]) => unknown;

/** A web contents stand-in that records the listeners the lock-down registers and can fire them. */
class FakeContents implements ContentsLike {
  readonly listeners = new Map<string, Listener[]>();
  windowOpen: ((details: { url: string }) => { action: string }) | null = null;
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
    this.windowOpen = handler;
  }
  /** Fires an event as Electron would; true when some listener prevented it. */
  fire(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    const e = { preventDefault: () => void (prevented = true) };
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(e, ...args);
    return prevented;
  }
}

/** An app and session pair as the lock-down sees them. */
function lockedDown() {
  let created: ((event: unknown, contents: ContentsLike) => void) | null = null;
  const app: AppLike = { on: (_event, listener) => (created = listener) };
  const session = {
    request: null as null | ((c: unknown, permission: string, callback: (granted: boolean) => void) => void),
    check: null as null | ((c: unknown, permission: string) => boolean),
    setPermissionRequestHandler(handler) { this.request = handler; },
    setPermissionCheckHandler(handler) { this.check = handler; },
  } satisfies SessionLike & Record<string, unknown>;
  applyLockDown(app, session);
  const newContents = () => {
    const contents = new FakeContents();
    created!({}, contents);
    return contents;
  };
  const ask = (permission: string) => new Promise<boolean>((answer) => session.request!(null, permission, answer));
  return { newContents, ask, check: (permission: string) => session.check!(null, permission) };
}

describe('the lock-down of every window and of the session', () => {
  it('refuses every navigation and redirect away from the app, wherever it points', () => {
    const contents = lockedDown().newContents();
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<script>1</script>', 'http://127.0.0.1:5173/#/risks']) {
      expect(contents.fire('will-navigate', url), url).toBe(true);
      expect(contents.fire('will-redirect', url), url).toBe(true);
    }
  });

  it('opens no new windows and attaches no webviews', () => {
    const contents = lockedDown().newContents();
    expect(contents.windowOpen?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpen?.({ url: 'about:blank' })).toEqual({ action: 'deny' });
    expect(contents.fire('will-attach-webview', {}, {})).toBe(true);
  });

  it('guards web contents created later too (each gets its own listeners)', () => {
    const { newContents } = lockedDown();
    const first = newContents();
    const second = newContents();
    expect(second.fire('will-navigate', 'https://example.org/')).toBe(true);
    expect(first.listeners.get('will-navigate')).toHaveLength(1);
  });

  it('grants no permission but writing text to the clipboard, when asked or checked', async () => {
    const { ask, check } = lockedDown();
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'display-capture', 'unknown']) {
      expect(await ask(permission), permission).toBe(false);
      expect(check(permission), permission).toBe(false);
    }
    expect(await ask('clipboard-sanitized-write')).toBe(true);
    expect(check('clipboard-sanitized-write')).toBe(true);
  });
});
