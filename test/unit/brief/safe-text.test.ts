import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { briefDocument } from '../../../electron/services/pdf/brief-document';
import { BREAK, frameText, MAX_RUN, safeText } from '../../../shared/brief/safe-text';
import { createSamplePlan } from '../../../shared/plan/sample';
import { textOf } from './doc-walk';

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
/** Longest run of characters with no break opportunity (space, hyphen, slash or U+200B) in it. */
const longestRun = (text: string) => Math.max(0, ...text.split(/[\s\-\u2010-\u2014/\u200B]/u).map((w) => Array.from(w.replace(/\p{M}/gu, '')).length));

describe('safe text for the brief', () => {
  it('prints bidi overrides, embeddings and isolates as visible markers, so nothing around them is reordered', () => {
    expect(safeText('Brief\u202Efdp.exe')).toBe(`Brief${BREAK}[RLO]${BREAK}fdp.exe`);
    expect(safeText('\u2066a\u2069 \u202Ab\u202C')).toBe(`${BREAK}[LRI]${BREAK}a${BREAK}[PDI]${BREAK} ${BREAK}[LRE]${BREAK}b${BREAK}[PDF]${BREAK}`);
    expect(BIDI.test(safeText('x\u202Dy\u202Bz\u2067w\u2068v'))).toBe(false);
  });

  it('shows zero-width spaces, word joiners and BOMs as markers, and keeps the joiners scripts and emoji need', () => {
    expect(safeText('R-1\u200B2')).toBe(`R-1${BREAK}[ZWSP]${BREAK}2`);
    expect(safeText('a\u2060b\uFEFFc').replaceAll(BREAK, '')).toBe('a[WJ]b[ZWNBSP]c');
    expect(safeText('\u{1F469}\u200D\u{1F4BB} \u0645\u200C\u0646 \u05D0\u200F')).toBe('\u{1F469}\u200D\u{1F4BB} \u0645\u200C\u0646 \u05D0\u200F');
  });

  it('leaves ordinary text exactly as it is', () => {
    for (const text of ['Protection of civilians under imminent threat of physical violence.', 'Plán — مخطط 🕊 (v2)', 'line one\n\nline two', 'https://example.org/a/b', 'Zusammenarbeitsvereinbarung']) expect(safeText(text)).toBe(text);
  });

  it('gives every run of more than 30 characters a break opportunity every 30, without cutting a character', () => {
    const word = 'W'.repeat(20_000);
    const safe = safeText(word);
    expect(safe.replaceAll(BREAK, '')).toBe(word);
    expect(longestRun(safe)).toBe(MAX_RUN);
    const emoji = safeText('\u{1F54A}'.repeat(100));
    expect(emoji.replaceAll(BREAK, '')).toBe('\u{1F54A}'.repeat(100));
    expect(/[\uD800-\uDBFF]\u200B/.test(emoji)).toBe(false);
  });

  it('collapses runs of blank lines to one, and drops control characters', () => {
    expect(safeText(`a${'\n'.repeat(5000)}b`)).toBe('a\n\nb');
    expect(safeText('a\r\n\r\n\r\n \r\nb')).toBe('a\n\nb');
    expect(safeText('a\u0000b\u0007c\u001Bd\tE\u0085')).toBe('abcd\tE');
  });

  it('replaces lone surrogates and caps piles of combining marks', () => {
    expect(safeText('a\uD800b\uDC00')).toBe('a\uFFFDb\uFFFD');
    expect(Array.from(safeText(`Z${'\u0301'.repeat(200)}`))).toHaveLength(9);
  });

  it('holds for any text: no bidi control left, no lone surrogate, no unbreakable run over 30 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const safe = safeText(text);
        expect(BIDI.test(safe)).toBe(false);
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(safe)).toBe(false);
        expect(longestRun(safe)).toBeLessThanOrEqual(MAX_RUN + 1);
      }),
      { numRuns: 150 },
    );
  });

  it('puts a title or marking with line breaks on one line for the running header and footer', () => {
    expect(frameText('SECRET\n\n\n\n\nNOFORN')).toBe('SECRET NOFORN');
    expect(frameText('  Preventive mandate\n\n\nproposal  ')).toBe('Preventive mandate proposal');
  });
});

describe('plan text entering the brief', () => {
  it('passes the safe-text pass everywhere: an override in any field prints as a marker, a long word gets breaks', () => {
    const plan = createSamplePlan();
    plan.cover.title = 'Brief\u202Efdp.exe';
    plan.risks.items[0]!.cause = 'W'.repeat(5000);
    plan.mandate.clauses[0]!.text = `Mandate \u2067${'x'.repeat(40)}\u2069`;
    plan.capabilities.items[0]!.title = 'Item\u200Bone';
    const text = textOf({ stack: briefDocument(plan, { generatedAt: '2026-11-20' }).content } as never);
    expect(BIDI.test(text)).toBe(false);
    expect(text).toContain('[RLO]');
    expect(text).toContain('[RLI]');
    expect(text).toContain('[ZWSP]');
    expect(longestRun(text)).toBeLessThanOrEqual(MAX_RUN);
  });

  it('keeps the PDF metadata free of controls that would reorder a viewer\'s window title', () => {
    const plan = createSamplePlan();
    plan.cover.title = 'Brief\u202Efdp.exe';
    expect(briefDocument(plan, { generatedAt: '2026-11-20' }).info?.title).toBe('Brief[RLO]fdp.exe');
  });
});
