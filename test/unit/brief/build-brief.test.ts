import { describe, expect, it } from 'vitest';
import type { Content, ContentColumns, TDocumentDefinitions } from 'pdfmake/interfaces';
import { briefDocument } from '../../../electron/services/pdf/brief-document';
import { assembleMandate } from '../../../shared/mandate/assemble';
import { createEmptyPlan } from '../../../shared/plan/new-plan';
import { createSamplePlan } from '../../../shared/plan/sample';
import { scoreOf } from '../../../shared/risks/scoring';
import { nodes, tablesStartingWith, textOf, tocEntries } from './doc-walk';

const DATE = '2026-11-20';
const sample = () => createSamplePlan();

function registerRows(doc: TDocumentDefinitions) {
  const [register] = tablesStartingWith(doc, 'Ref');
  expect(register).toBeDefined();
  return register!;
}

/** Operative paragraphs are two-column rows: "N." then the paragraph. */
function operativeParagraphs(doc: TDocumentDefinitions): string[] {
  return nodes(doc.content)
    .filter((n) => Array.isArray(n.columns) && /^\d+\.$/.test(textOf((n as unknown as ContentColumns).columns[0] as Content)))
    .map((n) => asTyped(textOf(n)));
}

/** The brief prints "Secretary‑General" with a non-breaking hyphen (see justified() in shared/brief/mandate.ts). */
const asTyped = (text: string) => text.replace(/\u2011/g, '-');

describe('the brief for the sample plan', () => {
  const plan = sample();
  const doc = briefDocument(plan, { generatedAt: DATE });

  it('has every section, numbered, in the contents and in reading order', () => {
    expect(tocEntries(doc).filter((e) => !/^\d+\.\d+/.test(e))).toEqual([
      '1  Situation',
      '2  Mission design',
      '3  Draft mandate',
      '4  Open guidance',
      '5  Capabilities',
      '6  Risk register',
      '7  Risk heat map',
      'Annex A  Risk details',
    ]);
    expect(nodes(doc.content).some((n) => n.toc)).toBe(true);
    expect(textOf(doc.content)).toContain('Preventive mandate proposal for the Karst Basin');
  });

  it('starts a new page after the cover and contents and for long sections, while a short section follows on the same page', () => {
    const top = doc.content as Array<{ pageBreak?: string; unbreakable?: boolean; stack?: Content[] }>;
    expect(top).toHaveLength(10);
    expect(top[0]!.pageBreak).toBeUndefined();
    // Contents and the first section each follow a page of their own; the annex always opens one.
    expect(top[1]!.pageBreak).toBe('before');
    expect(top[2]!.pageBreak).toBe('before');
    expect(top[9]!.pageBreak).toBe('before');
    const flowing = top.filter((s) => s.pageBreak === undefined).slice(1);
    expect(flowing.length).toBeGreaterThan(0);
    // Whatever follows on a page is kept whole, so its heading never sits alone at a page foot.
    for (const s of flowing) expect(s.unbreakable).toBe(true);
  });

  it('lists every live risk once in the register, highest residual score first, with the header repeated on each page', () => {
    const register = registerRows(doc);
    expect(register.table.headerRows).toBe(1);
    const refs = register.table.body.slice(1).map((row) => textOf(row[0] as Content));
    const live = plan.risks.items.filter((r) => r.status !== 'closed');
    expect(live.length).toBeLessThan(plan.risks.items.length);
    expect(refs).toHaveLength(live.length);
    expect(new Set(refs)).toEqual(new Set(live.map((r) => r.ref)));
    const residual = refs.map((ref) => scoreOf(plan.risks.items.find((r) => r.ref === ref)!, 'residual'));
    expect(residual).toEqual([...residual].sort((a, b) => b - a));
  });

  it('prints the mandate paragraphs exactly as the review step assembles them', () => {
    const mandate = assembleMandate(plan);
    const printed = operativeParagraphs(doc);
    expect(printed).toHaveLength(mandate.operative.length);
    mandate.operative.forEach((p, i) => expect(printed[i]).toBe(`${p.number}. ${p.text}`.replace(/\s+/g, ' ')));
    const text = asTyped(textOf(doc.content));
    for (const p of mandate.preambular) expect(text).toContain(p.text);
    expect(text).toContain(mandate.heading);
  });

  it('keeps hyphenated words whole in the justified mandate, so a stretched line cannot print "Secretary- General"', () => {
    const printed = nodes(doc.content).filter((n) => (n as { alignment?: string }).alignment === 'justify').map((n) => textOf(n));
    expect(printed.join(' ')).toContain('Secretary\u2011General');
    expect(printed.filter((t) => /\p{L}-\p{L}/u.test(t))).toEqual([]);
  });

  it('gives every live risk a full entry in the annex, in reference order, and says the closed one is left out', () => {
    const text = textOf(doc.content);
    const annex = text.slice(text.indexOf('Annex A Risk details'));
    const live = plan.risks.items.filter((r) => r.status !== 'closed');
    const positions = live.map((r) => annex.indexOf(`${r.ref} ${r.title}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    const byRef = [...live].sort((a, b) => a.ref.localeCompare(b.ref, 'en', { numeric: true }));
    expect(byRef.map((r) => annex.indexOf(`${r.ref} ${r.title}`))).toEqual([...positions].sort((a, b) => a - b));
    const closed = plan.risks.items.find((r) => r.status === 'closed')!;
    expect(annex).not.toContain(`${closed.ref} ${closed.title}`);
    expect(annex).toContain('not printed: 1 closed risk');
  });

  it('prints every risk, the closed one too, in the register and the annex with the full register', () => {
    const full = briefDocument(plan, { generatedAt: DATE, fullRegister: true });
    const refs = registerRows(full).table.body.slice(1).map((row) => textOf(row[0] as Content));
    expect(new Set(refs)).toEqual(new Set(plan.risks.items.map((r) => r.ref)));
    const text = textOf(full.content);
    const annex = text.slice(text.indexOf('Annex A Risk details'));
    for (const r of plan.risks.items) expect(annex).toContain(`${r.ref} ${r.title}`);
    expect(text).not.toContain('not printed');
  });

  it('lists the open warnings the planner has not dismissed, and drops the ones dismissed', () => {
    const open = assembleMandate(plan).problems;
    expect(open.length).toBeGreaterThan(0);
    const [first] = open;
    expect(textOf(doc.content)).toContain(first!.title);
    const dismissed = sample();
    dismissed.guidance.dismissed = open.filter((a) => a.severity !== 'blocking').map((a) => a.id);
    expect(textOf(briefDocument(dismissed, { generatedAt: DATE }).content)).not.toContain(first!.title);
  });

  it('dates the PDF from the brief date, not the clock', () => {
    expect(doc.info?.creationDate).toEqual(new Date(`${DATE}T00:00:00.000Z`));
    expect(doc.info?.modDate).toEqual(new Date(`${DATE}T00:00:00.000Z`));
    expect(doc.info?.title).toBe(plan.cover.title);
    expect(doc.info?.author).toBe('Amara Okafor');
  });
});

describe('brief options', () => {
  it('prints on A4 or Letter, always portrait', () => {
    expect(briefDocument(sample(), { generatedAt: DATE, paper: 'A4' }).pageSize).toBe('A4');
    const letter = briefDocument(sample(), { generatedAt: DATE, paper: 'Letter' });
    expect(letter.pageSize).toBe('LETTER');
    expect(letter.pageOrientation).toBe('portrait');
  });

  it("uses the plan's paper setting when the planner does not choose", () => {
    const plan = sample();
    plan.brief.paper = 'Letter';
    expect(briefDocument(plan, { generatedAt: DATE }).pageSize).toBe('LETTER');
  });

  it('prints only the chosen sections, in reading order, numbered afresh', () => {
    const doc = briefDocument(sample(), { generatedAt: DATE, sections: ['risks', 'situation', 'risks'] });
    expect(tocEntries(doc).filter((e) => !/^\d+\.\d+/.test(e))).toEqual(['1  Situation', '2  Risk register']);
    expect(nodes(doc.content).some((n) => n.toc)).toBe(false);
    expect(textOf(doc.content)).not.toContain('PREPARED BY');
  });

  it('says so plainly when no section was chosen', () => {
    expect(textOf(briefDocument(sample(), { generatedAt: DATE, sections: [] }).content)).toContain('No sections were chosen');
  });
});

describe('the DRAFT mark', () => {
  const hasDraftMark = (doc: TDocumentDefinitions) => typeof doc.background === 'function';

  it('is printed while the planner still calls the mandate a draft', () => {
    expect(hasDraftMark(briefDocument(sample(), { generatedAt: DATE }))).toBe(true);
  });

  it('disappears once the mandate is final and nothing blocks it', () => {
    const plan = sample();
    plan.mandate.status = 'final';
    expect(assembleMandate(plan).ready).toBe(true);
    expect(hasDraftMark(briefDocument(plan, { generatedAt: DATE }))).toBe(false);
  });

  it('stays when a mandate marked final still has a blocking problem', () => {
    const plan = createEmptyPlan(new Date('2026-11-01T00:00:00Z'));
    plan.mandate.status = 'final';
    expect(assembleMandate(plan).ready).toBe(false);
    expect(hasDraftMark(briefDocument(plan, { generatedAt: DATE }))).toBe(true);
  });

  it('can be switched off for a draft when the planner asks', () => {
    expect(hasDraftMark(briefDocument(sample(), { generatedAt: DATE, draftWatermark: false }))).toBe(false);
  });

  it('is drawn behind the page content as a vector outline that stays on the page', () => {
    const doc = briefDocument(sample(), { generatedAt: DATE });
    for (const size of [{ width: 595.28, height: 841.89 }, { width: 612, height: 792 }]) {
      const mark = (doc.background as unknown as (page: number, s: typeof size) => { canvas: Array<{ type: string; d: string }> })(3, size);
      const [outline] = mark.canvas;
      expect(outline!.type).toBe('path');
      const numbers = outline!.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      expect(Math.min(...xs)).toBeGreaterThan(0);
      expect(Math.max(...xs)).toBeLessThan(size.width);
      expect(Math.min(...ys)).toBeGreaterThan(0);
      expect(Math.max(...ys)).toBeLessThan(size.height);
      expect(Math.abs((Math.min(...xs) + Math.max(...xs)) / 2 - size.width / 2)).toBeLessThan(size.width * 0.05);
    }
  });
});

describe('a plan with nothing filled in yet', () => {
  const doc = briefDocument(createEmptyPlan(new Date('2026-11-01T00:00:00Z')), { generatedAt: DATE });
  const text = textOf(doc.content);

  it('leaves out the sections with nothing recorded and names them in one line after the contents', () => {
    expect(tocEntries(doc).filter((e) => !/^\d+\.\d+/.test(e))).toEqual(['1  Situation', '2  Mission design', '3  Draft mandate', '4  Open guidance']);
    for (const note of ['None of the 14 factors has been assessed yet.', 'No evidence recorded yet.', 'No clauses drafted yet']) expect(text).toContain(note);
    expect(text).toContain('Not printed because nothing is recorded yet: capabilities, risk register, risk heat map and annex of risk details.');
    expect(text).not.toContain('No risks recorded yet.');
    expect(tablesStartingWith(doc, 'Ref')).toHaveLength(0);
  });

  it('shows the blocking problems that keep the mandate from being final', () => {
    expect(text).toContain('BLOCKING');
    expect(text).toContain('The mandate has no clauses');
  });
});
