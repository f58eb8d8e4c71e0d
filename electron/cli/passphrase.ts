/** `--passphrase-file F`: the passphrase of a protected plan, read from the first line of a file. */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { PlannerError } from '../../shared/result';
import { passphraseCodec } from '../services/protection/plan-codec';
import type { PlanCodec } from '../services/protection/plan-codec';

export const PASSPHRASE_FILE_HELP = "for a protected plan: a file whose first line is the passphrase (never give it on the command line, where other users' `ps` can read it)";

/** Told after a refusal for want of a passphrase. */
export const PROTECTED_HINT = 'Give its passphrase with --passphrase-file FILE (the first line of FILE is the passphrase).';

/** A passphrase file larger than this is not a passphrase file. */
const MAX_PASSPHRASE_FILE = 64 * 1024;

/** The first line of the file, without its line ending (LF or CRLF). */
export async function readPassphraseFile(file: string, cwd: string): Promise<string> {
  const name = basename(file);
  let text: string;
  try {
    const bytes = await readFile(resolve(cwd, file));
    if (bytes.length > MAX_PASSPHRASE_FILE) throw new PlannerError('BAD_REQUEST', `"${name}" is too large to be a passphrase file.`);
    text = bytes.toString('utf8');
  } catch (error) {
    if (error instanceof PlannerError) throw error;
    throw new PlannerError('READ_FAILED', `Cannot read the passphrase file "${name}".`);
  }
  const line = text.split('\n', 1)[0]!.replace(/\r$/, '');
  if (!line) throw new PlannerError('BAD_REQUEST', `The first line of the passphrase file "${name}" is empty.`);
  return line;
}

/** The codec for `--passphrase-file`, or undefined without it (a protected plan is then refused). */
export async function codecFromFlag(file: string | undefined, cwd: string): Promise<PlanCodec | undefined> {
  return file === undefined ? undefined : passphraseCodec(await readPassphraseFile(file, cwd));
}
