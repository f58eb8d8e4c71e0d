/**
 * "Open PDF" and "Show in folder" after an export. The renderer may only name a file that an
 * export of this session wrote: shell.openPath launches whatever a path points at, so a
 * compromised renderer must not be able to hand it an arbitrary program or document.
 */
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Handlers } from './handler-types';
import type { HandlerPorts, ShellPort } from './ports';
import { PlannerError } from '../../shared/result';

export type ShellHandlers = Pick<Handlers, 'openExportedFile' | 'showExportedFile'>;

/** The files this session's exports wrote: the only ones the shell may open or show. */
export type ExportedFiles = Set<string>;

/**
 * The two shell methods over the allow-list the export handlers add to (createHandlers makes one
 * list and hands it to them and to this). Spread the result into createHandlers' object.
 */
export function createShellHandlers(ports: HandlerPorts, exported: ReadonlySet<string>): ShellHandlers {
  async function allowedShell(path: string): Promise<ShellPort> {
    const name = basename(path);
    if (!exported.has(path)) {
      throw new PlannerError('NOT_ALLOWED', `Mandate Planner only opens files it exported since it started, and "${name}" is not one of them.`);
    }
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) {
      throw new PlannerError('NOT_FOUND', `"${name}" is no longer in ${dirname(path)}. It may have been moved or deleted; export the brief again.`);
    }
    if (!ports.shell) throw new PlannerError('NOT_ALLOWED', `Files cannot be opened from here. "${name}" is in ${dirname(path)}.`);
    return ports.shell;
  }

  return {
    async openExportedFile({ path }) {
      const shell = await allowedShell(path);
      try {
        await shell.openPath(path);
      } catch (error) {
        const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
        throw new PlannerError('INTERNAL', `Your system could not open "${basename(path)}"${reason}. The file is in ${dirname(path)}.`);
      }
      return {};
    },
    async showExportedFile({ path }) {
      (await allowedShell(path)).showItemInFolder(path);
      return {};
    },
  };
}
