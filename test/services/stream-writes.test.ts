import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { installStreamWrites } from '../../electron/services/pdf/stream-writes';

interface PdfkitDocument {
  _root: object;
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end', listener: () => void): void;
  addPage(): PdfkitDocument;
  text(text: string, x: number, y: number): PdfkitDocument;
  rect(x: number, y: number, w: number, h: number): PdfkitDocument;
  fill(color: string): PdfkitDocument;
  moveTo(x: number, y: number): PdfkitDocument;
  lineTo(x: number, y: number): PdfkitDocument;
  stroke(): PdfkitDocument;
  ref(data: object): { write(chunk: string | Uint8Array): void; end(): void };
  end(): void;
}
type PdfkitClass = new (options: object) => PdfkitDocument;
const PDFDocument = createRequire(import.meta.url)('pdfkit') as PdfkitClass;

/** A few pages of text and vector drawing, written by whichever write methods are installed. */
function draw(compress: boolean, fast: boolean): Promise<Buffer> {
  if (fast) installStreamWrites();
  else installStreamWrites()?.();
  const doc = new PDFDocument({ compress, info: { CreationDate: new Date('2026-11-20T00:00:00Z') } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let page = 0; page < 3; page++) {
    if (page) doc.addPage();
    for (let line = 0; line < 40; line++) doc.text(`Line ${line} of page ${page + 1}: Sévérac, Zürich`, 50, 50 + line * 15);
    doc.rect(300, 400, 80, 40).fill('#8b1a1a');
    doc.moveTo(50, 700).lineTo(500, 700).stroke();
  }
  // A stream of operators and binary chunks mixed (as an image or a font file could be): the order holds.
  const mixed = doc.ref({});
  for (const chunk of ['q 1 0 0 1 0 0 cm', Buffer.from([0, 255, 10, 128]), 'Q', Buffer.from('Sévérac', 'latin1'), 'BT ET']) mixed.write(chunk);
  mixed.end();
  doc.end();
  return done;
}

describe('writing page content streams as text', () => {
  it('gives the very same bytes as pdfkit writing operator by operator, compressed or not', async () => {
    for (const compress of [true, false]) {
      const stock = await draw(compress, false);
      const fast = await draw(compress, true);
      expect(fast.length).toBeGreaterThan(2000);
      expect(fast.equals(stock), `compress: ${compress}`).toBe(true);
    }
  });

  it('is installed on pdfkit’s references, and restoring puts pdfkit’s own methods back', () => {
    installStreamWrites()?.();
    const doc = new PDFDocument({});
    const proto = Object.getPrototypeOf(doc._root) as { write: unknown };
    const stock = proto.write;
    const restore = installStreamWrites();
    expect(restore).not.toBeNull();
    expect(proto.write).not.toBe(stock);
    restore?.();
    expect(proto.write).toBe(stock);
    doc.end();
  });
});
