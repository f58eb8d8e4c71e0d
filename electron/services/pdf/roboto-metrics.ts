/**
 * The brief's font measurements before layout (see shared/brief/metrics.ts), for Roboto as pdfmake
 * ships it. `maxTextWidth` is an upper bound on how wide a line prints: printable ASCII gets
 * Roboto's own advance widths; any other character is counted 1.2 em, wider than every Latin,
 * Greek and Cyrillic glyph Roboto has (1.18 em at most) and than CJK (1 em), and a few very wide
 * ligature characters 4 em. Kerning only ever narrows Roboto's pairs, so the bound holds.
 */
import type { BriefMetrics, TextStyle } from '../../../shared/brief/metrics';

// Advance widths of U+0020–U+007E in thousandths of an em, read from the fonts pdfmake ships.
const REGULAR = [249,258,321,616,563,733,623,175,343,349,431,568,197,277,264,413,563,563,563,563,563,563,563,563,563,563,243,212,509,549,523,473,898,653,624,651,657,569,553,682,714,272,552,628,539,874,714,688,631,688,617,594,597,649,637,888,627,601,600,266,411,266,418,452,310,544,562,524,564,531,348,562,551,244,240,507,244,877,553,571,562,569,339,517,328,552,485,752,497,474,497,339,245,339,681];
const MEDIUM = [249,265,320,604,569,737,642,168,347,350,444,556,224,340,278,391,569,569,569,569,569,569,569,569,569,569,264,240,509,563,520,487,897,664,632,653,653,565,551,682,710,284,556,632,541,875,710,689,639,689,630,606,610,655,646,881,632,611,604,272,417,272,429,448,321,540,563,522,564,536,354,567,556,255,251,522,255,872,557,568,563,566,354,515,334,557,497,743,503,490,503,334,249,334,663];
const OTHER = 1200;
const VERY_WIDE = 4000;
// Arabic ligature words (U+FDFA–FDFD) and the long dashes U+2E3A/2E3B print several ems wide.
const WIDE = /[\uFDFA-\uFDFD\u2E3A\u2E3B]/;
// Marks and format characters take no width of their own.
const NO_WIDTH = /[\p{M}\p{Cf}]/u;

/** The most points `text` can take on one line in this style. */
export function maxTextWidth(text: string, style: TextStyle): number {
  const table = style.bold ? MEDIUM : REGULAR;
  const spacing = style.characterSpacing ?? 0;
  let thousandths = 0;
  let count = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x20 && code < 0x7f) thousandths += table[code - 0x20]!;
    else if (NO_WIDTH.test(ch)) continue;
    else thousandths += WIDE.test(ch) ? VERY_WIDE : OTHER;
    count += 1;
  }
  return (thousandths / 1000) * style.fontSize + count * spacing;
}

/** "•  " in Roboto Regular, measured by pdfkit at the sizes the annex sets bullets in. */
const BULLET_INDENT: Record<number, number> = { 8.5: 7.085, 8: 6.668 };

export const ROBOTO_METRICS: BriefMetrics = {
  maxTextWidth,
  // Ascender 1900 and descender 500 of 2048 units per em.
  lineHeight: 1.172,
  bulletIndent: (fontSize) => BULLET_INDENT[fontSize] ?? fontSize * 0.8335,
};
