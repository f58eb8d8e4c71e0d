/** Turns a brief's document definition into PDF bytes with the configured pdfmake. */
import type { DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { splitFontRuns } from './font-runs';
import { configuredPdfmake, provideFallbackFonts } from './pdfmake-instance';

export interface RenderedPdf {
  bytes: Buffer;
  pageCount: number;
  /** The worker thread that rendered it; absent when it was rendered in the calling thread. */
  threadId?: number;
}

/**
 * Renders a document definition to PDF bytes and reports the page count (read from the footer
 * callback, which pdfmake calls once per page with the total). pdfmake mutates the definition it is
 * given, so pass a freshly built one each time.
 */
export async function renderPdf(doc: TDocumentDefinitions): Promise<RenderedPdf> {
  let pageCount = 0;
  const pdfmake = configuredPdfmake();
  // Texts Roboto lacks become runs in the shipped fallback fonts (also in the header and footer).
  splitFontRuns(doc, (report) => provideFallbackFonts(report.families));
  const footer = doc.footer;
  const countingFooter: DynamicContent = (page, total, size) => {
    pageCount = total;
    if (typeof footer === 'function') return footer(page, total, size);
    return footer ?? null;
  };
  const bytes = await pdfmake.createPdf({ ...doc, footer: countingFooter }).getBuffer();
  return { bytes, pageCount };
}

