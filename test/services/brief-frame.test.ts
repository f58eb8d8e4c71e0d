import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBrief } from '../../electron/services/pdf/export-brief';
import { createSamplePlan } from '../../shared/plan/sample';
import type { Plan } from '../../shared/plan/schema';
import { checkPlanForSave } from '../../shared/plan/validate';
import { tempFolder } from './helpers';

/** The text of each page, as a reader copying it out of the PDF gets it (poppler's pdftotext). */
function pagesOf(pdfPath: string, pageCount: number): string[] {
  return Array.from({ length: pageCount }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdfPath, '-'], { encoding: 'utf8' }));
}

const squeeze = (text: string) => text.replace(/[\s\u200B]+/g, '');
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** Cover text that broke the page frame before (red-team finding 4), and worse. */
const COVERS: Array<[string, (p: Plan) => void, string]> = [
  ['a title with ten line breaks', (p) => { p.cover.title = 'Preventive mandate\n\n\n\n\n\n\n\n\n\nproposal'; }, 'RESTRICTED'],
  ['a 300-character title of real words', (p) => { p.cover.title = 'Preventive mandate proposal for the Karst Basin and the border districts of Dravny '.repeat(4).slice(0, 300); }, 'RESTRICTED'],
  ['a 300-character title without a space', (p) => { p.cover.title = 'W'.repeat(300); }, 'RESTRICTED'],
  ['a marking with line breaks inside', (p) => { p.brief.classification = 'SECRET\n\n\n\n\n\nNOFORN'; }, 'SECRET NOFORN'],
  ['a 300-character marking of words', (p) => { p.brief.classification = 'SECRET // NOFORN // REL TO MISSION STAFF ONLY '.repeat(7).slice(0, 300).trim(); }, ''],
  ['a 300-character marking without a space', (p) => { p.brief.classification = 'M'.repeat(300); }, ''],
  // Roboto has no CJK (until the fallback fonts come, these print as boxes, as wide as the text will be).
  ['a wide Cyrillic marking with an override, and a CJK title', (p) => { p.brief.classification = `СЕКРЕТНО\u202E${'Ж'.repeat(120)}`; p.cover.title = '中'.repeat(300); }, ''],
  ['a title of 300 wide characters and emoji', (p) => { p.cover.title = '\u{1F54A}\u0BF5'.repeat(100); }, 'RESTRICTED'],
];

describe('the page frame of a brief whatever the cover holds', () => {
  it.each(COVERS)('prints the whole marking top and bottom and "Page X of Y" on every page for %s', async (_kind, change, expected) => {
    const plan = createSamplePlan();
    change(plan);
    expect(checkPlanForSave(plan, 'x').ok).toBe(true);
    const pdf = await renderBrief(plan, { generatedAt: '2026-11-20', sections: ['cover', 'contents', 'situation', 'mission', 'guidance'] });
    const path = join(await tempFolder(), 'brief.pdf');
    await writeFile(path, pdf.bytes);
    const pages = pagesOf(path, pdf.pageCount);
    const marking = squeeze(expected || plan.brief.classification.replace(/\u202E/g, '[RLO]'));
    pages.forEach((text, i) => {
      // The cover prints the marking a third time; every page has it at least top and bottom.
      expect(occurrences(squeeze(text), marking), `page ${i + 1}`).toBeGreaterThanOrEqual(2);
      expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pdf.pageCount}`);
    });
  }, 60_000);
});
