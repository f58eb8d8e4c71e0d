import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportCommand } from '../../electron/cli/commands/export';
import { runCli } from '../../electron/cli/program';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { exportBrief } from '../../electron/services/pdf/export-brief';
import { exportWordDraft, renderWordDraft } from '../../electron/services/word/export-word';
import { assembleMandate } from '../../shared/mandate/assemble';
import { createSamplePlan } from '../../shared/plan/sample';
import { serializePlan } from '../../shared/plan/validate';
import { NAMES, createScriptsPlan } from '../fixtures/scripts-plan';
import { tempFolder, testPorts } from './helpers';

const DATE = '2026-11-20';
const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
if (!hasPandoc) console.warn('word-draft.test.ts: pandoc is not installed, so the Word draft is not read back (apt-get install pandoc).');

const pandoc = (file: string, to: string) => execFileSync('pandoc', ['--wrap=none', '-t', to, file], { encoding: 'utf8' });
/** Whitespace and hyphens removed, so text compares where pdftotext broke a line (and dropped a hyphen). */
const squash = (text: string) => text.replace(/[\s\u00a0\u2011-]+/g, '');

/** The files of a zip archive by name (stored or deflated entries, which is all docx writes). */
function unzip(zip: Buffer): Map<string, Buffer> {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const files = new Map<string, Buffer>();
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = zip.readUInt16LE(eocd + 10); n > 0; n--) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

/** The mandate as the brief's "Text" prints it: heading, preambular paragraphs, numbered operative ones. */
function expectedParagraphs() {
  const m = assembleMandate(createSamplePlan());
  return {
    heading: m.heading,
    preambular: m.preambular.map((p) => p.text),
    operative: m.operative.map((p) => ({ number: p.number, text: p.text, groups: p.groups ?? [] })),
  };
}

/** Each operative paragraph as pandoc reads it back, its priority tasks after it: "(a) Protection of civilians:", "(i) To …;". */
function operativeLines(want: ReturnType<typeof expectedParagraphs>): string[] {
  // pandoc's plain text writes a sub-list label as "a." where Word (and the PDF) print "(a)".
  return want.operative.flatMap((p) => [`${p.number}. ${p.text}`, ...p.groups.flatMap((g) => [`${g.label}. ${g.heading}:`, ...g.items.map((i) => `${i.label}. ${i.text}`)])]);
}

let dir: string;
let docx: string;

beforeAll(async () => {
  // Shared by every test here, so not a tempFolder (those go after each test).
  dir = await mkdtemp(join(tmpdir(), 'word-draft-'));
  docx = join(dir, 'sample.docx');
  await exportWordDraft(createSamplePlan(), { generatedAt: DATE }, docx);
});

afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

describe.skipIf(!hasPandoc)('the sample Word draft, read back by pandoc', () => {
  it('holds the same paragraphs as the PDF brief, in the same order and numbering', async () => {
    const want = expectedParagraphs();
    const paragraphs = pandoc(docx, 'plain').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const start = paragraphs.indexOf(want.heading);
    expect(start).toBeGreaterThan(0);
    expect(paragraphs.slice(start)).toEqual([want.heading, ...want.preambular, ...operativeLines(want)]);
    expect(want.operative.some((p) => p.groups.length > 0)).toBe(true);

    const pdf = join(dir, 'mandate.pdf');
    await exportBrief(createSamplePlan(), { generatedAt: DATE, sections: ['mandate'] }, pdf);
    // A paragraph may run over a page break: leave out the running marking, page number, title and date.
    const frame = (line: string) => /^(RESTRICTED|Page \d+ of \d+|\d{1,2} [A-Z][a-z]+ \d{4})$/.test(line.trim());
    const lines = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split(/\n|\f/).filter((l) => !frame(l));
    const pdfText = squash(lines.join('\n')).split(squash(createSamplePlan().cover.title)).join('');
    // The page frame can fall between two paragraphs, so each is looked for after the one before.
    let at = 0;
    for (const paragraph of paragraphs.slice(start)) {
      const words = /^[a-z]+\. /.test(paragraph) ? paragraph.replace(/^([a-z]+)\. /, '($1) ') : paragraph;
      const found = pdfText.indexOf(squash(words), at);
      expect(found, paragraph).toBeGreaterThanOrEqual(at);
      at = found + squash(words).length;
    }
  });

  it('numbers the operative paragraphs with a Word list, not with typed numbers', async () => {
    const want = expectedParagraphs();
    // Typed "1." text reads back as an escaped "1\." paragraph, a list as "1.  " items.
    const markdown = pandoc(docx, 'markdown');
    const items = markdown.split('\n').filter((l) => /^\d+\.\s/.test(l));
    expect(items.map((l) => Number(l.split('.')[0]))).toEqual(want.operative.map((p) => p.number));
    expect(markdown).not.toMatch(/^\d+\\\./m);

    const files = unzip(await readFile(docx));
    const document = files.get('word/document.xml')!.toString('utf8');
    const tasks = want.operative.flatMap((p) => p.groups).reduce((n, g) => n + 1 + g.items.length, 0);
    expect(document.match(/<w:numPr>/g)).toHaveLength(want.operative.length + tasks);
    // Priority tasks are the list's second and third levels: "(a)" headings and "(i)" tasks.
    expect(files.get('word/numbering.xml')!.toString('utf8')).toMatch(/<w:lvl w:ilvl="1"[^>]*>.*?<w:numFmt w:val="lowerLetter"\/>.*?<w:lvlText w:val="\(%2\)"\/>/s);
    expect(files.get('word/numbering.xml')!.toString('utf8')).toMatch(/<w:lvl w:ilvl="0"[^>]*>.*?<w:numFmt w:val="decimal"\/>.*?<w:lvlText w:val="%1."\/>/s);
  });

  it('prints the opening words in italics and the preamble unnumbered', () => {
    const markdown = pandoc(docx, 'markdown');
    expect(markdown).toContain('*Reaffirming* that the Government of Veloria');
    expect(markdown).toMatch(/^1\.\s+\*Decides\* to expand the mandate/m);
    expect(markdown).toMatch(/^\*The Security Council,\*$/m);
  });
});

describe.skipIf(!hasPandoc)('the Word draft under each instrument', () => {
  /** Every line of the text in reading order: frame, heading, preamble, operative paragraphs with their tasks, closing. */
  function readingOrder(plan: ReturnType<typeof createSamplePlan>): string[] {
    const m = assembleMandate(plan);
    return [
      ...m.front.map((f) => f.text),
      m.heading,
      ...m.preface.map((f) => f.text),
      ...m.preambular.map((p) => p.text),
      ...m.bridge.map((f) => f.text),
      ...m.operative.flatMap((p) => [p.label, p.text, ...(p.groups ?? []).flatMap((g) => [`(${g.label})`, `${g.heading}:`, ...g.items.flatMap((i) => [`(${i.label})`, i.text])])]),
      ...m.closing.map((f) => f.text),
    ];
  }

  /** Each piece found in `text` after the one before it. */
  function expectInOrder(text: string, pieces: string[], where: string) {
    let at = 0;
    for (const piece of pieces) {
      const found = text.indexOf(squash(piece), at);
      expect(found, `${where}: ${piece}`).toBeGreaterThanOrEqual(at);
      at = found + squash(piece).length;
    }
  }

  for (const instrument of ['un-sc-resolution', 'au-psc-communique', 'eu-council-decision', 'un-exchange-of-letters'] as const) {
    it(`${instrument}: the Word draft and the PDF brief carry the same words in the same order`, async () => {
      const plan = createSamplePlan();
      plan.mandate.instrument = instrument;
      const pieces = readingOrder(plan);
      const file = join(dir, `${instrument}.docx`);
      await exportWordDraft(plan, { generatedAt: DATE }, file);
      // pandoc writes a list label as "1." or "a."; the words are what is compared here, the labels in the PDF.
      const words = pieces.filter((p) => !/^(\d+\.|Article \d+|\([a-z]+\))$/.test(p));
      expectInOrder(squash(pandoc(file, 'plain')), words, 'docx');
      const pdf = join(dir, `${instrument}.pdf`);
      await exportBrief(plan, { generatedAt: DATE, sections: ['mandate'] }, pdf);
      const frame = (line: string) => /^(RESTRICTED|Page \d+ of \d+|\d{1,2} [A-Z][a-z]+ \d{4})$/.test(line.trim());
      const lines = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split(/\n|\f/).filter((l) => !frame(l));
      expectInOrder(squash(lines.join('\n')).split(squash(plan.cover.title)).join(''), pieces, 'pdf');
    });
  }
});

describe('a Council Decision\'s Word draft', () => {
  it('restarts the priority tasks at (a) in each Article and prints the Council\'s capitals upright', async () => {
    const plan = createSamplePlan();
    plan.mandate.instrument = 'eu-council-decision';
    const files = unzip((await renderWordDraft(plan, { generatedAt: DATE })).bytes);
    const document = files.get('word/document.xml')!.toString('utf8');
    const numbering = files.get('word/numbering.xml')!.toString('utf8');
    // The list each "(a)" heading belongs to, in document order.
    const headingLists = [...document.matchAll(/<w:numPr><w:ilvl w:val="1"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/g)].map((m) => m[1]!);
    const withTasks = assembleMandate(plan).operative.filter((p) => p.groups?.length);
    expect(withTasks.length).toBeGreaterThan(1);
    // One list per Article, each starting its letters afresh: Word would otherwise print (b), (c) under the second Article.
    expect(new Set(headingLists).size).toBe(withTasks.length);
    for (const id of new Set(headingLists)) {
      expect(numbering).toMatch(new RegExp(`<w:num w:numId="${id}">(?:(?!</w:num>).)*<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/>`, 's'));
    }
    const heading = paragraphsOf(document).find((p) => p.runs.map((r) => r.text).join('') === 'THE COUNCIL OF THE EUROPEAN UNION,');
    expect(heading?.runs.every((r) => !r.italic)).toBe(true);
  });
});

/** The scripts plan with a Hebrew name in the preamble and an operative paragraph written in Arabic. */
function rightToLeftPlan() {
  const plan = createScriptsPlan();
  const preambular = plan.mandate.clauses.filter((c) => c.kind === 'preambular');
  preambular[1]!.text = `${preambular[1]!.text} as reported by ${NAMES.hebrew}`;
  const operative = plan.mandate.clauses.find((c) => c.kind === 'operative')!;
  operative.opening = 'يقرر';
  operative.text = `أن تنسق بعثة UNPMV مع ${NAMES.arabic} في ${NAMES.arabicPlace} حتى عام 2027`;
  return plan;
}

interface XmlRun {
  text: string;
  rtl: boolean;
  italic: boolean;
}

/** The body's paragraphs as document.xml holds them: their own direction and their runs, in file order. */
function paragraphsOf(documentXml: string): { bidi: boolean; runs: XmlRun[] }[] {
  return [...documentXml.matchAll(/<w:p>(.*?)<\/w:p>/gs)].map(([, p]) => ({
    bidi: /<w:pPr>(?:(?!<\/w:pPr>).)*<w:bidi\/>/s.test(p!),
    runs: [...p!.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map(([, r]) => ({
      text: [...r!.matchAll(/<w:t[^>]*>(.*?)<\/w:t>/gs)].map((t) => t[1]).join(''),
      rtl: r!.includes('<w:rtl/>'),
      italic: r!.includes('<w:i/>'),
    })),
  }));
}

const ARABIC_OR_HEBREW = /[\u0590-\u08ff]/;

describe('a Word draft with Arabic, Hebrew and Chinese names', () => {
  it('marks each Arabic or Hebrew run right to left, and a paragraph that opens in Arabic as bidirectional', async () => {
    const plan = rightToLeftPlan();
    const mandate = assembleMandate(plan);
    const files = unzip((await renderWordDraft(plan, { generatedAt: DATE })).bytes);
    const paragraphs = paragraphsOf(files.get('word/document.xml')!.toString('utf8'));
    const runs = paragraphs.flatMap((p) => p.runs);

    for (const name of [NAMES.arabic, NAMES.arabicPlace, NAMES.hebrew]) {
      expect(runs.filter((r) => r.text.includes(name)).map((r) => r.rtl), name).toContain(true);
    }
    for (const run of runs) {
      if (ARABIC_OR_HEBREW.test(run.text)) expect(run, run.text).toMatchObject({ rtl: true });
      if (/[A-Za-z0-9\u4e00-\u9fff]/.test(run.text)) expect(run, run.text).toMatchObject({ rtl: false });
    }
    expect(runs.find((r) => r.text.includes(NAMES.chinese))).toMatchObject({ rtl: false });

    // The file keeps logical order: each paragraph's runs read as the assembled text.
    const texts = paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
    const arabic = mandate.operative.find((p) => p.opening === 'يقرر')!;
    const hebrew = mandate.preambular.find((p) => p.text.includes(NAMES.hebrew))!;
    const clause = mandate.preambular.find((p) => p.text.includes(NAMES.arabic))!;
    for (const p of [arabic, hebrew, clause]) expect(texts).toContain(p.text);

    const at = (p: { text: string }) => paragraphs[texts.indexOf(p.text)]!;
    expect(at(arabic).bidi).toBe(true);
    expect(at(arabic).runs[0]).toEqual({ text: 'يقرر', rtl: true, italic: true });
    expect(at(arabic).runs.find((r) => r.text === 'UNPMV')).toMatchObject({ rtl: false });
    expect(at(arabic).runs.find((r) => r.text === '2027')).toMatchObject({ rtl: false });
    expect(at(hebrew).bidi).toBe(false);
    expect(at(clause).bidi).toBe(false);
    expect(at(clause).runs[0]).toMatchObject({ rtl: false, italic: true });
    // The title opens with an Arabic word too.
    expect(paragraphs[0]).toMatchObject({ bidi: true });
  });

  it.skipIf(!hasPandoc)('reads back through pandoc with the names in logical order', async () => {
    const plan = rightToLeftPlan();
    const file = join(dir, 'scripts.docx');
    await exportWordDraft(plan, { generatedAt: DATE }, file);
    const text = pandoc(file, 'plain').replace(/\s+/g, ' ');
    const mandate = assembleMandate(plan);
    const arabic = mandate.operative.find((p) => p.opening === 'يقرر')!;
    expect(text).toContain(`${arabic.number}. ${arabic.text}`);
    expect(text).toContain(`Liaison with ${NAMES.arabic} in ${NAMES.arabicPlace} and ${NAMES.chinese} in ${NAMES.chinesePlace}`);
    expect(text).toContain(`as reported by ${NAMES.hebrew},`);
  });
});

describe('the Word draft file', () => {
  it('puts the marking in the header and the footer, and the brief date in its properties', async () => {
    const files = unzip(await readFile(docx));
    const headers = [...files].filter(([name]) => /^word\/header\d+\.xml$/.test(name));
    const footers = [...files].filter(([name]) => /^word\/footer\d+\.xml$/.test(name));
    expect(headers.length).toBeGreaterThan(0);
    expect(footers.length).toBeGreaterThan(0);
    for (const [, xml] of [...headers, ...footers]) expect(xml.toString('utf8')).toContain('<w:t xml:space="preserve">RESTRICTED</w:t>');
    const core = files.get('docProps/core.xml')!.toString('utf8');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-20T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dc:title>Preventive mandate proposal for the Karst Basin</dc:title>');
  });

  it('is the same, byte for byte, whenever it is exported for the same date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-04T05:06:07Z'));
    const first = (await renderWordDraft(createSamplePlan(), { generatedAt: DATE })).bytes;
    vi.setSystemTime(new Date('2028-08-09T23:59:59Z'));
    const second = (await renderWordDraft(createSamplePlan(), { generatedAt: DATE })).bytes;
    expect(second.equals(first)).toBe(true);
    expect(second.equals(await readFile(docx))).toBe(true);
  });
});

describe('mandate-planner export to .docx', () => {
  async function cli(...args: string[]) {
    let out = '';
    let err = '';
    const code = await runCli([exportCommand], ['node', 'mandate-planner', ...args], { out: (t) => void (out += t), err: (t) => void (err += t), cwd: dir });
    return { code, out, err };
  }

  it('writes the Word draft when the output ends in .docx, the same file twice', async () => {
    await writeFile(join(dir, 'plan.mplan'), serializePlan(createSamplePlan()));
    const first = await cli('export', 'plan.mplan', '-o', 'cli.docx', '--date', DATE);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toContain('Wrote the Word draft');
    const bytes = await readFile(join(dir, 'cli.docx'));
    expect(bytes.equals(await readFile(docx))).toBe(true);
    const again = await cli('export', 'plan.mplan', '-o', 'CLI-AGAIN.DOCX', '--date', DATE);
    expect(again.code).toBe(0);
    expect((await readFile(join(dir, 'CLI-AGAIN.DOCX'))).equals(bytes)).toBe(true);
  });

  it('refuses any other extension in plain words and writes nothing', async () => {
    for (const name of ['brief.txt', 'brief.doc', 'brief']) {
      const result = await cli('export', 'plan.mplan', '-o', name, '--date', DATE);
      expect(result.code, name).toBe(2);
      expect(result.err).toContain('must end in .pdf (the brief) or .docx (the Word draft of the mandate)');
      await expect(readFile(join(dir, name))).rejects.toThrow();
    }
  });
});

describe('the Export Word draft action', () => {
  it('writes where the save dialog says, adding .docx, and lets the app open the file it wrote', async () => {
    const ports = await testPorts();
    let opened = '';
    const handlers = createHandlers({ ...ports, shell: { openPath: async (p: string) => void (opened = p), showItemInFolder: () => undefined } });
    const folder = await tempFolder();
    ports.dialogs.saveAnswers.push(join(folder, 'veloria mandate'));
    const result = await dispatch(handlers, 'exportWordDraft', { plan: createSamplePlan(), options: { generatedAt: DATE } });
    const path = join(folder, 'veloria mandate.docx');
    expect(result).toMatchObject({ ok: true, value: { path } });
    expect(ports.dialogs.asked[0]).toMatchObject({ kind: 'save', defaultPath: join(ports.documentsDir, 'Preventive mandate proposal for the Karst Basin - mandate.docx') });
    expect((await readFile(path)).equals(await readFile(docx))).toBe(true);
    expect(await dispatch(handlers, 'openExportedFile', { path })).toMatchObject({ ok: true });
    expect(opened).toBe(path);
  });

  it('reports a cancelled save dialog as CANCELLED', async () => {
    const ports = await testPorts();
    const result = await dispatch(createHandlers(ports), 'exportWordDraft', { plan: createSamplePlan(), options: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
  });
});
