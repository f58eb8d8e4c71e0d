/**
 * The `mandate-planner` command line. To add a command, write electron/cli/commands/<name>.ts
 * exporting a CliCommand and add it to `commands` below.
 */
import { catalogueCommand } from './commands/catalogue';
import { exampleCommand } from './commands/example';
import { exportCommand } from './commands/export';
import { historyCommand } from './commands/history';
import { mergeCommand } from './commands/merge';
import { protectCommand } from './commands/protect';
import { risksCommand } from './commands/risks';
import { validateCommand } from './commands/validate';
import type { CliCommand } from './command';
import { runCli } from './program';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { workerBriefRenderer } from '../services/pdf/render-in-worker';

export const commands: readonly CliCommand[] = [
  validateCommand,
  exampleCommand,
  exportCommand,
  catalogueCommand,
  risksCommand,
  protectCommand,
  historyCommand,
  mergeCommand,
];

// The built CLI sits beside the app's PDF worker and renders briefs in it, as the app does; run
// from source it renders in its own thread. Either way the bytes are the same.
const worker = new URL('./pdfWorker.js', import.meta.url);
const briefRenderer = worker.protocol === 'file:' && existsSync(fileURLToPath(worker)) ? workerBriefRenderer(worker) : undefined;

runCli(commands, process.argv, undefined, briefRenderer).then(
  (code) => {
    // A failed write to stdout (a full disk) may already have set a failing code.
    process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
  },
  (error: unknown) => {
    console.error(error);
    process.stderr.write('mandate-planner: an unexpected error stopped the command.\n');
    process.exitCode = 1;
  },
);
