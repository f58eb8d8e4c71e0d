/** Builds the commander program from the command list and runs it, mapping every outcome to an exit code. */
import { Command, CommanderError } from 'commander';
import { EXIT_OK, EXIT_USAGE } from './command';
import type { CliCommand, CliContext } from './command';
import type { BriefRenderer } from '../services/pdf/export-brief';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

/** The part of a process stream the CLI writes to. */
export interface OutputStream {
  write(text: string): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * A writer for stdout or stderr that stops quietly when the reader goes away
 * (`mandate-planner catalogue clauses --json | head`): a closed pipe means nobody wants the rest,
 * not that the command failed. Other write failures (a full disk) are reported once through
 * `report` and the exit code, never as a stack trace.
 */
export function pipeSafeWriter(stream: OutputStream, report: (message: string) => void): (text: string) => void {
  let open = true;
  stream.on('error', (error) => {
    if (!open) return;
    open = false;
    if (error.code === 'EPIPE') return;
    report(`mandate-planner: the output could not be written (${error.code ?? error.message}).\n`);
    process.exitCode = 1;
  });
  return (text) => {
    if (open) stream.write(text);
  };
}

function processIo(): CliIo {
  const err = pipeSafeWriter(process.stderr, () => undefined);
  return { out: pipeSafeWriter(process.stdout, err), err, cwd: process.cwd() };
}

/** The program with every command registered, writing through `context`. */
export function buildProgram(commands: readonly CliCommand[], context: CliContext, io: CliIo): Command {
  const program = new Command('mandate-planner')
    .description('Mandate Planner on the command line: check plan files and write examples without opening the app.')
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    // Commander exits by itself by default; throwing lets us report usage errors as exit code 2.
    .exitOverride();
  for (const add of commands) add(program, context);
  return program;
}

/** Runs the CLI for `argv` (as in process.argv) and resolves to the exit code. */
export async function runCli(commands: readonly CliCommand[], argv: readonly string[], io: CliIo = processIo(), briefRenderer?: BriefRenderer): Promise<number> {
  const context: CliContext = {
    out: (line) => io.out(`${line}\n`),
    err: (line) => io.err(`${line}\n`),
    cwd: io.cwd,
    exitCode: EXIT_OK,
    briefRenderer,
  };
  const program = buildProgram(commands, context, io);
  try {
    await program.parseAsync([...argv]);
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw error;
  }
}
