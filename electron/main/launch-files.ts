/**
 * Plan files handed to the app from outside: on the command line, by double-clicking a `.mplan`
 * (the OS starts the app with the path), or to an instance already running (second-instance).
 * Pure, so the argument handling is tested without Electron.
 */
import { isAbsolute, resolve } from 'node:path';

const PLAN_FILE = /\.mplan$/i;

/**
 * The `.mplan` paths among `argv` (process.argv, or a second instance's), resolved against the
 * folder that instance was started in. Switches (`--flag`, `--flag=value.mplan`) are not files,
 * and the executable and app paths at the front never end in `.mplan`.
 */
export function planFilesFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const files = argv.filter((arg) => !arg.startsWith('-') && PLAN_FILE.test(arg)).map((arg) => (isAbsolute(arg) ? arg : resolve(workingDirectory, arg)));
  return [...new Set(files)];
}
