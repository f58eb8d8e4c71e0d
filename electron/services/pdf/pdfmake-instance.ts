/**
 * The one configured pdfmake instance: fonts shipped in the package, no network, no file access.
 * pdfmake 0.3 keeps fonts and policies on a shared singleton, so this is the only place that sets them.
 */
import pdfmake from 'pdfmake';
import type { TFontDictionary } from 'pdfmake/interfaces';
import robotoVfs from 'pdfmake/build/vfs_fonts.js';
import { installBidiLines } from './bidi-lines';
import { FALLBACK_FONTS, fallbackFontBytes, fallbackFontDictionary } from './fallback-fonts';
import { installSpeedUps, stockPdfWanted } from './speed-ups';

/** The parts of the pdfmake 0.3 singleton we use; its published types omit `virtualfs`. */
interface PdfmakeNode {
  virtualfs: { writeFileSync(name: string, content: string, encoding: 'base64'): void; existsSync(name: string): boolean };
  setFonts(fonts: TFontDictionary): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf: typeof pdfmake.createPdf;
  setProgressCallback: typeof pdfmake.setProgressCallback;
}

/** Roboto covers Latin with accents and Cyrillic; pdfmake embeds only the glyphs used. Other scripts fall back (fallback-fonts.ts). */
const ROBOTO: TFontDictionary = {
  Roboto: {
    normal: 'Roboto-Regular.ttf',
    bold: 'Roboto-Medium.ttf',
    italics: 'Roboto-Italic.ttf',
    bolditalics: 'Roboto-MediumItalic.ttf',
  },
};

let configured: PdfmakeNode | null = null;

/**
 * Returns pdfmake with Roboto loaded from the base64 copy in `vfs_fonts.js` (a module, so it
 * survives bundling where font file paths built from `__dirname` would not) and every URL and
 * local path refused: a brief never fetches anything.
 */
export function configuredPdfmake(): PdfmakeNode {
  if (configured) return configured;
  const pm = pdfmake as unknown as PdfmakeNode;
  for (const [name, base64] of Object.entries(robotoVfs as unknown as Record<string, string>)) {
    if (!pm.virtualfs.existsSync(name)) pm.virtualfs.writeFileSync(name, base64, 'base64');
  }
  pm.setFonts({ ...ROBOTO, ...fallbackFontDictionary() });
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy(() => false);
  // Before the speed-ups: merge-inlines wraps it and hands it the lines it leaves alone.
  installBidiLines();
  if (!stockPdfWanted()) {
    const { missing } = installSpeedUps();
    // Slower, not wrong: the brief still prints; the version tripwire test says what to re-verify.
    if (missing.length) console.warn(`Mandate Planner: PDF speed-ups not installed (${missing.join(', ')}): pdfmake's or pdfkit's internals moved. Briefs print, more slowly.`);
  }
  configured = pm;
  return pm;
}

/**
 * Puts the files of the fallback families a brief uses into pdfmake's virtual file system, once
 * per process (Chinese alone is 2.9 MB: a brief that does not need it never reads it).
 */
export function provideFallbackFonts(families: Iterable<string>): void {
  const pm = configuredPdfmake();
  for (const family of families) {
    const font = FALLBACK_FONTS.find((f) => f.family === family);
    if (!font) continue;
    for (const file of new Set([font.regular, font.bold])) {
      if (!pm.virtualfs.existsSync(file)) pm.virtualfs.writeFileSync(file, fallbackFontBytes(file).toString('base64'), 'base64');
    }
  }
}
