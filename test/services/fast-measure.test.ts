import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { installFastMeasure } from '../../electron/services/pdf/fast-measure';
import { installInlineMerging } from '../../electron/services/pdf/merge-inlines';
import { installSpeedUps, stockPdfWanted, STOCK_PDF_SWITCH } from '../../electron/services/pdf/speed-ups';
import { configuredPdfmake } from '../../electron/services/pdf/pdfmake-instance';
import { renderPdf } from '../../electron/services/pdf/render-brief';
import { briefDocument } from '../../electron/services/pdf/brief-document';
import { createSamplePlan } from '../../shared/plan/sample';
import { planWithRisks } from '../bench/_large-plan';
import { createScriptsPlan } from '../fixtures/scripts-plan';

const DATE = '2026-11-20';

/** Renders a freshly built document with pdfmake's own code (but words joined into runs), then installs the speed-ups again. */
async function withStockMeasure(make: () => TDocumentDefinitions): Promise<Buffer> {
  configuredPdfmake();
  installSpeedUps().restore();
  // Joining words into runs changes the bytes (not the pixels; brief-pdf.test.ts checks those), so it stays.
  installInlineMerging();
  try {
    return (await renderPdf(make())).bytes;
  } finally {
    installSpeedUps();
  }
}

describe('the speed-ups: words measured once per shared style, streams written as text', () => {
  it('all find the pdfmake and pdfkit internals they replace (none silently missing)', () => {
    configuredPdfmake();
    expect(installSpeedUps().missing).toEqual([]);
  });

  it('are switched off as a whole by one environment variable', () => {
    expect(stockPdfWanted({})).toBe(false);
    expect(stockPdfWanted({ [STOCK_PDF_SWITCH]: '1' })).toBe(true);
    expect(stockPdfWanted({ [STOCK_PDF_SWITCH]: '0' })).toBe(false);
  });

  it('is installed in the configured pdfmake (otherwise every comparison below would be stock against stock)', () => {
    configuredPdfmake();
    const proto = (createRequire(import.meta.url)('pdfmake/js/TextInlines.js') as { default: { prototype: { measure: unknown } } }).default.prototype;
    const fast = proto.measure;
    installFastMeasure()!();
    const stock = proto.measure;
    expect(stock).not.toBe(fast);
    installFastMeasure();
    expect(proto.measure).not.toBe(stock);
  });

  it('measures text whose font features come from the default style the same way', async () => {
    const make = (): TDocumentDefinitions => ({
      content: [{ text: 'Kerning from the default style: AVATAR Wavy' }, { text: ['Mixed ', { text: 'spans', bold: true }, ' here'], style: ['h', 'k'] }],
      styles: { h: { fontSize: 13 }, k: { color: '#333333' } },
      defaultStyle: { font: 'Roboto', fontSize: 10, fontFeatures: ['kern', 'liga'] },
      info: { creationDate: new Date(`${DATE}T00:00:00Z`) },
    });
    const fast = (await renderPdf(make())).bytes;
    expect(fast.equals(await withStockMeasure(make))).toBe(true);
  });

  it('gives the very same PDF as pdfmake measuring word by word, for the sample brief, a long one and one in four scripts', async () => {
    // The last has Arabic, Hebrew and Chinese runs: words of several fonts in one text.
    for (const plan of [createSamplePlan(), planWithRisks(120), createScriptsPlan()]) {
      const make = () => briefDocument(plan, { generatedAt: DATE, fullRegister: true });
      const fast = (await renderPdf(make())).bytes;
      const stock = await withStockMeasure(make);
      expect(fast.equals(stock)).toBe(true);
    }
  }, 60_000);

  it('handles every style pdfmake resolves: sizes, sub- and superscript, spacing, links, no-wrap, indents', async () => {
    const make = (): TDocumentDefinitions => ({
      content: [
        { text: ['Plain ', { text: 'bold ', bold: true }, { text: 'italic ', italics: true }, { text: 'big', fontSize: 18 }, { text: '2', sup: true }, { text: 'x', sub: true }] },
        { text: 'Spaced out words', characterSpacing: 2 },
        { text: ['A ', { text: 'link', link: 'https://example.org', decoration: 'underline' }, ' and ', { text: 'marked', background: '#ffee00', color: '#8b1a1a' }] },
        { text: 'Indented paragraph that runs on long enough to wrap onto a second line at this width.', leadingIndent: 20, alignment: 'justify' },
        { text: 'NoWrapNoWrapNoWrap', noWrap: true },
        { text: '   leading and trailing spaces kept   ', preserveLeadingSpaces: true, preserveTrailingSpaces: true },
        { text: 'Kerned text', fontFeatures: ['kern'] },
        { text: 'Style from the dictionary', style: 'h' },
        { text: 'Accents and Cyrillic: Lévèque, Östmark, Санкт-Петербург, Ярославль', alignment: 'justify' },
        { text: 'A justified paragraph long enough to wrap, so pdfkit spaces its words out on every line but the last one of it.', alignment: 'justify', fontSize: 9 },
      ],
      styles: { h: { fontSize: 14, bold: true, color: '#123456', lineHeight: 1.4 } },
      defaultStyle: { font: 'Roboto', fontSize: 10 },
      // A fixed date: otherwise the two files differ in their creation time alone.
      info: { creationDate: new Date(`${DATE}T00:00:00Z`) },
    });
    const fast = (await renderPdf(make())).bytes;
    const stock = await withStockMeasure(make);
    expect(fast.equals(stock)).toBe(true);
  });
});
