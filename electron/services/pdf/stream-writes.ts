/**
 * pdfkit turns every drawing operator it writes to a page's content stream into its own small
 * Buffer, then joins them all when the page is finished: for a 1,000-page brief, millions of tiny
 * buffers and a tenth of the drawing time. These methods keep a stream's operators as text and
 * encode it once, at the same place in the stream: same bytes, same lengths.
 */

interface ReferenceLike {
  buffer: Uint8Array[] | Uint8Array;
  data: { Length?: number; Filter?: string };
  compress: boolean;
  uncompressedLength: number;
  write(chunk: unknown): void;
  finalize(): void;
}

/** Operators written since the last binary chunk, each already ending in its newline. */
const PENDING = Symbol('pending operators');
type Pending = ReferenceLike & { [PENDING]?: string[] };

const own = new Map<object, Pick<ReferenceLike, 'write' | 'finalize'> | null>();

function flush(ref: Pending): void {
  const pending = ref[PENDING];
  if (!pending?.length) return;
  ref[PENDING] = [];
  // 'binary' (latin1) as pdfkit encodes them: one byte per character, so lengths already counted hold.
  (ref.buffer as Uint8Array[]).push(Buffer.from(pending.join(''), 'binary'));
}

function makeWrite(stock: ReferenceLike['write']) {
  return function write(this: Pending, chunk: unknown): void {
    if (chunk instanceof Uint8Array) {
      flush(this);
      stock.call(this, chunk);
      return;
    }
    const text = `${String(chunk)}\n`;
    (this[PENDING] ??= []).push(text);
    this.uncompressedLength += text.length;
    if (this.data.Length == null) this.data.Length = 0;
    this.data.Length += text.length;
    if (this.compress) this.data.Filter = 'FlateDecode';
  };
}

function makeFinalize(stock: ReferenceLike['finalize']) {
  return function finalize(this: Pending): void {
    flush(this);
    stock.call(this);
  };
}

/**
 * Installs the two methods on the class of pdfkit's PDFReference, found through a document's root
 * reference (a pdfkit PDFDocument, as pdfmake hands it out), once. Documents of another shape are
 * left alone.
 */
export function speedUpStreamWrites(document: object): void {
  const root = (document as { _root?: unknown })._root;
  const proto = root && typeof root === 'object' ? (Object.getPrototypeOf(root) as Partial<ReferenceLike> | null) : null;
  if (!proto || own.has(proto)) return;
  if (typeof proto.write !== 'function' || typeof proto.finalize !== 'function' || !Array.isArray((root as ReferenceLike).buffer)) {
    own.set(proto, null);
    return;
  }
  own.set(proto, { write: proto.write, finalize: proto.finalize });
  proto.write = makeWrite(proto.write);
  proto.finalize = makeFinalize(proto.finalize);
}

/** Puts pdfkit's own methods back (for tests that compare with them). */
export function restoreStreamWrites(): void {
  for (const [proto, stock] of own) if (stock) Object.assign(proto, stock);
  own.clear();
}
