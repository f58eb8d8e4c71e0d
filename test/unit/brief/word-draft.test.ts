import { describe, expect, it } from 'vitest';
import { splitOpening, wordDraft } from '../../../shared/brief/word-draft';
import { assembleMandate } from '../../../shared/mandate/assemble';
import { createSamplePlan } from '../../../shared/plan/sample';

describe('the Word draft of the mandate', () => {
  it('carries the assembled paragraphs word for word, split into opening and rest', () => {
    const plan = createSamplePlan();
    const mandate = assembleMandate(plan);
    const draft = wordDraft(plan, { generatedAt: '2026-11-20' });
    expect(draft.heading).toBe(mandate.heading);
    expect(draft.preambular.map((p) => p.opening + p.rest)).toEqual(mandate.preambular.map((p) => p.text));
    expect(draft.operative.map((p) => [p.number, p.opening + p.rest])).toEqual(mandate.operative.map((p) => [p.number, p.text]));
    expect(draft.operative[0]).toMatchObject({ opening: 'Decides', rest: expect.stringMatching(/^ to expand/) });
  });

  it('keeps a paragraph whole when it does not open with its opening words', () => {
    expect(splitOpening('Decides to act;', 'Decides')).toEqual({ opening: 'Decides', rest: ' to act;' });
    expect(splitOpening('Decidesto act;', 'Decides')).toEqual({ opening: '', rest: 'Decidesto act;' });
    expect(splitOpening('Notes the report,', '')).toEqual({ opening: '', rest: 'Notes the report,' });
  });

  it('takes the marking, paper and date from the brief options', () => {
    const plan = createSamplePlan();
    expect(wordDraft(plan, { generatedAt: '2026-11-20' })).toMatchObject({ marking: 'RESTRICTED', paper: 'A4', date: '2026-11-20', dateText: '20 November 2026', status: 'Draft' });
    expect(wordDraft(plan, { generatedAt: '2027-01-02', classification: '  ', paper: 'Letter' })).toMatchObject({ marking: '', paper: 'Letter' });
  });

  it('says there is no text yet instead of printing an empty resolution', () => {
    const plan = createSamplePlan();
    plan.mandate.clauses = [];
    plan.mandate.durationMonths = null;
    plan.mandate.reviewDate = '';
    plan.mandate.reportingIntervalDays = null;
    const draft = wordDraft(plan, { generatedAt: '2026-11-20' });
    expect(draft.emptyNote).toBe('No clauses drafted yet.');
    expect(draft.operative).toEqual([]);
  });
});
