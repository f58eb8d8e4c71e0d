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

interface PdfObject {
  /** Everything before the stream data (the whole object when it has none), as text. */
  head: string;
  /** The stream data and what follows it, copied as bytes. */
  tail: Uint8Array;
}

/** pdfkit ends a stream object with these bytes after its data. */
const STREAM_END = '\nendstream\nendobj\n';

/**
 * Object `n`: it runs from its offset to the next object's (or to the table). Its stream data is
 * found from its /Length, so nothing inside a string or a stream is ever searched.
 */
function objectAt(bytes: Uint8Array, xref: Xref, ends: Map<number, number>, n: number): PdfObject {
  const at = xref.offsets.get(n);
  const end = ends.get(n);
  if (!at || end === undefined) fail(`object ${n} is missing`);
  const whole = Buffer.from(bytes.buffer, bytes.byteOffset + at, end - at);
  const text = whole.toString('latin1');
  if (!text.startsWith(`${n} 0 obj`)) fail(`object ${n} is not where the table says`);
  const trimmed = text.trimEnd() + '\n';
  if (!trimmed.endsWith(STREAM_END)) return { head: trimmed, tail: new Uint8Array(0) };
  const length = Number(/\/Length (\d+)/.exec(text)?.[1]);
  const headLength = trimmed.length - STREAM_END.length - length;
  if (Number.isNaN(length) || headLength < 0 || !trimmed.slice(0, headLength).endsWith('stream\n')) fail(`object ${n} has a stream of an unexpected shape`);
  return { head: trimmed.slice(0, headLength), tail: Buffer.from(whole.subarray(headLength, trimmed.length)) };
}

/** Where each object ends: where the next one starts, or at the cross-reference table. */
function objectEnds(xref: Xref): Map<number, number> {
  const starts = [...xref.offsets].filter(([, at]) => at > 0).sort((a, b) => a[1] - b[1]);
  return new Map(starts.map(([n], i) => [n, starts[i + 1]?.[1] ?? xref.startxref]));
}

/**
 * Rewrites the references `N 0 R` of a dictionary's text outside its strings, so a title or link
 * that happens to read like a reference is left as written.
 */
function mapRefs(text: string, map: (n: number) => number): string {
  let out = '';
  let plain = '';
  const flush = () => {
    out += plain.replace(/(\d+) 0 R/g, (_m, n: string) => `${map(Number(n))} 0 R`);
    plain = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') {
      flush();
      let depth = 0;
      let j = i;
      for (; j < text.length; j++) {
        if (text[j] === '\\') j++;
        else if (text[j] === '(') depth++;
        else if (text[j] === ')' && --depth === 0) break;
      }
      out += text.slice(i, j + 1);
      i = j;
    } else if (c === '<' && text[i + 1] !== '<' && text[i - 1] !== '<') {
      flush();
      const close = text.indexOf('>', i);
      out += text.slice(i, close + 1);
      i = close;
    } else {
      plain += c;
    }
  }
  flush();
  return out;
}

const refsIn = (text: string) => [...mapRefsCollect(text)];
function mapRefsCollect(text: string): Set<number> {
  const found = new Set<number>();
  mapRefs(text, (n) => (found.add(n), n));
  return found;
}

const refOf = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);

/** The page tree root of a file and its kids (pdfkit writes one flat page tree). */
function pageTree(bytes: Uint8Array, xref: Xref, ends = objectEnds(xref)): { pages: number; head: string; kids: number[] } {
  const pages = refOf(objectAt(bytes, xref, ends, xref.root).head, 'Pages');
  if (!pages) fail('a part has no page tree');
  const head = objectAt(bytes, xref, ends, pages).head;
  const kids = /\/Kids \[([^\]]*)\]/.exec(head)?.[1];
  if (kids === undefined) fail('a part has no list of pages');
  return { pages, head, kids: [...kids.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1])) };
}

const pad10 = (n: number) => String(n).padStart(10, '0');

/**
 * The second part's fonts get their own subset tags: both parts are written by the same code, so
 * their subsets carry the same tag, and a file must not name two different subsets alike. pdfkit's
 * tags end in Z (they come from ids of two or three characters); the second part's end in Y.
 */
const retag = (head: string) => head.replace(/\/(BaseFont|FontName) \/([A-Z]{5})Z\+/g, '/$1 /$2Y+');

/** Appends `part`'s pages (and what they use) to `base`, renumbered, with a new page tree. */
function appendPart(base: Uint8Array, part: Uint8Array): { bytes: Buffer; pageCount: number } {
  const baseXref = readXref(base);
  const partXref = readXref(part);
  const partEnds = objectEnds(partXref);
  const baseTree = pageTree(base, baseXref);
  const partTree = pageTree(part, partXref, partEnds);
  const shift = baseXref.size - 1;
  const renumber = (n: number) => (n === partTree.pages ? baseTree.pages : n + shift);

  // Only what the pages reach: not the second part's catalog, page tree or document information.
  const reached = new Map<number, PdfObject>();
  const queue = [...partTree.kids];
  while (queue.length > 0) {
    const n = queue.pop()!;
    if (reached.has(n) || n === partTree.pages) continue;
    const object = objectAt(part, partXref, partEnds, n);
    reached.set(n, object);
    for (const ref of refsIn(object.head.slice(object.head.indexOf('obj') + 3))) if (!reached.has(ref)) queue.push(ref);
  }

  const chunks: Buffer[] = [Buffer.from(base.buffer, base.byteOffset, base.byteLength), Buffer.from('\n', 'latin1')];
  let offset = base.length + 1;
  const written = new Map<number, number>();
  const write = (n: number, head: string, tail: Uint8Array = new Uint8Array(0)) => {
    written.set(n, offset);
    const chunk = Buffer.concat([Buffer.from(head, 'latin1'), tail]);
    chunks.push(chunk);
    offset += chunk.length;
  };
  for (const n of [...reached.keys()].sort((a, b) => a - b)) {
    const { head, tail } = reached.get(n)!;
    const body = retag(mapRefs(head.slice(head.indexOf(' obj')), renumber));
    write(n + shift, `${n + shift} 0${body}`, tail);
  }
  const kids = [...baseTree.kids, ...partTree.kids.map((k) => k + shift)];
  const tree = baseTree.head.replace(/\/Kids \[[^\]]*\]/, `/Kids [${kids.map((k) => `${k} 0 R`).join(' ')}]`).replace(/\/Count \d+/, `/Count ${kids.length}`);
  write(baseTree.pages, tree);

  // One subsection per run of consecutive object numbers, as the format asks.
  const numbers = [...written.keys()].sort((a, b) => a - b);
  let table = 'xref\n';
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    table += `${numbers[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) table += `${pad10(written.get(numbers[k]!)!)} 00000 n \n`;
    i = j + 1;
  }
  const size = Math.max(baseXref.size, numbers[numbers.length - 1]! + 1);
  const trailer = baseXref.trailer.replace(/\/Size \d+/, `/Size ${size}`).replace(/>>\s*$/, `/Prev ${baseXref.startxref}\n>>\n`);
  chunks.push(Buffer.from(`${table}${trailer}startxref\n${offset}\n%%EOF\n`, 'latin1'));
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
