import { describe, expect, it } from 'vitest';
import { briefDocument } from '../../../electron/services/pdf/brief-document';
import { BRIEFING_RISKS, FULL_REGISTER_POINTER, leftOutNote, printedRisks } from '../../../shared/brief/printed-risks';
import { registerOrder } from '../../../shared/brief/risks';
import { scoreOf } from '../../../shared/risks/scoring';
import { planWithRisks } from '../../bench/_large-plan';
import { textOf } from './doc-walk';

const DATE = '2026-11-20';

describe('the briefing rule: which risks a default brief prints', () => {
  const plan = planWithRisks(5000);
  const printed = printedRisks(plan.risks.items, false);

  it('prints the live risks with the highest residual scores, no closed one, at most the briefing number', () => {
    expect(printed.register).toHaveLength(BRIEFING_RISKS);
    expect(printed.register.every((r) => r.status !== 'closed')).toBe(true);
    const live = registerOrder(plan.risks.items).filter((r) => r.status !== 'closed');
    expect(printed.register).toEqual(live.slice(0, BRIEFING_RISKS));
    const lowestPrinted = scoreOf(printed.register.at(-1)!, 'residual');
    expect(live.slice(BRIEFING_RISKS).every((r) => scoreOf(r, 'residual') <= lowestPrinted)).toBe(true);
  });

  it('gives the annex the same risks in reference order', () => {
    expect(new Set(printed.annex)).toEqual(new Set(printed.register));
    const refs = printed.annex.map((r) => r.ref);
    expect(refs).toEqual([...refs].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  });

  it('counts what it leaves out and says where the rest is', () => {
    const closed = plan.risks.items.filter((r) => r.status === 'closed').length;
    expect(printed.closed).toBe(closed);
    expect(printed.lowerLive).toBe(5000 - closed - BRIEFING_RISKS);
    expect(leftOutNote(printed)).toBe(
      `This brief prints the 50 live risks with the highest residual scores; not printed: ${(5000 - closed - BRIEFING_RISKS).toLocaleString('en')} live risks with lower residual scores and ${closed} closed risks. ${FULL_REGISTER_POINTER}`,
    );
  });

  it('prints every risk with the full register, and then says nothing is left out', () => {
    const full = printedRisks(plan.risks.items, true);
    expect(full.register).toHaveLength(5000);
    expect(leftOutNote(full)).toBe('');
  });

  it('says so when no risk is live', () => {
    const allClosed = plan.risks.items.slice(0, 3).map((r) => ({ ...r, status: 'closed' as const }));
    const none = printedRisks(allClosed, false);
    expect(none.register).toEqual([]);
    expect(leftOutNote(none)).toMatch(/^No risk is live; not printed: 3 closed risks\./);
    const text = textOf(briefDocument({ ...plan, risks: { ...plan.risks, items: allClosed } }, { generatedAt: DATE, sections: ['risks', 'annex'] }).content);
    expect(text).toContain('No risk is live');
    expect(text).not.toContain(allClosed[0]!.title);
  });

  it('prints the note in the register and the annex of the brief', () => {
    const text = textOf(briefDocument(plan, { generatedAt: DATE, sections: ['risks', 'annex'] }).content);
    expect(text.split('risks export').length - 1).toBe(2);
  });
});
