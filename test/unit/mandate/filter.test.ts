import { describe, expect, it } from 'vitest';
import { CLAUSE_LIBRARY, clauseTemplate } from '../../../shared/content/clauses';
import { assessTemplate, filterClauseLibrary } from '../../../shared/mandate/filter';
import { evaluateTag } from '../../../shared/mandate/situation-tags';
import { emptyWith, sampleWith } from './plans';

const matchFor = (plan: Parameters<typeof filterClauseLibrary>[0], id: string) => filterClauseLibrary(plan).find((m) => m.template.id === id)!;

describe('clause library filtering', () => {
  it('shows every clause for a plan whose mission type is not chosen, none of them unsuited for the type', () => {
    const matches = filterClauseLibrary(emptyWith());
    expect(matches).toHaveLength(CLAUSE_LIBRARY.length);
    expect(matches.filter((m) => m.reasons.some((r) => r.startsWith('meant for')))).toEqual([]);
  });

  it('marks deployment clauses unsuited for a political mission, and says why', () => {
    const m = matchFor(sampleWith((p) => void (p.mission.type = 'political')), 'dep-poc-all-necessary');
    expect(m.relevance).toBe('unsuited');
    expect(m.reasons).toContain('meant for preventive deployments');
  });

  it('recommends the over-the-horizon force for that posture and rules it out for an in-area one', () => {
    const oth = matchFor(sampleWith(), 'dep-oth-force');
    expect(oth.relevance).toBe('recommended');
    expect(oth.reasons).toContain('suits an over-the-horizon posture');
    const inArea = matchFor(sampleWith((p) => void (p.mission.posture = 'in-area')), 'dep-oth-force');
    expect(inArea.relevance).toBe('unsuited');
    expect(inArea.reasons).toContain('needs an over-the-horizon posture');
  });

  it('keeps a clause available but says what it assumes while the situation is unassessed', () => {
    const m = matchFor(emptyWith((p) => void (p.mission.type = 'political')), 'pol-mediation');
    expect(m.relevance).toBe('suitable');
    expect(m.reasons).toContain('assumes reconcilable objectives between the parties (not yet assessed)');
  });

  it('rules out mediation when the parties\' objectives are irreconcilable', () => {
    const m = matchFor(sampleWith((p) => { p.situation.objectivesReconcilable = 'no'; }), 'pol-mediation');
    expect(m.relevance).toBe('unsuited');
  });

  it('recommends expanding the mission already on the ground only when there is one', () => {
    expect(matchFor(sampleWith(), 'pol-expand-existing').relevance).toBe('recommended');
    expect(matchFor(sampleWith((p) => void (p.situation.existingPresence.exists = false)), 'pol-expand-existing').relevance).toBe('unsuited');
  });

  it('recommends accountability reminders when the host regime is a potential perpetrator', () => {
    const without = assessTemplate(sampleWith(), clauseTemplate('cc-accountability'));
    const withHost = assessTemplate(sampleWith((p) => void p.situation.perpetrators.push('host-regime')), clauseTemplate('cc-accountability'));
    expect(withHost.reasons).toContain('suits the host regime among potential perpetrators');
    expect(without.reasons).not.toContain('suits the host regime among potential perpetrators');
  });

  it('puts recommended clauses first, then suitable, then unsuited, keeping library order inside each group', () => {
    const matches = filterClauseLibrary(sampleWith((p) => void (p.mission.type = 'political')));
    const rank = { recommended: 0, suitable: 1, unsuited: 2 } as const;
    const ranks = matches.map((m) => rank[m.relevance]);
    expect(ranks).toEqual([...ranks].sort());
    const recommended = matches.filter((m) => m.relevance === 'recommended').map((m) => CLAUSE_LIBRARY.indexOf(m.template));
    expect(recommended).toEqual([...recommended].sort((a, b) => a - b));
  });

  it('filters by family, kind and words, and can leave unsuited clauses out', () => {
    const plan = sampleWith((p) => void (p.mission.type = 'political'));
    expect(filterClauseLibrary(plan, { family: 'deployment' }).every((m) => m.template.family === 'deployment')).toBe(true);
    expect(filterClauseLibrary(plan, { kind: 'preambular' }).every((m) => m.template.kind === 'preambular')).toBe(true);
    expect(filterClauseLibrary(plan, { query: 'border MONITOR' }).map((m) => m.template.id)).toContain('dep-border-monitoring');
    expect(filterClauseLibrary(plan, { query: 'no such words anywhere' })).toEqual([]);
    expect(filterClauseLibrary(plan, { includeUnsuited: false }).some((m) => m.relevance === 'unsuited')).toBe(false);
  });

  it('counts how often the mandate already uses each template', () => {
    expect(matchFor(sampleWith(), 'dep-oth-force').inMandate).toBe(1);
    expect(matchFor(sampleWith(), 'dep-evacuations').inMandate).toBe(0);
  });

  it('reads ticked indicators as situation tags', () => {
    expect(evaluateTag(sampleWith((p) => void (p.situation.riskFactors[7]!.indicators = ['rf8-incitement'])), 'elections-ahead')).toBe(false);
    expect(evaluateTag(sampleWith((p) => void (p.situation.riskFactors[7]!.indicators = ['rf8-elections'])), 'elections-ahead')).toBe(true);
    expect(evaluateTag(sampleWith((p) => { p.situation.perpetrators = ['host-regime']; p.situation.riskFactors[7]!.indicators = ['rf8-spillover']; }), 'cross-border-threat')).toBe(true);
    expect(evaluateTag(emptyWith(), 'host-regime-perpetrator')).toBeNull();
  });
});
