/**
 * Appends the pages of a brief's later parts to its first part, as an incremental update of the
 * first: its bytes stay as pdfmake wrote them (contents, bookmarks, metadata), the later parts'
 * objects follow under new numbers, and a new version of the page tree lists every page. Both
 * inputs come from pdfkit, whose files are plain (one cross-reference table, no object streams),
 * so this needs no PDF library, copies the later parts' streams byte for byte, and joins a
 * 1,000-page brief in milliseconds where parsing it into a PDF library took a second and
 * hundreds of megabytes. The same parts always join into the same bytes.
 */

interface Xref {
  /** Byte offset of each object by number (0 for free entries). */
  offsets: Map<number, number>;
  size: number;
  root: number;
  trailer: string;
  startxref: number;
}

const latin1 = (bytes: Uint8Array, from = 0, to = bytes.length) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', from, to);

function fail(why: string): never {
  throw new Error(`The parts of the brief could not be joined: ${why}.`);
}

/** Reads the (single, final) cross-reference table and trailer of a pdfkit file. */
function readXref(bytes: Uint8Array): Xref {
  const tail = latin1(bytes, Math.max(0, bytes.length - 2048));
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!start) fail('no cross-reference table at the end of a part');
  const startxref = Number(start[1]);
  const text = latin1(bytes, startxref);
  const trailerAt = text.indexOf('trailer');
  if (!text.startsWith('xref') || trailerAt < 0) fail('a part has no plain cross-reference table');
  const offsets = new Map<number, number>();
  const lines = text.slice(4, trailerAt).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  for (let i = 0; i < lines.length; ) {
    const [first, count] = lines[i]!.split(/\s+/).map(Number);
    if (first === undefined || count === undefined || Number.isNaN(first) || Number.isNaN(count)) fail('a cross-reference section is malformed');
    for (let k = 0; k < count; k++) {
      const entry = lines[i + 1 + k];
      if (!entry) fail('a cross-reference section is cut short');
      const [offset, , kind] = entry.split(/\s+/);
      offsets.set(first + k, kind === 'n' ? Number(offset) : 0);
    }
    i += 1 + count;
  }
  const trailer = text.slice(trailerAt, text.indexOf('startxref', trailerAt));
  const size = Number(/\/Size (\d+)/.exec(trailer)?.[1]);
  const root = Number(/\/Root (\d+) 0 R/.exec(trailer)?.[1]);
  if (!size || !root) fail('a part has no trailer');
  return { offsets, size, root, trailer, startxref };
}

/** The text of object `n` up to its stream data (or its end), and where that part ends. */
function objectHead(bytes: Uint8Array, xref: Xref, n: number): { head: string; headEnd: number; end: number } {
  const at = xref.offsets.get(n);
  if (!at) fail(`object ${n} is missing`);
  // Object heads are short; stream data, which may hold anything, is never searched.
  let window = latin1(bytes, at, Math.min(bytes.length, at + 64 * 1024));
  if (!window.includes('endobj') && !window.includes('stream\n')) window = latin1(bytes, at);
  const endobj = window.indexOf('endobj');
  const stream = window.indexOf('stream\n');
  if (stream >= 0 && (endobj < 0 || stream < endobj)) {
    const length = Number(/\/Length (\d+)/.exec(window.slice(0, stream))?.[1]);
    if (Number.isNaN(length)) fail(`object ${n} has a stream without a plain length`);
    const headEnd = at + stream + 'stream\n'.length;
    const tail = latin1(bytes, headEnd + length, Math.min(bytes.length, headEnd + length + 64));
    const close = tail.indexOf('endobj');
    if (close < 0) fail(`object ${n} does not end`);
    return { head: window.slice(0, stream + 'stream\n'.length), headEnd, end: headEnd + length + close + 'endobj'.length };
  }
  if (endobj < 0) fail(`object ${n} does not end`);
  return { head: window.slice(0, endobj + 'endobj'.length), headEnd: at + endobj + 'endobj'.length, end: at + endobj + 'endobj'.length };
}

const refOf = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);

/** The page tree root of a file and its kids (pdfkit writes one flat page tree). */
function pageTree(bytes: Uint8Array, xref: Xref): { pages: number; head: string; kids: number[] } {
  const pages = refOf(objectHead(bytes, xref, xref.root).head, 'Pages');
  if (!pages) fail('a part has no page tree');
  const head = objectHead(bytes, xref, pages).head;
  const kids = /\/Kids \[([^\]]*)\]/.exec(head)?.[1];
  if (kids === undefined || /\/Type\s*\/Pages/.test(kids)) fail('a page tree is not flat');
  return { pages, head, kids: [...kids.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1])) };
}

const pad10 = (n: number) => String(n).padStart(10, '0');

/** Appends `part`'s objects to `base`, renumbered, with a new page tree; returns the new file and its page count. */
function appendPart(base: Uint8Array, part: Uint8Array): { bytes: Buffer; pageCount: number } {
  const baseXref = readXref(base);
  const partXref = readXref(part);
  const baseTree = pageTree(base, baseXref);
  const partTree = pageTree(part, partXref);
  const shift = baseXref.size - 1;
  const renumber = (text: string) => text.replace(/(\d+) 0 R/g, (_m, n: string) => (Number(n) === partTree.pages ? `${baseTree.pages} 0 R` : `${Number(n) + shift} 0 R`));

  const chunks: Buffer[] = [Buffer.from(base.buffer, base.byteOffset, base.byteLength), Buffer.from('\n', 'latin1')];
  let offset = base.length + 1;
  const written = new Map<number, number>();
  const write = (n: number, text: Buffer | string) => {
    written.set(n, offset);
    const chunk = typeof text === 'string' ? Buffer.from(text, 'latin1') : text;
    chunks.push(chunk);
    offset += chunk.length;
  };
  for (const n of [...partXref.offsets.keys()].sort((a, b) => a - b)) {
    if (!partXref.offsets.get(n)) continue;
    const { head, headEnd, end } = objectHead(part, partXref, n);
    const renumbered = renumber(head).replace(/^(\d+) 0 obj/, (_m, k: string) => `${Number(k) + shift} 0 obj`);
    const body = Buffer.from(part.buffer, part.byteOffset + headEnd, end - headEnd);
    write(n + shift, Buffer.concat([Buffer.from(renumbered, 'latin1'), body, Buffer.from('\n', 'latin1')]));
  }
  const kids = [...baseTree.kids, ...partTree.kids.map((k) => k + shift)];
  const tree = baseTree.head
    .replace(/\/Kids \[[^\]]*\]/, `/Kids [${kids.map((k) => `${k} 0 R`).join(' ')}]`)
    .replace(/\/Count \d+/, `/Count ${kids.length}`);
  write(baseTree.pages, `${tree}\n`);

  const size = baseXref.size + partXref.size - 1;
  let xref = `xref\n0 1\n0000000000 65535 f \n${baseTree.pages} 1\n${pad10(written.get(baseTree.pages)!)} 00000 n \n${baseXref.size} ${partXref.size - 1}\n`;
  for (let n = 1; n < partXref.size; n++) {
    const at = written.get(n + shift);
    xref += at === undefined ? '0000000000 65535 f \n' : `${pad10(at)} 00000 n \n`;
  }
  const trailer = baseXref.trailer
    .replace(/\/Size \d+/, `/Size ${size}`)
    .replace(/>>\s*$/, `/Prev ${baseXref.startxref}\n>>\n`);
  chunks.push(Buffer.from(`${xref}${trailer}startxref\n${offset}\n%%EOF\n`, 'latin1'));
  return { bytes: Buffer.concat(chunks), pageCount: kids.length };
}

/** The parts' pages in order, as one PDF, and its page count. */
export function joinParts(parts: readonly Uint8Array[]): { bytes: Buffer; pageCount: number } {
  const [first, second, ...more] = parts;
  if (!first) fail('there are no parts');
  // A joined file ends in an update, which appendPart does not read: briefs are cut in two at most.
  if (more.length > 0) fail('more than two parts');
  if (!second) return { bytes: Buffer.from(first.buffer, first.byteOffset, first.byteLength), pageCount: pageTree(first, readXref(first)).kids.length };
  return appendPart(first, second);
}
