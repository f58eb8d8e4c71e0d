/**
 * One pass over a brief's document definition that makes every text printable: a character Roboto
 * lacks goes into a run of the first shipped font that has it (so a Latin line with one Arabic
 * name uses each font for its own part), and a paragraph with right-to-left text gets each run's
 * bidirectional embedding level (Unicode's algorithm, run on the paragraph's logical text), which
 * bidi-lines.ts uses to put each printed line in visual order. Shaping (Arabic joining) is
 * fontkit's, word by word, as pdfkit lays text out. Texts Roboto prints alone are left untouched.
 * Runs after any pure text pass of shared/brief; it takes and returns a document definition.
 */
import bidiFactory from 'bidi-js';
import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FALLBACK_FONTS, baseCoverage, fallbackCoverage } from './fallback-fonts';
import type { FallbackFont } from './fallback-fonts';

const bidi = bidiFactory();

/** Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo, presentation forms) and RTL controls. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067]/;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
/** Format characters (bidi controls, zero-width joiners, BOM): no glyph needed, never a warning. */
const FORMAT = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

/** What the pass found: the fallback families it used and characters no shipped font has. */
export interface FontRunReport {
  families: Set<string>;
  missing: Set<string>;
  rightToLeft: boolean;
}

interface TextItem {
  text: unknown;
  [key: string]: unknown;
}

type Family = FallbackFont | null;

/** Whether Roboto prints every character of `text` (most texts: checked before anything else). */
function robotoAlone(text: string, base: Set<number>): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code >= 0xd800 && code <= 0xdfff) return false;
    if (!base.has(code)) return false;
  }
  return true;
}

/** What a text leaf prints, as pdfmake turns it into a string; null for anything else. */
function leafText(item: unknown): string | null {
  const text = typeof item === 'object' && item !== null ? (item as TextItem).text : item;
  if (typeof text === 'string') return text;
  if (typeof text === 'number') return String(text);
  return null;
}

class RunSplitter {
  private readonly base = baseCoverage();
  readonly report: FontRunReport = { families: new Set(), missing: new Set(), rightToLeft: false };

  /** The family for one character, given the family of the run it would continue. */
  private familyFor(char: string, code: number, current: Family): Family {
    const joins = MARK.test(char) || FORMAT.test(char) || code < 0x20 || !LETTER.test(char);
    // Spaces, digits, punctuation and marks stay in the run they follow when its font has them.
    if (joins && (current === null ? this.base.has(code) : fallbackCoverage(current).has(code))) return current;
    if (this.base.has(code)) return null;
    for (const font of FALLBACK_FONTS) if (fallbackCoverage(font).has(code)) return font;
    if (!FORMAT.test(char) && code >= 0x20) this.report.missing.add(char);
    return current;
  }

  /** The runs of one paragraph (a text node's items), or null when Roboto prints it unchanged. */
  paragraph(items: readonly unknown[]): unknown[] | null {
    const strings = items.map(leafText);
    if (strings.every((s) => s === null || robotoAlone(s, this.base))) return null;
    // Something pdfmake would not print as text (or an image inside a text): left as it is.
    if (strings.some((s) => s === null)) return null;
    const full = strings.join('');
    let levels: Uint8Array | null = null;
    let mirrored: Map<number, string> | null = null;
    if (RIGHT_TO_LEFT.test(full)) {
      const embedding = bidi.getEmbeddingLevels(full);
      levels = embedding.levels;
      // The levels themselves: the README's example passes the whole result, which mirrors nothing.
      mirrored = bidi.getMirroredCharactersMap(full, levels);
      this.report.rightToLeft = true;
    }
    const out: unknown[] = [];
    let offset = 0;
    items.forEach((item, index) => {
      const text = strings[index]!;
      const style = typeof item === 'object' && item !== null ? (item as TextItem) : {};
      let run = '';
      let runFamily: Family = null;
      let runLevel = -1;
      const flush = () => {
        if (!run) return;
        const piece: TextItem = { ...style, text: run };
        if (runFamily) {
          piece.font = runFamily.family;
          // Letter spacing tears Arabic joins apart; the other scripts keep the style's spacing.
          if (runFamily.family === 'NotoSansArabic') piece.characterSpacing = 0;
          this.report.families.add(runFamily.family);
        }
        if (levels) piece.bidiLevel = runLevel;
        out.push(piece);
        run = '';
      };
      for (let i = 0; i < text.length; ) {
        const code = text.codePointAt(i)!;
        const size = code > 0xffff ? 2 : 1;
        const char = text.slice(i, i + size);
        const at = offset + i;
        const family = this.familyFor(char, code, run ? runFamily : null);
        const level = levels ? levels[at]! : -1;
        if (run && (family !== runFamily || level !== runLevel)) flush();
        if (!run) {
          runFamily = family;
          runLevel = level;
        }
        run += mirrored?.get(at) ?? char;
        i += size;
      }
      flush();
      offset += text.length;
    });
    return out;
  }

  /** Rewrites the texts in a node (and the nodes it holds) in place; returns the node to keep. */
  node(node: unknown): unknown {
    if (typeof node === 'string') {
      const runs = this.paragraph([node]);
      return runs ? { text: runs } : node;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) node[i] = this.node(node[i]);
      return node;
    }
    if (typeof node !== 'object' || node === null) return node;
    const item = node as Record<string, unknown>;
    if ('text' in item) this.text(item as TextItem);
    for (const key of ['stack', 'columns', 'ul', 'ol'] as const) if (Array.isArray(item[key])) this.node(item[key]);
    const table = item.table as { body?: unknown[] } | undefined;
    if (table && Array.isArray(table.body)) for (const row of table.body) this.node(row);
    const toc = item.toc as { title?: unknown } | undefined;
    if (toc?.title) toc.title = this.node(toc.title);
    return node;
  }

  private text(item: TextItem): void {
    const { text } = item;
    if (typeof text === 'string') {
      const runs = this.paragraph([text]);
      if (!runs) return;
      // The bookmark keeps the heading's own (logical, Unicode) text; viewers lay it out themselves.
      if ((item.tocItem || item.outline) && item.outlineText === undefined) item.outlineText = text;
      item.text = runs;
      return;
    }
    if (!Array.isArray(text)) return;
    const leaves = flatten(text);
    const runs = this.paragraph(leaves);
    if (!runs) return;
    if ((item.tocItem || item.outline) && item.outlineText === undefined) item.outlineText = leaves.map(leafText).join('');
    item.text = runs;
  }
}

/**
 * A text array's leaves, as pdfmake itself flattens it before laying it out (an item whose text is
 * an array gives way to its items, its own style dropped), so one paragraph is one bidi paragraph.
 */
function flatten(items: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const item of items) {
    if (Array.isArray(item)) out.push(...flatten(item));
    else if (typeof item === 'object' && item !== null && Array.isArray((item as TextItem).text)) out.push(...flatten((item as TextItem).text as unknown[]));
    else out.push(item);
  }
  return out;
}

function dynamic(fn: DynamicContent, splitter: RunSplitter, onUse: (report: FontRunReport) => void): DynamicContent {
  return (...args) => {
    const content = fn(...args);
    const node = content ? (splitter.node(content) as Content) : content;
    onUse(splitter.report);
    return node;
  };
}

/**
 * Splits the document's texts into font runs with their bidi levels, in place, including the
 * running header, footer and background (wrapped: pdfmake builds them page by page). `onUse` hears
 * the report after the body and after each page's header or footer, so the fonts a page needs can
 * be made available before pdfmake asks for them.
 */
export function splitFontRuns(doc: TDocumentDefinitions, onUse: (report: FontRunReport) => void = () => undefined): FontRunReport {
  const splitter = new RunSplitter();
  doc.content = splitter.node(doc.content) as Content;
  const frame = doc as unknown as Record<'header' | 'footer' | 'background', unknown>;
  for (const key of ['header', 'footer', 'background'] as const) {
    const part = frame[key];
    if (typeof part === 'function') frame[key] = dynamic(part as DynamicContent, splitter, onUse);
    else if (part) frame[key] = splitter.node(part);
  }
  onUse(splitter.report);
  return splitter.report;
}
