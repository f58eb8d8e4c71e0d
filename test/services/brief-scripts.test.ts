import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../electron/cli/commands/export';
import { runCli } from '../../electron/cli/program';
import { exportBrief, renderBrief } from '../../electron/services/pdf/export-brief';
import { installInlineMerging } from '../../electron/services/pdf/merge-inlines';
import { renderPdf } from '../../electron/services/pdf/render-brief';
import { createSamplePlan } from '../../shared/plan/sample';
import { serializePlan } from '../../shared/plan/validate';
import { NAMES, createScriptsPlan } from '../fixtures/scripts-plan';
import { tempFolder } from './helpers';

const OPTIONS = { generatedAt: '2026-11-20' };
const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
/**
 * pdftotext's text made comparable: NFKC (Arabic presentation forms to letters), the bidi marks
 * poppler wraps right-to-left runs in dropped, spaces collapsed.
 */
const normalise = (text: string) => text.normalize('NFKC').replace(/\p{Cf}/gu, '');
/**
 * Whitespace removed as well: poppler places the spaces around a right-to-left run inside it
 * ("and ‫ נועה לוי‬were"), although the page has them where they belong (see the bbox tests).
 */
const squash = (text: string) => normalise(text).replace(/\s+/g, '');
const pageTexts = (file: string) => run('pdftotext', file, '-').split('\f').slice(0, -1).map(normalise);
/** pdffonts' rows: name, then whether embedded, subset and with a Unicode map. */
const fontRows = (file: string) =>
  run('pdffonts', file)
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => ({ name: line.split(/\s+/)[0]!, flags: / (yes|no) +(yes|no) +(yes|no) +\d+ +\d+$/.exec(line)?.slice(1).join(' ') }));

/** Words on one page as poppler places them: text as drawn (left to right) and left edge. */
function wordsOnPage(file: string, page: number): Array<{ text: string; x: number; y: number }> {
  const xml = run('pdftotext', '-f', String(page), '-l', String(page), '-bbox', file, '-');
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3]! }));
}
const drawn = (logical: string) => [...logical].reverse().join('');

describe('a brief with Arabic, Hebrew and Chinese names', () => {
  let dir: string;
  let file: string;
  let pages: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'brief-scripts-'));
    file = join(dir, 'scripts.pdf');
    const written = await exportBrief(createScriptsPlan(), OPTIONS, file);
    expect(written.unprintable).toEqual([]);
    pages = pageTexts(file);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('embeds Noto Sans Arabic, Hebrew and SC as subsets next to Roboto, each with a Unicode map', () => {
    const rows = fontRows(file);
    for (const family of ['NotoSansArabic-Regular', 'NotoSansArabic-Medium', 'NotoSansHebrew-Regular', 'NotoSansCJKsc-Regular', 'Roboto-Regular']) {
      const row = rows.find((r) => r.name.endsWith(`+${family}`));
      expect(row, family).toBeDefined();
      expect(row!.flags, family).toBe('yes yes yes');
    }
  });

  it('gives every name back as text: Latin and Chinese in reading order, Hebrew and Arabic in logical order', () => {
    const all = squash(pages.join('\n'));
    for (const text of [`Statements by ${NAMES.chinese} and ${NAMES.hebrew} were reported.`, `${NAMES.chinesePlace} liaison office`, 'corridor 2026', 'حداد', 'خطة حلب']) {
      expect(all).toContain(squash(text));
    }
  });

  it('prints the cover title right to left: Arabic words, then the number, then the Chinese name, from the right', () => {
    // Logical "خطة حلب 2026 — 北京市": a right-to-left paragraph, so 北京市 ends up leftmost.
    const words = wordsOnPage(file, 1).filter((w) => w.y < 230);
    const xOf = (text: string) => words.find((w) => w.text === text || w.text.startsWith(text))?.x ?? Number.NaN;
    const order = [xOf(NAMES.chinesePlace), xOf('2026'), xOf(drawn('حلب')), xOf(drawn('خطة'))];
    expect(order.every(Number.isFinite)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('prints Hebrew words in visual order inside a Latin page', () => {
    const words = wordsOnPage(file, 1);
    const first = words.find((w) => w.text === drawn('נועה'));
    const second = words.find((w) => w.text === drawn('לוי'));
    // The first word read (נועה) stands to the right of the second.
    expect(first && second && first.x > second.x).toBe(true);
  });

  it('uses the fallback fonts in the running footer of every page', () => {
    // Both words, in either order: pdftotext gives a one-line right-to-left run in visual order.
    pages.forEach((text, i) => {
      for (const word of ['خطة', 'حلب']) expect(squash(text), `page ${i + 1}`).toContain(word);
    });
  });

  it('draws the same pixels with words joined into runs as word by word (right-to-left lines are never joined)', async () => {
    installInlineMerging()!();
    const plain = join(dir, 'word-by-word.pdf');
    try {
      await writeFile(plain, (await renderBrief(createScriptsPlan(), OPTIONS)).bytes);
    } finally {
      installInlineMerging();
    }
    const pixels = (pdf: string, page: number) => {
      const prefix = join(dir, `px-${page}-${pdf === plain ? 'plain' : 'merged'}`);
      // 50 dpi as brief-pdf.test.ts: at 72 dpi the sample brief itself (no fallback text) differs
      // merged and word by word on three pages, a rounding of merge-inlines' own.
      run('pdftoppm', '-gray', '-r', '50', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix);
      return readFileSync(`${prefix}.pgm`);
    };
    for (let page = 1; page <= pages.length; page++) expect(pixels(file, page).equals(pixels(plain, page)), `page ${page}`).toBe(true);
    expect(readFileSync(file).length).toBeLessThan(readFileSync(plain).length);
  }, 60_000);

  it('writes the bookmarks as the headings\' Unicode text, in logical order', async () => {
    const heading = `Liaison ${NAMES.arabicPlace} ${NAMES.chinese}`;
    const pdf = await renderPdf({
      content: [{ toc: { title: { text: 'Contents' }, outlines: true } }, { text: heading, tocItem: true }],
    } as never);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf.bytes), isEvalSupported: false }).promise;
    expect((await doc.getOutline())?.map((o) => o.title)).toEqual([heading]);
    await doc.destroy();
  });
});

describe('a brief without such text', () => {
  it('embeds Roboto only', async () => {
    const file = join(await tempFolder(), 'sample.pdf');
    await exportBrief(createSamplePlan(), OPTIONS, file);
    const rows = fontRows(file);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => /^[A-Z]{6}\+Roboto-/.test(r.name))).toBe(true);
  });
});

describe('characters no shipped font has', () => {
  const plan = () => {
    const p = createSamplePlan();
    p.risks.items[0]!.title = 'Flooding 🌊 near the camp';
    p.cover.author = 'अमर';
    return p;
  };

  it('still print the brief, and the export names each field with them', async () => {
    const file = join(await tempFolder(), 'boxes.pdf');
    const written = await exportBrief(plan(), OPTIONS, file);
    expect(written.pageCount).toBeGreaterThan(5);
    const ref = plan().risks.items[0]!.ref;
    expect(written.unprintable).toEqual([expect.stringMatching(/^cover, author: “अ” \(U\+0905\)/), `risk ${ref}, title: “🌊” (U+1F30A)`]);
  });

  it('are reported on stderr by the CLI, which still writes the brief and succeeds', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, 'boxes.mplan'), serializePlan(plan()));
    let out = '';
    let err = '';
    const code = await runCli([exportCommand], ['node', 'mandate-planner', 'export', 'boxes.mplan', '-o', 'boxes.pdf', '--date', '2026-11-20'], { out: (t) => void (out += t), err: (t) => void (err += t), cwd: dir });
    expect(code).toBe(0);
    expect(out).toContain('Wrote the brief');
    expect(err).toMatch(/empty boxes/);
    expect(err).toContain('U+1F30A');
  });
});
