/**
 * Plan files handed to the app from outside: on the command line, by double-clicking a `.mplan`
 * (the OS starts the app with the path), or to an instance already running (second-instance).
 * Pure, so the argument handling is tested without Electron.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PLAN_FILE = /\.mplan$/i;
/** The longest path the IPC contract carries (event:open-file); a longer argument is not a plan we can open. */
const MAX_PATH = 4096;

/**
 * A local path for one argument: a path as it is, or a `file:` URL decoded. Desktop entries say
 * `Exec=… %U`, and GNOME (GIO) and KDE then pass double-clicked files as `file:` URLs; the AppImage
 * target always adds `%U`, so the URL form has to work whatever the desktop entry says.
 */
function localPath(arg: string): string | null {
  if (!/^file:/i.test(arg)) return arg;
  try {
    // Only local files: `file://server/share/x.mplan` is refused on POSIX and kept as a UNC path on Windows.
    return fileURLToPath(arg);
  } catch {
    return null;
  }
}

/**
 * The `.mplan` paths among `argv` (process.argv, or a second instance's), resolved against the
 * folder that instance was started in. Switches (`--flag`, `--flag=value.mplan`) are not files,
 * and the executable and app paths at the front never end in `.mplan`.
 */
export function planFilesFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const files: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-')) continue;
    const path = localPath(arg);
    if (path === null || !PLAN_FILE.test(path)) continue;
    const absolute = isAbsolute(path) ? path : resolve(workingDirectory, path);
    if (absolute.length <= MAX_PATH) files.push(absolute);
  }
  return [...new Set(files)];
}
