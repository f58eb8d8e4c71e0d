/** Builds the commander program from the command list and runs it, mapping every outcome to an exit code. */
import { Command, CommanderError } from 'commander';
import { EXIT_OK, EXIT_USAGE } from './command';
import type { CliCommand, CliContext } from './command';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
};

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
export async function runCli(commands: readonly CliCommand[], argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const context: CliContext = {
    out: (line) => io.out(`${line}\n`),
    err: (line) => io.err(`${line}\n`),
    cwd: io.cwd,
    exitCode: EXIT_OK,
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
