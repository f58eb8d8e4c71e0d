/**
 * File names: the ones the save dialogs suggest from a plan's title, and the extension a typed
 * name gets, with the same overwrite question the dialog would have asked about the final name.
 */
import * as fs from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { PlannerError } from '../../shared/result';
import { cutToBytes, NAME_MAX_BYTES } from './atomic-write';
import type { DialogPort, HandlerPorts } from './ports';

/** Longest stem suggested, in characters: a title of 300 characters makes an unreadable name. */
const STEM_MAX_CHARS = 100;

// Format characters (bidi embeddings, overrides, isolates and marks, zero-width space, joiners,
// word joiner, BOM, soft hyphen…): invisible in a file manager, and an override makes
// "Brief\u202Efdp.exe" show as "Briefexe.pdf".
const FORMAT = /\p{Cf}/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const FORBIDDEN = /[\\/*?"<>|]+/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/** A title turned into a file name's stem: readable, safe on every system, at most 100 characters. */
export function fileStem(title: string): string {
  let stem = title
    .normalize('NFC')
    .replace(LONE_SURROGATE, '')
    .replace(FORMAT, '')
    .replace(CONTROL, ' ')
    // A colon is refused by Windows and macOS Finder. "Mandate: Karst Basin" reads best as
    // "Mandate - Karst Basin", a time "10:30" as "10.30"; a colon at either end is dropped.
    .replace(/(\d):(\d)/g, '$1.$2')
    .split(':')
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' - ')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  stem = Array.from(stem).slice(0, STEM_MAX_CHARS).join('').replace(/[ .]+$/, '');
  if (WINDOWS_RESERVED.test(stem)) stem = `${stem} plan`;
  return stem;
}

/**
 * The suggested file name for a plan title with its ending (`.mplan`, ` - brief.pdf`): no invisible
 * or direction-changing characters, no broken characters, within 255 bytes in UTF-8.
 */
export function suggestedFileName(title: string, ending: string): string {
  const stem = fileStem(title) || 'plan';
  const cut = cutToBytes(stem, NAME_MAX_BYTES - Buffer.byteLength(ending)).replace(/[ .]+$/, '');
  return `${cut || 'plan'}${ending}`;
}

/** Where the open and save dialogs start: the folder of the last plan used, else the documents folder. */
export const startFolder = (ports: Pick<HandlerPorts, 'settings' | 'documentsDir'>): string => ports.settings.get('lastFolder') ?? ports.documentsDir;

/** `path` ending in `extension` (compared without case), added when missing. */
export const withExtension = (path: string, extension: string) => (extname(path).toLowerCase() === extension ? path : `${path}${extension}`);

const exists = (path: string) => fs.lstat(path).then(() => true, () => false);

/**
 * The name to write after a save dialog answered `chosen`. A name typed without the extension gets
 * it (Linux dialogs return what was typed); the dialog asked about the typed name, so if the final
 * name already exists the planner is asked now whether to replace it. Returns null when they say no
 * (or when there is no way to ask: then nothing is replaced).
 */
export async function finalSaveName(chosen: string, extension: string, dialogs: DialogPort, what: string): Promise<string> {
  const final = withExtension(chosen, extension);
  if (final === chosen || !(await exists(final))) return final;
  const replace = dialogs.confirmReplace ? await dialogs.confirmReplace({ path: final }) : false;
  if (!replace) {
    throw new PlannerError('CANCELLED', `${what} was cancelled: "${basename(final)}" already exists and was not replaced.`);
  }
  return final;
}
