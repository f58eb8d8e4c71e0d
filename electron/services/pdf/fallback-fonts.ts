/**
 * The fonts a brief falls back to for characters Roboto lacks, and which characters each covers
 * (read from the fonts' own cmaps). The files live in the local package @mandate-planner/brief-fonts
 * (the repository's fonts/ folder), resolved like pdfmake's Roboto: through node_modules, so the
 * sources, the built app, the CLI and the PDF worker all find them without network or file paths
 * built from `__dirname`. Nothing is read until a brief needs it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TFontDictionary } from 'pdfmake/interfaces';
import robotoVfs from 'pdfmake/build/vfs_fonts.js';

/** A family the brief can use, with its files for pdfmake's four styles. */
export interface FallbackFont {
  family: string;
  regular: string;
  bold: string;
}

/** In the order they are tried, after Roboto. */
export const FALLBACK_FONTS: readonly FallbackFont[] = [
  { family: 'NotoSansArabic', regular: 'NotoSansArabic-Regular.ttf', bold: 'NotoSansArabic-Medium.ttf' },
  { family: 'NotoSansHebrew', regular: 'NotoSansHebrew-Regular.ttf', bold: 'NotoSansHebrew-Medium.ttf' },
  // One weight only: a bold face would add 3 MB to the package; bold Chinese prints regular.
  { family: 'NotoSansSC', regular: 'NotoSansSC-Regular-GB2312.otf', bold: 'NotoSansSC-Regular-GB2312.otf' },
];

export const BASE_FAMILY = 'Roboto';

/** pdfmake's font dictionary entries for the fallback families (the files are written on first use). */
export function fallbackFontDictionary(): TFontDictionary {
  const fonts: TFontDictionary = {};
  for (const font of FALLBACK_FONTS) {
    fonts[font.family] = { normal: font.regular, bold: font.bold, italics: font.regular, bolditalics: font.bold };
  }
  return fonts;
}

// Not named `require`: bundled into one chunk with other modules, that name is taken.
const load = createRequire(import.meta.url);

/** The bytes of one of the shipped fallback font files. */
export function fallbackFontBytes(file: string): Buffer {
  return readFileSync(load.resolve(`@mandate-planner/brief-fonts/${file}`));
}

interface FontkitFont {
  characterSet: number[];
}

/** Code points a font maps to a glyph, read once per process. */
const coverage = new Map<string, Set<number>>();

function coverageOf(name: string, bytes: () => Buffer): Set<number> {
  let set = coverage.get(name);
  if (!set) {
    const fontkit = load('fontkit') as { create(buffer: Buffer): FontkitFont };
    set = new Set(fontkit.create(bytes()).characterSet);
    coverage.set(name, set);
  }
  return set;
}

/** Code points Roboto (regular; the other styles cover the same) has a glyph for. */
export function baseCoverage(): Set<number> {
  return coverageOf(BASE_FAMILY, () => Buffer.from((robotoVfs as unknown as Record<string, string>)['Roboto-Regular.ttf']!, 'base64'));
}

/** Code points one fallback family has a glyph for. */
export function fallbackCoverage(font: FallbackFont): Set<number> {
  return coverageOf(font.family, () => fallbackFontBytes(font.regular));
}
