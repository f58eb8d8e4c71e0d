import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { menuTemplate } from '../../electron/main/menu';
import { fitBounds, isNavigationAllowed, isPermissionAllowed, MIN_SIZE, spellCheckerOffline, windowOptions } from '../../electron/main/window-options';
import type { WindowContext } from '../../electron/main/window-options';
import config, { devServerCsp } from '../../electron.vite.config';
import { MENU_COMMANDS } from '../../shared/ipc';

const root = join(import.meta.dirname, '../..');

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name!, values];
  }));
}

const installed: WindowContext = { workArea: { width: 1920, height: 1040 }, developerTools: false, spellcheck: false };

describe('the main window', () => {
  it('is created with every security option set explicitly', () => {
    const prefs = windowOptions('/app/out/preload/index.cjs', null, installed).webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      devTools: false,
      spellcheck: false,
    });
  });

  it('is never shown before its content is ready', () => {
    expect(windowOptions('/p', null, installed).show).toBe(false);
  });

  it('fits a small screen: 1366×768 at 125 % leaves a 1093×590 work area', () => {
    const small = windowOptions('/p', null, { ...installed, workArea: { width: 1093, height: 590 } });
    expect([small.width, small.height, small.minWidth, small.minHeight]).toEqual([1093, 590, 900, 590]);
    const saved = windowOptions('/p', { x: 0, y: 0, width: 2400, height: 1300 }, installed);
    expect([saved.width, saved.height]).toEqual([1920, 1040]);
    expect([windowOptions('/p', null, installed).width, windowOptions('/p', null, installed).height]).toEqual([1280, 820]);
  });

  it('checks spelling only where the OS does it without downloading dictionaries', () => {
    expect(spellCheckerOffline('darwin')).toBe(true);
    expect(spellCheckerOffline('linux')).toBe(false);
    expect(spellCheckerOffline('win32')).toBe(false);
  });

  it('denies every navigation and every permission except writing text to the clipboard', () => {
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'http://127.0.0.1:5173/']) {
      expect(isNavigationAllowed(url)).toBe(false);
    }
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fileSystem', 'unknown']) {
      expect(isPermissionAllowed(permission)).toBe(false);
    }
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true);
  });

  it('restores saved bounds only where a display still shows them', () => {
    const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    expect(fitBounds({ x: 100, y: 80, width: 1200, height: 800 }, screen)).toMatchObject({ x: 100, y: 80, width: 1200, height: 800 });
    const offScreen = fitBounds({ x: 4000, y: 80, width: 1200, height: 800 }, screen);
    expect(offScreen).toEqual({ width: 1200, height: 800, maximized: undefined });
    expect(fitBounds({ width: 10, height: 10 }, screen)).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
    expect(fitBounds(null, screen)).toBeNull();
  });
});

describe('the content security policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it("allows only the app's own files", () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });

  it('allows no eval, no inline script and no remote origin anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|wss?:|\*/);
  });

  it('is relaxed for the inline Fast Refresh preamble on the dev server only', () => {
    const plugin = devServerCsp();
    expect(plugin.apply).toBe('serve');
    const html = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
    expect((plugin.transformIndexHtml as (html: string) => string)(html)).toContain("script-src 'self' 'unsafe-inline'");
    const renderer = (config as { renderer: { plugins: { name: string }[] } }).renderer;
    expect(renderer.plugins.map((p) => p.name)).toContain('dev-server-csp');
  });

  it('is the policy the renderer page declares', async () => {
    const html = await readFile(join(root, 'renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('the preload build', () => {
  it('is CommonJS with its dependencies bundled, as a sandboxed preload must be', () => {
    const preload = (config as { preload: { build: { externalizeDeps?: unknown; rollupOptions: { output: { format: string } } } } }).preload.build;
    expect(preload.externalizeDeps).toBe(false);
    expect(preload.rollupOptions.output.format).toBe('cjs');
  });

  it('exposes only the planner API, never ipcRenderer', async () => {
    const source = await readFile(join(root, 'electron/preload/index.ts'), 'utf8');
    const exposed = [...source.matchAll(/exposeInMainWorld\(\s*'([^']+)'\s*,\s*(\w+)/g)].map((m) => [m[1], m[2]]);
    expect(exposed).toEqual([['planner', 'api']]);
    expect(source).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });
});

describe('the menu', () => {
  const sent: string[] = [];
  const items = menuTemplate((command) => sent.push(command), 'linux', false).flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));

  it('shows the document shortcuts without registering them (the renderer owns the keys)', () => {
    const shortcuts = items.filter((item) => item.accelerator).map((item) => [item.label, item.accelerator, item.registerAccelerator]);
    expect(shortcuts).toEqual([
      ['&New Plan', 'CmdOrCtrl+N', false],
      ['&Open…', 'CmdOrCtrl+O', false],
      ['&Save', 'CmdOrCtrl+S', false],
      ['Save &As…', 'CmdOrCtrl+Shift+S', false],
      ['&Undo', 'CmdOrCtrl+Z', false],
      ['&Redo', 'CmdOrCtrl+Y', false],
    ]);
  });

  it('sends a known command for every item it handles itself', () => {
    for (const item of items) (item.click as (() => void) | undefined)?.();
    expect(sent).toEqual(['new', 'open', 'open-sample', 'save', 'save-as', 'merge-copy', 'protect', 'unprotect', 'undo', 'redo']);
    for (const command of sent) expect(MENU_COMMANDS).toContain(command);
  });

  it('has no developer tools in a packaged app', () => {
    const roles = menuTemplate(() => undefined, 'linux', false).flatMap((m) => (Array.isArray(m.submenu) ? m.submenu.map((i) => i.role) : []));
    expect(roles).not.toContain('toggleDevTools');
  });
});
