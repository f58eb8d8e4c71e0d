/**
 * Crash-safe file replacement: at every instant the target is either the old file or the new one,
 * whole. Used for plans, recovery copies and exported briefs.
 */
import { constants } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { PlannerError } from '../../shared/result';
import { modeForReplacement } from './private-modes';

/** The file-system calls the writer makes; tests inject one whose rename fails. */
export type AtomicFs = Pick<typeof nodeFs, 'open' | 'rename' | 'unlink' | 'copyFile' | 'stat' | 'readdir'> &
  Partial<Pick<typeof nodeFs, 'link' | 'lstat' | 'readlink' | 'access'>>;

export interface AtomicWriteOptions {
  /** Keep the file being replaced as `backupPath` (itself replaced atomically). */
  backupPath?: string;
  fs?: AtomicFs;
}

const randomSuffix = () => Math.random().toString(36).slice(2, 10).padEnd(8, '0');

/** Most file systems (ext4, NTFS, APFS) allow 255 bytes per name; UTF-8 for the Linux ones. */
export const NAME_MAX_BYTES = 255;

/** `text` cut to at most `max` UTF-8 bytes, never inside a character. */
export function cutToBytes(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text;
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > max) break;
    out += ch;
    bytes += size;
  }
  return out;
}

/**
 * `path` with `suffix` added to its name, the name shortened first when the result would not fit
 * in 255 bytes: so every name derived from a plan's (backup, temp file, lock) fits whenever the
 * plan's own name does.
 */
export function fitName(path: string, suffix: string, prefix = ''): string {
  const room = NAME_MAX_BYTES - Buffer.byteLength(prefix) - Buffer.byteLength(suffix);
  return join(dirname(path), `${prefix}${cutToBytes(basename(path), room)}${suffix}`);
}

/** The temp name sits in the target's folder so the final rename never crosses file systems. */
export const tempPathFor = (target: string) => fitName(target, `.${randomSuffix()}.tmp`, '.');

/** How many symbolic links are followed before giving up (the system's own limit is 40). */
const MAX_LINK_HOPS = 40;

/**
 * The file a save really replaces: a symbolic link is followed to its target (even one that does
 * not exist yet), so the link itself stays a link. A hard link cannot be told from the file: it is
 * replaced like any file, and its other names keep the previous version (see docs/security.md).
 */
export async function saveTargetOf(fs: AtomicFs, target: string): Promise<string> {
  if (!fs.lstat || !fs.readlink) return target;
  let path = resolve(target);
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    const info = await fs.lstat(path).catch(() => null);
    if (!info?.isSymbolicLink()) return path;
    const to = await fs.readlink(path);
    path = isAbsolute(to) ? to : resolve(dirname(path), to);
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

/** A temp file this old cannot belong to a save still in progress: it was left by a crash. */
export const STALE_TEMP_MS = 10 * 60 * 1000;

/** Removes temp files of `target` left behind by a crash (best effort, never fails the save). */
async function removeStaleTemps(fs: AtomicFs, target: string): Promise<void> {
  const prefix = `${basename(fitName(target, '.00000000.tmp', '.')).slice(0, -'00000000.tmp'.length)}`;
  const isTemp = (name: string) => name.startsWith(prefix) && /^[a-z0-9]{8}\.tmp$/.test(name.slice(prefix.length));
  try {
    const names = (await fs.readdir(dirname(target))).filter(isTemp);
    for (const name of names) {
      const path = join(dirname(target), name);
      const info = await fs.stat(path).catch(() => null);
      if (info && Date.now() - info.mtimeMs > STALE_TEMP_MS) await fs.unlink(path).catch(() => undefined);
    }
  } catch {
    /* best effort */
  }
}

async function writeAndSync(fs: AtomicFs, path: string, data: string | Uint8Array, mode: number): Promise<void> {
  const handle = await fs.open(path, 'wx', mode);
  try {
    // The umask may have taken bits from `mode` the file should keep (an owner's group access).
    if (process.platform !== 'win32') await handle.chmod(mode);
    await handle.writeFile(data);
    // Without fsync the rename can reach the disk before the data does, and a power cut leaves an empty file.
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncFolder(fs: AtomicFs, folder: string): Promise<void> {
  // Makes the rename itself durable. Windows cannot open folders for syncing; the rename is still atomic there.
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* best effort */
  }
}

/**
 * Makes `to` a copy of `from`, atomically. A hard link costs nothing however big the plan is, and
 * is safe because saving never changes a file in place: the new version arrives by rename, which
 * leaves the linked old version as it was. File systems without links (FAT on USB sticks) copy.
 */
async function copyAtomically(fs: AtomicFs, from: string, to: string): Promise<void> {
  const temp = tempPathFor(to);
  try {
    const linked = fs.link ? await fs.link(from, temp).then(() => true, () => false) : false;
    if (!linked) await fs.copyFile(from, temp);
    await fs.rename(temp, to);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code ?? '';

/** Plain words for why a write failed, from the system error code. */
export function writeFailureReason(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
      return 'permission was denied (the folder or file may be read-only or locked by another program)';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'the folder does not exist any more';
    case 'EBUSY':
      return 'the file is in use by another program';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    case 'ELOOP':
      return 'it is a symbolic link that leads round in a circle';
    case 'EIO':
      return 'the disk reported an input/output error';
    default:
      return 'the system refused the write';
  }
}

/**
 * Writes `data` to `target` atomically: temp file in the same folder, fsync, optional backup of the
 * old file, rename over the target, fsync the folder. On failure the target is untouched, the temp
 * file removed, and a WRITE_FAILED PlannerError thrown in plain words.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  let real = target;
  let temp: string | null = null;
  try {
    real = await saveTargetOf(fs, target);
    temp = tempPathFor(real);
    const existing = await fs.stat(real).catch(() => null);
    if (existing?.isDirectory()) throw Object.assign(new Error('target is a folder'), { code: 'EISDIR' });
    if (existing && !existing.isFile()) throw Object.assign(new Error('target is not a regular file'), { code: 'ENOTREG' });
    if (existing && (await isReadOnly(fs, real, existing.mode))) throw readOnly(target);
    await writeAndSync(fs, temp, data, modeForReplacement(existing));
    if (existing && options.backupPath) await copyAtomically(fs, real, real === resolve(target) ? options.backupPath : backupBeside(real, target, options.backupPath));
    await fs.rename(temp, real);
  } catch (error) {
    if (temp) await fs.unlink(temp).catch(() => undefined);
    if (error instanceof PlannerError) throw error;
    throw new PlannerError('WRITE_FAILED', `Could not save "${basename(target)}": ${reasonFor(error)}. The file on disk was left as it was.`);
  }
  await syncFolder(fs, dirname(real));
  await removeStaleTemps(fs, real);
  if (options.backupPath) await removeStaleTemps(fs, options.backupPath);
}

function reasonFor(error: unknown): string {
  switch (errorCode(error)) {
    case 'EISDIR':
      return 'a folder has that name';
    case 'ENOTREG':
      return 'something other than a file (a pipe or a device) has that name';
    default:
      return writeFailureReason(error);
  }
}

/**
 * Read-only as the file manager shows it: no write permission for anyone, or none for us. The
 * rename would replace such a file anyway (it needs only the folder's permission), so this asks.
 */
async function isReadOnly(fs: AtomicFs, path: string, mode: number): Promise<boolean> {
  if ((mode & 0o222) === 0) return true;
  if (!fs.access) return false;
  return fs.access(path, constants.W_OK).then(() => false, (error: unknown) => errorCode(error) === 'EACCES' || errorCode(error) === 'EPERM' || errorCode(error) === 'EROFS');
}

function readOnly(target: string): PlannerError {
  return new PlannerError(
    'READ_ONLY',
    `Could not save "${basename(target)}": the file is read-only. Nothing was changed on disk. Use File › Save As… to save your changes under another name.`,
  );
}

/** The backup of a file reached through a symbolic link: named like the caller asked, beside the real file. */
function backupBeside(real: string, target: string, backupPath: string): string {
  const suffix = basename(backupPath).startsWith(basename(target)) ? basename(backupPath).slice(basename(target).length) : '.bak';
  return fitName(real, suffix);
}
