/**
 * What the environment and the command line may change at launch, decided once from
 * `app.isPackaged`. Development conveniences (a dev server, a throw-away data folder) exist only
 * in a development run; an installed app ignores them, so nobody can point it at another page or
 * folder by setting a variable. Pure, so the rules are tested without Electron.
 */
import { isAbsolute, resolve } from 'node:path';

export interface LaunchMode {
  /** The electron-vite dev server to load instead of the built renderer (development only). */
  devServerUrl?: string;
  /** A data folder of the test's own (development only), always absolute. */
  userData?: string;
  /** DevTools, the Inspect Element item and the View › Toggle Developer Tools menu. */
  developerTools: boolean;
}

/** Only a dev server on this machine, over http: electron-vite's `http://localhost:5173/`. */
function loopbackUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
    return url.protocol === 'http:' && loopback ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The launch mode for this process's environment. */
export function launchMode(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean, cwd: string): LaunchMode {
  if (isPackaged) return { developerTools: false };
  const data = env['MANDATE_PLANNER_USER_DATA'];
  return {
    devServerUrl: loopbackUrl(env['ELECTRON_RENDERER_URL']),
    // app.setPath throws on a relative path, which would stop start-up.
    ...(data ? { userData: isAbsolute(data) ? data : resolve(cwd, data) } : {}),
    developerTools: true,
  };
}

/** Chromium switches that open the app to a debugger; an installed app refuses to start with them. */
export const DEBUGGING_SWITCHES = ['remote-debugging-port', 'remote-debugging-pipe', 'remote-debugging-address', 'inspect', 'inspect-brk', 'inspect-port', 'js-flags'] as const;

/** The debugging switches present on this command line that an installed app refuses. */
export function refusedSwitches(hasSwitch: (name: string) => boolean, isPackaged: boolean): string[] {
  return isPackaged ? DEBUGGING_SWITCHES.filter((name) => hasSwitch(name)) : [];
}
