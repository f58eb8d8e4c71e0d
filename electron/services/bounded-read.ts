/**
 * Reading a file the planner picked, safely: only a regular file, and never more than a limit.
 * A FIFO, a device (`/dev/zero` behind a symlink named `plan.mplan`), a socket or a folder is
 * refused at once. The size the system reports is not trusted (devices and /proc files report 0):
 * the read itself stops one byte past the limit.
 */
import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import type { Stats } from 'node:fs';

/** What a non-regular file is, in plain words. */
export type OddKind = 'folder' | 'pipe' | 'device' | 'socket' | 'special file';

/** Thrown when the path names something that is not a regular file. */
export class NotRegularFileError extends Error {
  constructor(readonly kind: OddKind) {
    super(`not a regular file: ${kind}`);
  }
}

/** Thrown when the file holds more than the limit (found by reading, not by its reported size). */
export class TooManyBytesError extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} bytes`);
  }
}

export function oddKindOf(info: Stats): OddKind | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'folder';
  if (info.isFIFO()) return 'pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isSocket()) return 'socket';
  return 'special file';
}

/** "a folder", "a pipe (FIFO)", "a device": for messages that say why a file was refused. */
export function describeOddKind(kind: OddKind): string {
  switch (kind) {
    case 'folder':
      return 'a folder, not a file';
    case 'pipe':
      return 'a pipe (FIFO), not a file';
    case 'device':
      return 'a device, not a file';
    case 'socket':
      return 'a socket, not a file';
    default:
      return 'a special file, not a regular file';
  }
}

// O_NONBLOCK: opening a FIFO nobody writes to would otherwise wait for a writer forever.
// Windows has no such flag (and no FIFOs in the file system); there it is 0.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const CHUNK = 1024 * 1024;

export interface BoundedRead {
  bytes: Buffer;
  info: Stats;
}

/**
 * Reads a regular file of at most `maxBytes` bytes. Throws NotRegularFileError for anything else
 * (checked on the opened handle, so a file swapped after a check cannot slip through),
 * TooManyBytesError past the limit, and the system's error otherwise (ENOENT, EACCES…).
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<BoundedRead> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, OPEN_FLAGS);
  } catch (error) {
    // A socket cannot be opened at all; say what it is rather than "could not read".
    if ((error as NodeJS.ErrnoException).code === 'ENXIO') throw new NotRegularFileError('socket');
    throw error;
  }
  try {
    const info = await handle.stat();
    const odd = oddKindOf(info);
    if (odd) throw new NotRegularFileError(odd);
    // A reported size past the limit is reason enough to refuse; a small one proves nothing.
    if (info.size > maxBytes) throw new TooManyBytesError(maxBytes);
    // The reported size is only a hint for the first buffer; the loop reads until the end or the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    let want = Math.min(Math.max(info.size, 1) + 1, maxBytes + 1, CHUNK * 64);
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new TooManyBytesError(maxBytes);
      want = CHUNK;
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total), info };
  } finally {
    await handle.close();
  }
}
