/**
 * pdfkit lays a run of text out word by word from its cache, but joins the words' glyph lists with
 * `concat` (copying the growing list for every word) and formats every glyph id as hex anew each
 * time it is drawn. With runs joined per line (merge-inlines.ts) that copying became a tenth of a
 * long brief's drawing time. These are the same two methods with the lists appended in place and
 * the hex strings kept: same glyphs, same positions, same bytes.
 */

interface Run {
  glyphs: Array<{ id: number; advanceWidth: number; codePoints: number[] }>;
  positions: unknown[];
  advanceWidth: number;
}

interface EmbeddedFontLike {
  layout(text: string, features?: unknown, onlyWidth?: boolean): Run | { glyphs: null; positions: null; advanceWidth: number };
  layoutCached(text: string): Run;
  layoutRun(text: string, features?: unknown): Run;
  encode(text: string, features?: unknown): [string[], unknown[]];
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: unknown[];
  scale: number;
}

const hex: string[] = [];
const hexOf = (gid: number) => (hex[gid] ??= `0000${gid.toString(16)}`.slice(-4));

function layout(this: EmbeddedFontLike, text: string, features?: unknown, onlyWidth?: boolean) {
  if (features) return this.layoutRun(text, features);
  const glyphs: Run['glyphs'] | null = onlyWidth ? null : [];
  const positions: unknown[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  // Words end after a space or tab, which stays with the word (as pdfkit cuts them); scanned by
  // char code, as one-character strings per letter were most of this function's time.
  const length = text.length;
  let last = 0;
  while (last < length) {
    let end = last;
    for (; end < length; end++) {
      const code = text.charCodeAt(end);
      if (code === 32 || code === 9) break;
    }
    end = end < length ? end + 1 : length;
    const run = this.layoutCached(text.slice(last, end));
    if (glyphs && positions) {
      for (const g of run.glyphs) glyphs.push(g);
      for (const p of run.positions) positions.push(p);
    }
    advanceWidth += run.advanceWidth;
    last = end;
  }
  return { glyphs, positions, advanceWidth };
}

function encode(this: EmbeddedFontLike, text: string, features?: unknown): [string[], unknown[]] {
  const { glyphs, positions } = this.layout(text, features) as Run;
  const res: string[] = [];
  for (const glyph of glyphs) {
    const gid = this.subset.includeGlyph(glyph.id);
    res.push(hexOf(gid));
    if (this.widths[gid] == null) this.widths[gid] = glyph.advanceWidth * this.scale;
    if (this.unicode[gid] == null) this.unicode[gid] = glyph.codePoints;
  }
  return [res, positions];
}

/** Classes seen so far, with their own methods where they were replaced. */
const patched = new Map<Partial<EmbeddedFontLike>, Pick<EmbeddedFontLike, 'layout' | 'encode'> | null>();

/**
 * Installs the two methods on the class of `font` (a pdfkit EmbeddedFont, as pdfmake hands them
 * out), once. Fonts of any other shape are left alone.
 */
export function speedUpFontLayout(font: object): void {
  const proto = Object.getPrototypeOf(font) as Partial<EmbeddedFontLike> | null;
  if (!proto || patched.has(proto)) return;
  if (typeof proto.layoutCached !== 'function' || typeof proto.layout !== 'function' || typeof proto.encode !== 'function' || typeof proto.layoutRun !== 'function') {
    patched.set(proto, null);
    return;
  }
  patched.set(proto, { layout: proto.layout, encode: proto.encode });
  proto.layout = layout as EmbeddedFontLike['layout'];
  proto.encode = encode;
}

/** Puts pdfkit's own methods back (for tests that compare with them); the next font measured installs these again. */
export function restoreFontLayout(): void {
  for (const [proto, own] of patched) if (own) Object.assign(proto, own);
  patched.clear();
}
