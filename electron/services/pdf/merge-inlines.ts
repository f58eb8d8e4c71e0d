/**
 * pdfmake 0.3 draws every word of a line as a separate text object (its renderer carries a TODO to
 * merge them). Joining neighbouring words that share every style property before they are drawn
 * gives the same page, pixel for pixel, about a fifth faster and with a PDF some 40% smaller — the
 * difference between a 5,000-risk brief fitting its time budget or not.
 *
 * Only words whose every character the font has are joined: a missing character is drawn as the
 * font's .notdef glyph, and a run holding one was laid out wider than the words it joined (glyphs
 * 61 pt past the right margin in a brief of CJK text set in Roboto). Words with such characters are
 * drawn one by one, exactly as stock pdfmake draws them.
 */
import { createRequire } from 'node:module';
import { isBidiLine } from './bidi-lines';
import { measuredStyleOf } from './fast-measure';

/** The part of fontkit's font the check needs (pdfkit's embedded font keeps it as `font`). */
interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

interface Inline {
  text: string;
  font?: { font?: GlyphSource };
  x: number;
  width: number;
  _pageNodeRef?: unknown;
  [key: string]: unknown;
}

interface Line {
  inlines: Inline[];
}

type RenderLine = (this: unknown, line: Line, x: number, y: number) => unknown;

/**
 * Same style as far as the renderer can tell: every property it reads from an inline besides its
 * text, position and width. Written out key by key: this runs for every word of a long brief, and
 * a loop over a key list cost more than the drawing it saves. Letter-spaced text is spaced
 * differently by pdfkit when drawn as one string, and contents page numbers are filled in while
 * drawing, so neither is ever merged.
 */
function sameStyle(a: Inline, b: Inline): boolean {
  // Words measured with one resolved style were given the same values for all of these, and never
  // carry a page reference (those are measured the stock way). Checked first: reading a property a
  // word lacks, across the many shapes pdfmake's words take, was the slowest part of this check.
  const measured = measuredStyleOf(a);
  if (measured !== undefined && measured === measuredStyleOf(b)) return !a.characterSpacing;
  if (a._pageNodeRef !== undefined || b._pageNodeRef !== undefined || a.characterSpacing) return false;
  return (
    a.font === b.font &&
    a.fontSize === b.fontSize &&
    a.color === b.color &&
    a.opacity === b.opacity &&
    a.characterSpacing === b.characterSpacing &&
    a.fontFeatures === b.fontFeatures &&
    a.sup === b.sup &&
    a.sub === b.sub &&
    a.decoration === b.decoration &&
    a.decorationColor === b.decorationColor &&
    a.decorationStyle === b.decorationStyle &&
    a.decorationThickness === b.decorationThickness &&
    a.background === b.background &&
    a.link === b.link &&
    a.linkToPage === b.linkToPage &&
    a.linkToDestination === b.linkToDestination &&
    a.alignment === b.alignment
  );
}

/** Per font: 1 when it has a glyph for a BMP code point, 2 when not, 0 not yet asked. Astral ones in a map. */
const coverage = new WeakMap<GlyphSource, { bmp: Uint8Array; astral: Map<number, boolean> }>();

function hasGlyph(font: GlyphSource, code: number): boolean {
  let known = coverage.get(font);
  if (!known) {
    known = { bmp: new Uint8Array(0x10000), astral: new Map() };
    coverage.set(font, known);
  }
  if (code < 0x10000) {
    let state = known.bmp[code]!;
    if (state === 0) {
      state = font.hasGlyphForCodePoint(code) ? 1 : 2;
      known.bmp[code] = state;
    }
    return state === 1;
  }
  let has = known.astral.get(code);
  if (has === undefined) {
    has = font.hasGlyphForCodePoint(code);
    known.astral.set(code, has);
  }
  return has;
}

/** Whether the word's font has every character of it (words of fonts we cannot ask are never joined). */
export function fontCovers(inline: Inline): boolean {
  const font = inline.font?.font;
  if (!font || typeof font.hasGlyphForCodePoint !== 'function') return false;
  const text = inline.text;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i += 1;
    if (!hasGlyph(font, code)) return false;
  }
  return true;
}

/** A joined run's first word, with the text and width it had before it stood for the run. */
type Joined = [Inline, string, number];

/**
 * The line's inlines with same-styled neighbours joined. A run is drawn through its first word,
 * which is given the run's text and width until `restore` puts its own back, rather than through
 * a copy of a word (some thirty properties) made for every run of a 1,000-page brief.
 */
export function mergeInlines(inlines: readonly Inline[]): { merged: Inline[]; restore: () => void } {
  const out: Inline[] = [];
  const joined: Joined[] = [];
  let i = 0;
  while (i < inlines.length) {
    const first = inlines[i]!;
    let text = first.text;
    let width = first.width;
    let j = i + 1;
    if (!fontCovers(first)) {
      out.push(first);
      i = j;
      continue;
    }
    // Touching: justified text leaves gaps between words, and those must stay where they are.
    for (; j < inlines.length; j++) {
      const next = inlines[j]!;
      if (!sameStyle(first, next) || Math.abs(first.x + width - next.x) >= 0.001 || !fontCovers(next)) break;
      text += next.text;
      width += next.width;
    }
    if (j > i + 1) {
      joined.push([first, first.text, first.width]);
      first.text = text;
      first.width = width;
    }
    out.push(first);
    i = j;
  }
  const restore = () => {
    for (const [inline, text, width] of joined) {
      inline.text = text;
      inline.width = width;
    }
  };
  return { merged: out, restore };
}

let uninstall: (() => void) | null = null;

/**
 * Wraps pdfmake's Renderer.renderLine so lines are drawn with merged inlines. Returns a function
 * that restores the original renderer, or null (and pdfmake renders as usual) if the internal
 * renderer is not where pdfmake 0.3.11 keeps it.
 */
export function installInlineMerging(): (() => void) | null {
  if (uninstall) return uninstall;
  let proto: { renderLine?: RenderLine } | undefined;
  try {
    proto = (createRequire(import.meta.url)('pdfmake/js/Renderer.js') as { default?: { prototype?: { renderLine?: RenderLine } } }).default?.prototype;
  } catch {
    return null;
  }
  const original = proto?.renderLine;
  if (!proto || typeof original !== 'function') return null;
  const target = proto;
  target.renderLine = function (this: unknown, line: Line, x: number, y: number) {
    // Right-to-left words are drawn one by one (bidi-lines.ts says why).
    if (isBidiLine(line)) return original.call(this, line, x, y);
    const own = line.inlines;
    const { merged, restore } = mergeInlines(own);
    line.inlines = merged;
    try {
      return original.call(this, line, x, y);
    } finally {
      line.inlines = own;
      restore();
    }
  };
  uninstall = () => {
    target.renderLine = original;
    uninstall = null;
  };
  return uninstall;
}
