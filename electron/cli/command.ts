/** What every CLI command gets: somewhere to write, and the exit code to report. */
import type { Command } from 'commander';
import type { BriefRenderer } from '../services/pdf/export-brief';

export const EXIT_OK = 0;
/** The input was read but is not acceptable (an invalid plan, a write that failed). */
export const EXIT_INVALID = 1;
/** Wrong arguments, or a file that could not be found or read. */
export const EXIT_USAGE = 2;

export interface CliContext {
  out(line: string): void;
  err(line: string): void;
  /** The folder relative paths are resolved against. */
  cwd: string;
  /** Set by a command's action; the process exits with it. */
  exitCode: number;
  /** How briefs are rendered: by the app's worker threads in the built CLI, in this thread otherwise. */
  briefRenderer?: BriefRenderer;
}

/** A CLI command adds itself to the program; list it in `commands` in electron/cli/index.ts. */
export type CliCommand = (program: Command, context: CliContext) => void;
