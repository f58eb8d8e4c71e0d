/**
 * pdfmake breaks lines in logical order and draws them left to right. For a line of a paragraph
 * with right-to-left text (its words carry the embedding level font-runs.ts gave them), this puts
 * the words in visual order before the line is drawn: Unicode's rule L2, reversing every sequence
 * at or above each level down to the lowest odd one, per line as the algorithm requires. Each
 * right-to-left word is shaped and mirrored into visual order by fontkit itself, so words are
 * drawn one by one (merge-inlines leaves these lines alone: one string of several right-to-left
 * words would come out with its words in logical order).
 */
import { createRequire } from 'node:module';

interface Inline {
  text: string;
  x: number;
  width: number;
  bidiLevel?: number;
}

interface Line {
  inlines: Inline[];
}

type RenderLine = (this: unknown, line: Line, x: number, y: number) => unknown;

/** Letters of the scripts fontkit lays out right to left (it reverses a word holding one). */
const REVERSED_BY_FONTKIT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** Whether a line comes from a paragraph with right-to-left text (all of its words carry a level). */
export function isBidiLine(line: Line): boolean {
  return line.inlines[0]?.bidiLevel !== undefined;
}

/** The line's inlines in visual order (a new array; the inlines are not changed). */
export function visualOrder(inlines: readonly Inline[]): Inline[] {
  const order = inlines.slice();
  let highest = 0;
  let lowestOdd = Number.POSITIVE_INFINITY;
  for (const inline of order) {
    const level = inline.bidiLevel ?? 0;
    if (level > highest) highest = level;
    if (level % 2 === 1 && level < lowestOdd) lowestOdd = level;
  }
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < order.length; ) {
      if ((order[i]!.bidiLevel ?? 0) < level) {
        i++;
        continue;
      }
      let end = i;
      while (end + 1 < order.length && (order[end + 1]!.bidiLevel ?? 0) >= level) end++;
      for (let a = i, b = end; a < b; a++, b--) [order[a], order[b]] = [order[b]!, order[a]!];
      i = end + 1;
    }
  }
  return order;
}

/**
 * Lays the inlines out from the line's left edge in visual order; returns a function that puts
 * their logical order and positions back once the line is drawn.
 */
export function reorderLine(line: Line): () => void {
  const own = line.inlines;
  const positions = own.map((inline) => inline.x);
  const texts = own.map((inline) => inline.text);
  const visual = visualOrder(own);
  let x = own[0]?.x ?? 0;
  for (const inline of visual) {
    inline.x = x;
    x += inline.width;
    // A right-to-left word of spaces and punctuation only (" — ", "، ") is not reversed by
    // fontkit, whose script detection sees no right-to-left letter in it: reverse it here.
    if ((inline.bidiLevel ?? 0) % 2 === 1 && !REVERSED_BY_FONTKIT.test(inline.text)) inline.text = [...inline.text].reverse().join('');
  }
  line.inlines = visual;
  return () => {
    line.inlines = own;
    own.forEach((inline, i) => {
      inline.x = positions[i]!;
      inline.text = texts[i]!;
    });
  };
}

let uninstall: (() => void) | null = null;

/**
 * Wraps pdfmake's Renderer.renderLine so lines with right-to-left text are drawn in visual order.
 * Install before merge-inlines, which then wraps this. Returns a function that restores the original.
 */
export function installBidiLines(): () => void {
  if (uninstall) return uninstall;
  const proto = (createRequire(import.meta.url)('pdfmake/js/Renderer.js') as { default?: { prototype?: { renderLine?: RenderLine } } }).default?.prototype;
  const original = proto?.renderLine;
  // Without it right-to-left text would print in logical order: fail loudly, not quietly.
  if (!proto || typeof original !== 'function') throw new Error('pdfmake has no Renderer.renderLine where 0.3.11 keeps it; right-to-left text cannot be laid out.');
  const target = proto;
  target.renderLine = function (this: unknown, line: Line, x: number, y: number) {
    if (!isBidiLine(line)) return original.call(this, line, x, y);
    const restore = reorderLine(line);
    try {
      return original.call(this, line, x, y);
    } finally {
      restore();
    }
  };
  uninstall = () => {
    target.renderLine = original;
    uninstall = null;
  };
  return uninstall;
}
