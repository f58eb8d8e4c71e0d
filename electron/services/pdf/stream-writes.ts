/**
 * pdfkit turns every drawing operator it writes to a page's content stream into its own small
 * Buffer, then joins them all when the page is finished: for a 1,000-page brief, millions of tiny
 * buffers and a tenth of the drawing time. These methods keep a stream's operators as text and
 * encode it once, at the same place in the stream: same bytes, same lengths.
 */
import { createRequire } from 'node:module';

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

let uninstall: (() => void) | null = null;

/**
 * Installs the two methods on pdfkit's PDFReference class, found through the root reference of a
 * throwaway document (pdfkit does not export the class). Returns a function that puts pdfkit's own
 * methods back, or null (and pdfkit writes as it ships) if the class is not shaped as in pdfkit
 * 0.19.1.
 */
export function installStreamWrites(): (() => void) | null {
  if (uninstall) return uninstall;
  let root: unknown;
  try {
    const PDFDocument = createRequire(import.meta.url)('pdfkit') as new (options: object) => { _root?: unknown };
    root = new PDFDocument({ autoFirstPage: false })._root;
  } catch {
    return null;
  }
  const proto = root && typeof root === 'object' ? (Object.getPrototypeOf(root) as Partial<ReferenceLike> | null) : null;
  if (!proto || typeof proto.write !== 'function' || typeof proto.finalize !== 'function' || !Array.isArray((root as ReferenceLike).buffer)) return null;
  const target = proto as ReferenceLike;
  const stock = { write: target.write, finalize: target.finalize };
  target.write = makeWrite(stock.write);
  target.finalize = makeFinalize(stock.finalize);
  uninstall = () => {
    Object.assign(target, stock);
    uninstall = null;
  };
  return uninstall;
}
