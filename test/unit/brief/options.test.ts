import { describe, expect, it } from 'vitest';
import { briefOptionsInputSchema, parseSectionList, resolveBriefOptions } from '../../../shared/brief/options';
import { createSamplePlan } from '../../../shared/plan/sample';

describe('brief options', () => {
  it("falls back to the plan's brief settings for everything but the date", () => {
    const plan = createSamplePlan();
    plan.brief.paper = 'Letter';
    plan.brief.sections = ['risks', 'cover'];
    expect(resolveBriefOptions(plan, { generatedAt: '2026-11-20' })).toEqual({
      generatedAt: '2026-11-20',
      paper: 'Letter',
      sections: ['cover', 'risks'],
      classification: 'RESTRICTED',
      draftWatermark: true,
      historyValues: false,
      redacted: false,
      fullRegister: false,
    });
  });

  it('prints the full register when the plan or the caller asks, the caller deciding', () => {
    const plan = createSamplePlan();
    expect(resolveBriefOptions(plan, { generatedAt: '2026-11-20', fullRegister: true }).fullRegister).toBe(true);
    plan.brief.fullRegister = true;
    expect(resolveBriefOptions(plan, { generatedAt: '2026-11-20' }).fullRegister).toBe(true);
    expect(resolveBriefOptions(plan, { generatedAt: '2026-11-20', fullRegister: false }).fullRegister).toBe(false);
  });

  it('trims the marking, and an explicitly empty one means no marking', () => {
    const plan = createSamplePlan();
    expect(resolveBriefOptions(plan, { generatedAt: '2026-11-20', classification: '  SECRET ' }).classification).toBe('SECRET');
    expect(resolveBriefOptions(plan, { generatedAt: '2026-11-20', classification: '' }).classification).toBe('');
  });

  it('reads a section list as typed on the command line and reports names it does not know', () => {
    expect(parseSectionList(' Risks, heatmap,,annex ')).toEqual({ sections: ['risks', 'heatmap', 'annex'], unknown: [] });
    expect(parseSectionList('risks,heat-map')).toEqual({ sections: ['risks'], unknown: ['heat-map'] });
  });

  it('refuses an impossible date or an unknown option coming over IPC', () => {
    expect(briefOptionsInputSchema.safeParse({ generatedAt: '2026-02-30' }).success).toBe(false);
    expect(briefOptionsInputSchema.safeParse({ generatedAt: '2026-11-20', paper: 'A3' }).success).toBe(false);
    expect(briefOptionsInputSchema.safeParse({ generatedAt: '2026-11-20', landscape: true }).success).toBe(false);
    expect(briefOptionsInputSchema.safeParse({ generatedAt: '2026-11-20', paper: 'Letter', sections: ['risks'] }).success).toBe(true);
  });
});
