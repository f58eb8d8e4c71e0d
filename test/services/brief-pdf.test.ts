import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBrief, renderBrief } from '../../electron/services/pdf/export-brief';
import { installInlineMerging } from '../../electron/services/pdf/merge-inlines';
import { exportCommand } from '../../electron/cli/commands/export';
import { runCli } from '../../electron/cli/program';
import { assembleMandate } from '../../shared/mandate/assemble';
import { createSamplePlan } from '../../shared/plan/sample';
import { serializePlan } from '../../shared/plan/validate';
import { PlannerError } from '../../shared/result';

const DATE = '2026-11-20';
let dir: string;
let a4: string;
let a4Pages: number;

const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
const pdfInfo = (file: string) => run('pdfinfo', file);
const pagesOf = (file: string) => Number(/Pages:\s+(\d+)/.exec(pdfInfo(file))![1]);
/** Text of each page (pdftotext separates pages with form feeds). */
const pageTexts = (file: string) => run('pdftotext', '-layout', file, '-').split('\f').slice(0, -1);
/**
 * Whitespace and hyphens removed, so text still compares where a line broke (pdftotext drops the
 * hyphen of a word such as "early-warning" when the line breaks after it).
 */
const squash = (text: string) => text.replace(/[\s\u2011-]+/g, '');

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli([exportCommand], ['node', 'mandate-planner', ...args], { out: (t) => void (out += t), err: (t) => void (err += t), cwd: dir });
  return { code, out, err };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'brief-pdf-'));
  a4 = join(dir, 'sample-a4.pdf');
  a4Pages = (await exportBrief(createSamplePlan(), { generatedAt: DATE }, a4)).pageCount;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the exported sample brief, read with poppler', () => {
  it('has the page count the renderer reported, on A4 paper', () => {
    expect(a4Pages).toBeGreaterThanOrEqual(10);
    expect(pagesOf(a4)).toBe(a4Pages);
    expect(pdfInfo(a4)).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
  });

  it('embeds every font it uses, so it prints the same on any machine', () => {
    const rows = run('pdffonts', a4).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/Roboto/);
      expect(row.split(/\s+/).slice(-5, -4)[0]).toBe('yes');
    }
  });

  it('carries the classification marking at the top and bottom of every page', () => {
    const pages = pageTexts(a4);
    expect(pages).toHaveLength(a4Pages);
    pages.forEach((page) => {
      const lines = page.split('\n').map((l) => l.trim()).filter(Boolean);
      expect(lines[0]).toBe('RESTRICTED');
      expect(lines[lines.length - 1]).toBe('RESTRICTED');
      expect(page).toMatch(/Page \d+ of \d+/);
    });
  });

  it('contains every paragraph of the mandate', () => {
    // A paragraph may run over a page break: leave out the running header, marking and page number.
    const frame = (line: string) => /^(RESTRICTED|Page \d+ of \d+)$/.test(line.trim());
    const header = squash('Preventive mandate proposal for the Karst Basin 20 November 2026');
    const text = squash(run('pdftotext', a4, '-').split(/\n|\f/).filter((l) => !frame(l)).join('\n')).split(header).join('');
    const mandate = assembleMandate(createSamplePlan());
    for (const p of [...mandate.preambular, ...mandate.operative]) expect(text).toContain(squash(p.text));
  });

  it('keeps accented and Cyrillic place names intact', () => {
    const text = run('pdftotext', a4, '-');
    for (const name of ['Lévèque', 'Östmark', 'Северный Карст']) expect(text).toContain(name);
  });

  it('stores the title, author and brief date in the document information', () => {
    const info = pdfInfo(a4);
    expect(info).toMatch(/Title:\s+Preventive mandate proposal for the Karst Basin/);
    expect(info).toMatch(/Author:\s+Amara Okafor/);
    expect(info).toMatch(/CreationDate:\s+Fri Nov 20 00:00:00 2026 UTC/);
  });

  it('prints every word of fields filled to their limit, even where one runs longer than a page', async () => {
    const plan = createSamplePlan();
    const long = (tag: string) => `${tag}START ${'lorem ipsum dolor sit amet '.repeat(700)}${tag}END`;
    plan.capabilities.items[0]!.gapNote = long('GAP');
    plan.mission.tripwires[0]!.response = long('TRIPWIRE');
    plan.situation.riskFactors[2]!.notes = long('FACTOR');
    plan.situation.existingPresence.mandateSummary = long('PRESENCE');
    plan.mandate.clauses[3]!.text = long('CLAUSE');
    plan.risks.items[0]!.mitigation = long('MITIGATION');
    const file = join(dir, 'long-fields.pdf');
    await exportBrief(plan, { generatedAt: DATE }, file);
    const text = squash(run('pdftotext', file, '-'));
    for (const tag of ['GAP', 'TRIPWIRE', 'FACTOR', 'PRESENCE', 'CLAUSE', 'MITIGATION']) {
      expect(text, tag).toContain(`${tag}START`);
      expect(text, tag).toContain(`${tag}END`);
    }
  });

  it('prints on US Letter when asked', async () => {
    const letter = join(dir, 'letter.pdf');
    await exportBrief(createSamplePlan(), { generatedAt: DATE, paper: 'Letter' }, letter);
    expect(pdfInfo(letter)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });
});

describe('drawing words in runs', () => {
  /** Greyscale pixels of one page, so two renderings can be compared exactly. */
  const pixels = (file: string, page: number) => {
    const prefix = join(dir, `px-${page}-${Math.random().toString(36).slice(2)}`);
    run('pdftoppm', '-gray', '-r', '50', '-f', String(page), '-l', String(page), '-singlefile', file, prefix);
    return readFileSync(`${prefix}.pgm`);
  };

  it('changes neither the text nor any pixel of the pages, and makes the file smaller', async () => {
    installInlineMerging()!();
    const plain = join(dir, 'word-by-word.pdf');
    try {
      writeFileSync(plain, (await renderBrief(createSamplePlan(), { generatedAt: DATE })).bytes);
    } finally {
      installInlineMerging();
    }
    expect(run('pdftotext', a4, '-')).toBe(run('pdftotext', plain, '-'));
    for (let page = 1; page <= a4Pages; page++) expect(pixels(a4, page).equals(pixels(plain, page)), `page ${page}`).toBe(true);
    expect(readFileSync(a4).length).toBeLessThan(readFileSync(plain).length);
  });
});

describe('bullet points in the annex', () => {
  /** Left edge of each word on the first page, in order (pdftotext -bbox). */
  const wordsWithX = (file: string) =>
    [...run('pdftotext', '-bbox', '-f', '1', '-l', '1', file, '-').matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), word: m[2]! }));

  it('hangs the wrapped lines of a long action under its text, not under the bullet, on A4 and Letter', async () => {
    const plan = createSamplePlan();
    const risk = plan.risks.items.find((r) => r.ref === 'R-001')!;
    risk.actions = [{ ...risk.actions[0]!, id: 'act-long', done: false, owner: 'Political affairs', text: 'Agree with the host government and the regional organisation a written protocol for joint patrols in the border districts, including who may stop vehicles, who informs village councils, and how complaints are heard' }];
    for (const paper of ['A4', 'Letter'] as const) {
      const file = join(dir, `bullets-${paper}.pdf`);
      writeFileSync(file, (await renderBrief(plan, { generatedAt: DATE, paper, sections: ['annex'] })).bytes);
      const words = wordsWithX(file);
      const start = words.findIndex((w, i) => w.word === 'Open' && words[i + 2]?.word === 'Agree');
      expect(start, paper).toBeGreaterThan(0);
      const bullet = words[start - 1]!;
      const open = words[start]!;
      expect(bullet.word).toBe('•');
      // The first word of the next line: the first word left of the one before it.
      const wrapped = words.slice(start + 1).find((w, i, rest) => w.x < (i ? rest[i - 1]!.x : open.x))!;
      expect(wrapped.x, `${paper}: "${wrapped.word}" starts a wrapped line`).toBeCloseTo(open.x, 0);
      expect(wrapped.x - bullet.x, paper).toBeGreaterThan(5);
    }
  });
});

describe('determinism', () => {
  it('gives byte-identical PDFs for the same plan, options and date', async () => {
    const again = join(dir, 'again.pdf');
    await exportBrief(createSamplePlan(), { generatedAt: DATE }, again);
    expect(readFileSync(again).equals(readFileSync(a4))).toBe(true);
  });

  it('differs when the brief date differs', async () => {
    const later = join(dir, 'later.pdf');
    await exportBrief(createSamplePlan(), { generatedAt: '2026-11-21' }, later);
    expect(readFileSync(later).equals(readFileSync(a4))).toBe(false);
    expect(pdfInfo(later)).toMatch(/CreationDate:\s+Sat Nov 21 00:00:00 2026 UTC/);
  });
});

describe('writing the file', () => {
  it('refuses a missing folder before rendering, in plain words, and writes nothing', async () => {
    const target = join(dir, 'no-such-folder', 'brief.pdf');
    await expect(exportBrief(createSamplePlan(), { generatedAt: DATE }, target)).rejects.toMatchObject({ code: 'WRITE_FAILED', message: expect.stringContaining('does not exist') });
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });

  it('refuses to write over a folder and leaves no temporary file behind', async () => {
    const folder = join(dir, 'taken');
    mkdirSync(folder);
    const error = await exportBrief(createSamplePlan(), { generatedAt: DATE }, folder).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlannerError);
    expect((error as PlannerError).code).toBe('WRITE_FAILED');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces an earlier brief at the same path with the new one', async () => {
    const target = join(dir, 'replace.pdf');
    writeFileSync(target, 'an older brief');
    await exportBrief(createSamplePlan(), { generatedAt: DATE }, target);
    expect(readFileSync(target).equals(readFileSync(a4))).toBe(true);
  });
});

describe('mandate-planner export', () => {
  let planFile: string;
  beforeAll(() => {
    planFile = join(dir, 'veloria.mplan');
    writeFileSync(planFile, serializePlan(createSamplePlan()));
  });

  it('writes the same PDF as the app for the same plan and date', async () => {
    const result = await cli('export', 'veloria.mplan', '-o', 'cli.pdf', '--date', DATE);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain(`(${a4Pages} pages)`);
    expect(readFileSync(join(dir, 'cli.pdf')).equals(readFileSync(a4))).toBe(true);
  });

  it('applies paper, sections and classification from the command line', async () => {
    const result = await cli('export', planFile, '-o', 'custom.pdf', '--paper', 'letter', '--sections', 'cover,risks', '--classification', 'UN CONFIDENTIAL', '--date', DATE);
    expect(result.code).toBe(0);
    const file = join(dir, 'custom.pdf');
    expect(pdfInfo(file)).toMatch(/\(letter\)/);
    const pages = pageTexts(file);
    expect(pages.length).toBeLessThan(a4Pages);
    for (const page of pages) expect(page.match(/UN CONFIDENTIAL/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(pages.join('\n')).not.toContain('Draft mandate');
  });

  it('exits 1 with the reason when the plan is not valid, and writes no PDF', async () => {
    const broken = createSamplePlan() as unknown as { risks: { items: Array<{ likelihood: number }> } };
    broken.risks.items[0]!.likelihood = 9;
    writeFileSync(join(dir, 'broken.mplan'), JSON.stringify(broken));
    const result = await cli('export', 'broken.mplan', '-o', 'broken.pdf', '--date', DATE);
    expect(result.code).toBe(1);
    expect(result.err).toContain('broken.mplan');
    expect(existsSync(join(dir, 'broken.pdf'))).toBe(false);
  });

  it('exits 1 when the PDF cannot be written there', async () => {
    const result = await cli('export', 'veloria.mplan', '-o', join('missing', 'brief.pdf'), '--date', DATE);
    expect(result.code).toBe(1);
    expect(result.err).toContain('does not exist');
  });

  it('exits 2 for usage mistakes, naming what is wrong', async () => {
    const cases: Array<[string[], string]> = [
      [['export', 'veloria.mplan'], 'required option'],
      [['export', 'veloria.mplan', '-o', 'x.pdf', '--paper', 'A3'], 'A4 or Letter'],
      [['export', 'veloria.mplan', '-o', 'x.pdf', '--sections', 'risks,maps'], '"maps"'],
      [['export', 'veloria.mplan', '-o', 'x.pdf', '--date', '2026-13-01'], 'YYYY-MM-DD'],
      [['export', 'nowhere.mplan', '-o', 'x.pdf'], 'could not be found'],
    ];
    for (const [args, message] of cases) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toContain(message);
    }
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });
});
