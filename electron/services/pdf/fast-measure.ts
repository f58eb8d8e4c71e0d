/**
 * pdfmake 0.3 resolves some twenty style properties for every word it measures, each lookup
 * pushing the word on the style stack and walking it down: in a 5,000-risk brief that is a third
 * of the time spent measuring. Words cut from the same text share their style, so this resolves
 * the properties once per distinct style within a text and reuses them, and keeps each font's
 * word widths. The measured values are exactly those pdfmake computes (same functions, same
 * arithmetic), so the pages and the bytes do not change.
 */
import { createRequire } from 'node:module';

interface Font {
  widthOfString(text: string, size: number, features?: unknown): number;
  lineHeight(size: number, includeGap?: boolean): number;
}

interface Word {
  text: string;
  [key: string]: unknown;
}

interface StyleStackClass {
  getStyleProperty(item: object, stack: unknown, property: string, defaultValue: unknown): unknown;
}

interface TextInlinesLike {
  pdfDocument: { provideFont(family: unknown, bold: unknown, italics: unknown): Font };
  widthOfText(text: string, inline: Word): number;
}

type Measure = (this: TextInlinesLike, words: Word[], stack: unknown) => Word[];

/** Keys a word carries that are not style: what it says and where pdfmake cut it. */
const NOT_STYLE = new Set(['text', 'lineEnd', 'noNewLine', 'leadingCut', 'leadingIndent', 'trailingCut']);

/** The properties pdfmake's measure reads, in its order, with its defaults. */
const PROPERTIES: ReadonlyArray<readonly [string, unknown]> = [
  ['alignment', 'left'], ['fontSize', 12], ['fontFeatures', null], ['characterSpacing', 0], ['color', 'black'],
  ['decoration', null], ['decorationColor', null], ['decorationStyle', null], ['decorationThickness', null],
  ['background', null], ['link', null], ['linkToPage', null], ['linkToDestination', null], ['noWrap', null],
  ['opacity', 1], ['sup', false], ['sub', false],
];

interface Resolved {
  font: Font;
  values: unknown[];
  fontSize: number;
  lineHeight: number;
  preserveLeadingSpaces: boolean;
  preserveTrailingSpaces: boolean;
}

/** Whether the word carries a value that is not plain (then it is measured the stock way). */
function plainStyled(word: Word): boolean {
  for (const name in word) {
    const value = word[name];
    if (value !== null && (typeof value === 'object' || typeof value === 'function')) return false;
  }
  return true;
}

/**
 * Whether two words carry the same own style. Words cut from one text run sit next to each other
 * with copies of the same style, so comparing with the previous word finds nearly every reuse
 * without building a key (which, for half a million words, cost more in garbage than it saved).
 */
function sameOwnStyle(a: Word, b: Word): boolean {
  let count = 0;
  for (const name in a) {
    if (NOT_STYLE.has(name)) continue;
    if (a[name] !== b[name]) return false;
    count++;
  }
  for (const name in b) if (!NOT_STYLE.has(name)) count--;
  return count === 0;
}

/**
 * The resolved style each measured word was given. Words given the same one share every property
 * the renderer reads, which lets the renderer's run-joining skip comparing them one by one.
 */
const MEASURED = Symbol('measured style');

/** The style object a word was measured with, if this module measured it. */
export function measuredStyleOf(word: object): object | undefined {
  return (word as { [MEASURED]?: Resolved })[MEASURED];
}

const LEADING = /^(\s)+/;
const TRAILING = /(\s)+$/;

/** Texts longer than this are measured each time: they rarely recur (cells kept on one line, long words). */
const LONGEST_CACHED = 48;

/** Width cache per font object, for text measured without font features. */
const widthCaches = new WeakMap<Font, Map<string, number>>();

function unscaledWidth(font: Font, text: string): number {
  if (text.length > LONGEST_CACHED) return font.widthOfString(text, 1000);
  let cache = widthCaches.get(font);
  if (!cache) {
    cache = new Map();
    widthCaches.set(font, cache);
  }
  let width = cache.get(text);
  if (width === undefined) {
    // widthOfString returns (advance × size / 1000); at size 1000 that is the advance itself.
    width = font.widthOfString(text, 1000);
    cache.set(text, width);
  }
  return width;
}

function makeFastMeasure(StyleStack: StyleStackClass, stockMeasure: Measure): Measure {
  const get = StyleStack.getStyleProperty.bind(StyleStack);

  function resolve(self: TextInlinesLike, word: Word, stack: unknown): Resolved {
    const font = self.pdfDocument.provideFont(get(word, stack, 'font', 'Roboto'), get(word, stack, 'bold', false), get(word, stack, 'italics', false));
    const values = PROPERTIES.map(([name, fallback]) => get(word, stack, name, fallback));
    let fontSize = values[1] as number;
    if (values[15] || values[16]) fontSize *= 0.58;
    return {
      font,
      values,
      fontSize,
      lineHeight: get(word, stack, 'lineHeight', 1) as number,
      preserveLeadingSpaces: Boolean(get(word, stack, 'preserveLeadingSpaces', false)),
      preserveTrailingSpaces: Boolean(get(word, stack, 'preserveTrailingSpaces', false)),
    };
  }

  function width(self: TextInlinesLike, text: string, word: Word, style: Resolved): number {
    const spacing = (style.values[3] as number) || 0;
    if (style.values[2]) return self.widthOfText(text, word);
    // Same arithmetic as pdfkit's widthOfString plus pdfmake's letter spacing.
    return unscaledWidth(style.font, text) * (style.fontSize / 1000) + spacing * (text.length - 1);
  }

  return function measure(this: TextInlinesLike, words: Word[], stack: unknown): Word[] {
    if (!words.every(plainStyled)) return stockMeasure.call(this, words, stack);
    if (words.length) {
      const leadingIndent = get(words[0]!, stack, 'leadingIndent', 0) as number;
      if (leadingIndent) {
        words[0]!.leadingCut = -leadingIndent;
        words[0]!.leadingIndent = leadingIndent;
      }
    }
    // Words of one text share the stack, so words with the same own style share the resolved one.
    // Compared before any word gets its measured values, which would make them all differ. A text
    // alternates a few styles (label, body, muted note), hence the short list.
    const styleOf: Resolved[] = [];
    const seen: Array<[Word, Resolved]> = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (i > 0 && sameOwnStyle(word, words[i - 1]!)) {
        styleOf.push(styleOf[i - 1]!);
        continue;
      }
      let found = seen.find(([exemplar]) => sameOwnStyle(word, exemplar))?.[1];
      if (!found) {
        found = resolve(this, word, stack);
        seen.push([word, found]);
      }
      styleOf.push(found);
    }
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const style = styleOf[i]!;
      (word as { [MEASURED]?: Resolved })[MEASURED] = style;
      const v = style.values;
      word.font = style.font;
      word.alignment = v[0];
      word.fontSize = v[1];
      word.fontFeatures = v[2];
      word.characterSpacing = v[3];
      word.color = v[4];
      word.decoration = v[5];
      word.decorationColor = v[6];
      word.decorationStyle = v[7];
      word.decorationThickness = v[8];
      word.background = v[9];
      word.link = v[10];
      word.linkToPage = v[11];
      word.linkToDestination = v[12];
      word.noWrap = v[13];
      word.opacity = v[14];
      word.sup = v[15];
      word.sub = v[16];
      word.fontSize = style.fontSize;
      word.width = width(this, word.text, word, style);
      word.height = style.font.lineHeight(style.fontSize) * style.lineHeight;
      if (!word.leadingCut) word.leadingCut = 0;
      if (!style.preserveLeadingSpaces) {
        const leading = LEADING.exec(word.text);
        if (leading) (word.leadingCut as number) += width(this, leading[0], word, style);
      }
      word.trailingCut = 0;
      if (!style.preserveTrailingSpaces) {
        const trailing = TRAILING.exec(word.text);
        if (trailing) word.trailingCut = width(this, trailing[0], word, style);
      }
    }
    return words;
  };
}

let uninstall: (() => void) | null = null;

/**
 * Replaces pdfmake's TextInlines.measure with the style-sharing version. Returns a function that
 * restores the stock measure, or null (and pdfmake measures as usual) if its internals are not
 * where pdfmake 0.3.11 keeps them.
 */
export function installFastMeasure(): (() => void) | null {
  if (uninstall) return uninstall;
  let proto: { measure?: Measure } | undefined;
  let StyleStack: StyleStackClass | undefined;
  try {
    const require = createRequire(import.meta.url);
    proto = (require('pdfmake/js/TextInlines.js') as { default?: { prototype?: { measure?: Measure } } }).default?.prototype;
    StyleStack = (require('pdfmake/js/StyleContextStack.js') as { default?: StyleStackClass }).default;
  } catch {
    return null;
  }
  const stock = proto?.measure;
  if (!proto || typeof stock !== 'function' || typeof StyleStack?.getStyleProperty !== 'function') return null;
  const target = proto;
  target.measure = makeFastMeasure(StyleStack, stock);
  uninstall = () => {
    target.measure = stock;
    uninstall = null;
  };
  return uninstall;
}
