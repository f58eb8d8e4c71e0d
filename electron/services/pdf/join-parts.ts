/**
 * Appends the pages of a brief's later parts to its first part. The first part is the document
 * the planner gets: its contents, bookmarks and metadata stay as pdfmake wrote them; the later
 * parts bring only pages. pdf-lib is asked not to touch the metadata, so the same parts always
 * join into the same bytes.
 */
import { PDFDocument } from 'pdf-lib';

/** The parts' pages in order, as one PDF, and its page count. */
export async function joinParts(parts: readonly Uint8Array[]): Promise<{ bytes: Buffer; pageCount: number }> {
  const [first, ...rest] = parts;
  if (!first) throw new Error('No parts to join.');
  const doc = await PDFDocument.load(first, { updateMetadata: false });
  for (const part of rest) {
    const other = await PDFDocument.load(part, { updateMetadata: false });
    for (const page of await doc.copyPages(other, other.getPageIndices())) doc.addPage(page);
  }
  const bytes = await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
  return { bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), pageCount: doc.getPageCount() };
}
