import { execFileSync, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { joinParts } from '../../electron/services/pdf/join-parts';
import { renderPdf } from '../../electron/services/pdf/render-brief';
import { tempFolder } from './helpers';

const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
/** Runs a poppler tool and returns what it printed on stderr: poppler repairs a broken file silently otherwise. */
const complaints = (tool: string, ...args: string[]) => spawnSync(tool, args, { encoding: 'utf8' }).stderr;

/** Checks the update's cross-reference table the way a strict reader would, entry by entry. */
function checkUpdate(joined: Buffer, firstLength: number, firstStartxref: number) {
  const text = joined.toString('latin1');
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  expect(startxref).toBeGreaterThan(firstLength);
  const section = text.slice(startxref, text.indexOf('trailer', startxref));
  const lines = section.split('\n').slice(1).filter(Boolean);
  let highest = 0;
  for (let i = 0; i < lines.length; ) {
    const [first, count] = lines[i]!.split(' ').map(Number) as [number, number];
    for (let k = 0; k < count; k++) {
      const offset = Number(lines[i + 1 + k]!.slice(0, 10));
      expect(text.startsWith(`${first + k} 0 obj`, offset), `object ${first + k}`).toBe(true);
      highest = Math.max(highest, first + k);
    }
    i += 1 + count;
  }
  const trailer = text.slice(text.indexOf('trailer', startxref));
  expect(Number(/\/Prev (\d+)/.exec(trailer)?.[1])).toBe(firstStartxref);
  expect(Number(/\/Size (\d+)/.exec(trailer)?.[1])).toBe(highest + 1);
}
const startxrefOf = (bytes: Buffer) => Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(bytes.toString('latin1'))?.[1]);

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
    // Each part's font subsets keep a name of their own.
    const names = fonts.map((line) => line.split(/\s+/)[0]);
    expect(new Set(names).size).toBe(names.length);
    checkUpdate(joined.bytes, first.bytes.length, startxrefOf(first.bytes));
    expect(complaints('pdftotext', file, '-')).toBe('');
    expect(complaints('pdfinfo', file)).toBe('');
  });

  it('leaves text that reads like a reference alone and keeps every object whole', async () => {
    const tricky = 'Plan endobj 3 0 R (x) stream';
    const first = await renderPdf(doc('First', 1, { info: { title: tricky, creationDate: new Date('2026-11-20T00:00:00Z') } }));
    const second = await renderPdf(doc(tricky, 2, { info: { title: tricky, creationDate: new Date('2026-11-20T00:00:00Z') } }));
    const joined = joinParts([first.bytes, second.bytes]);
    const file = await written(joined.bytes);
    checkUpdate(joined.bytes, first.bytes.length, startxrefOf(first.bytes));
    expect(complaints('pdftotext', file, '-')).toBe('');
    expect(run('pdfinfo', file)).toContain(`Title:           ${tricky}`);
    expect(run('pdftotext', file, '-')).toContain(`${tricky} page 2`);
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
