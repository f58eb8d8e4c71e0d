import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { joinParts } from '../../electron/services/pdf/join-parts';
import { renderPdf } from '../../electron/services/pdf/render-brief';
import { tempFolder } from './helpers';

const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

function doc(label: string, pages: number, extra: Partial<TDocumentDefinitions> = {}): TDocumentDefinitions {
  return {
    info: { creationDate: new Date('2026-11-20T00:00:00Z') },
    content: Array.from({ length: pages }, (_, i) => ({ text: `${label} page ${i + 1} — Lévèque, Ярославль`, pageBreak: i > 0 ? ('before' as const) : undefined, bold: i % 2 === 1 })),
    defaultStyle: { font: 'Roboto' },
    ...extra,
  };
}

async function written(bytes: Buffer): Promise<string> {
  const file = join(await tempFolder(), 'joined.pdf');
  await writeFile(file, bytes);
  return file;
}

describe('joining the parts of a brief', () => {
  it('appends the second part\'s pages after the first, in order, with their fonts', async () => {
    const first = await renderPdf(doc('First', 3, { content: [{ text: 'Contents', tocItem: true, headlineLevel: 1 }, ...(doc('First', 3).content as never[])] }));
    const second = await renderPdf(doc('Second', 2));
    const joined = joinParts([first.bytes, second.bytes]);
    expect(joined.pageCount).toBe(first.pageCount + second.pageCount);
    const file = await written(joined.bytes);
    expect(run('pdfinfo', file)).toMatch(new RegExp(`Pages:\\s+${joined.pageCount}\\n`));
    const pages = run('pdftotext', file, '-').split('\f').slice(0, -1).map((p) => p.trim());
    expect(pages.slice(-2)).toEqual(['Second page 1 — Lévèque, Ярославль', 'Second page 2 — Lévèque, Ярославль']);
    expect(pages.join('\n').match(/(First|Second) page \d/g)).toEqual(['First page 1', 'First page 2', 'First page 3', 'Second page 1', 'Second page 2']);
    const fonts = run('pdffonts', file).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    expect(fonts.every((line) => / yes +yes +yes /.test(line))).toBe(true);
  });

  it('is read by pdf.js, the preview\'s reader, with the first part\'s bookmarks', async () => {
    const first = await renderPdf(doc('First', 2, { content: [{ text: 'Heading', tocItem: true }, { toc: { title: { text: 'Contents' }, outlines: true } } as never] }));
    const second = await renderPdf(doc('Second', 2));
    const joined = joinParts([first.bytes, second.bytes]);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(joined.bytes), isEvalSupported: false }).promise;
    expect(pdf.numPages).toBe(joined.pageCount);
    const last = await (await pdf.getPage(pdf.numPages)).getTextContent();
    expect(last.items.map((i) => ('str' in i ? i.str : '')).join('')).toContain('Second page 2');
    expect((await pdf.getOutline())?.map((o) => o.title)).toEqual(['Heading']);
    await pdf.destroy();
  });

  it('gives the same bytes for the same parts', async () => {
    const [a, b] = [await renderPdf(doc('A', 2)), await renderPdf(doc('B', 2))];
    expect(joinParts([a.bytes, b.bytes]).bytes.equals(joinParts([a.bytes, b.bytes]).bytes)).toBe(true);
  });

  it('refuses what is not a pdfkit file in plain words rather than writing a broken PDF', () => {
    expect(() => joinParts([Buffer.from('%PDF-1.3\nnot really\n'), Buffer.from('x')])).toThrow(/could not be joined/);
  });
});
