import { describe, expect, it } from 'vitest';
import { catalogueCommand, formatTable } from '../../../electron/cli/commands/catalogue';
import { runCli } from '../../../electron/cli/program';
import { CHECKLIST_CATALOGUE } from '../../../shared/content/checklist-items';
import { CLAUSE_LIBRARY } from '../../../shared/content/clauses';
import { RISK_CATALOGUE } from '../../../shared/content/risk-catalogue';
import { RISK_FACTORS } from '../../../shared/content/risk-factors';
import { GUIDANCE_RULES } from '../../../shared/mandate/guidance';

async function catalogue(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli([catalogueCommand], ['node', 'mandate-planner', 'catalogue', ...args], { out: (t) => void (out += t), err: (t) => void (err += t), cwd: '/' });
  return { code, out, err };
}

describe('mandate-planner catalogue', () => {
  it('prints the clause library as JSON with templates, parameters and applicability', async () => {
    const { code, out } = await catalogue('clauses', '--json');
    expect(code).toBe(0);
    const data = JSON.parse(out) as { catalogue: string; count: number; items: { id: string; text: string; params: { name: string; type: string }[]; missionTypes: string[]; basisText: string }[] };
    expect(data.catalogue).toBe('clauses');
    expect(data.count).toBe(CLAUSE_LIBRARY.length);
    const oth = data.items.find((i) => i.id === 'dep-oth-force')!;
    expect(oth.text).toContain('{authorized_actor}');
    expect(oth.text).not.toContain('{tripwires}');
    expect(oth.params.map((p) => p.name)).toContain('authorized_actor');
    expect(oth.missionTypes).toEqual(['preventive-deployment']);
    expect(oth.basisText).toMatch(/resolution 1671/);
  });

  it('prints the same checklist, risk and guidance content the app uses', async () => {
    expect(JSON.parse((await catalogue('checklists', '--json')).out).count).toBe(CHECKLIST_CATALOGUE.length);
    expect(JSON.parse((await catalogue('risks', '--json')).out).items[0].id).toBe(RISK_CATALOGUE[0]!.id);
    const guidance = JSON.parse((await catalogue('guidance', '--json')).out) as { items: { id: string; severity: string; suggestedRiskId: string | null }[] };
    expect(guidance.items.map((r) => r.id)).toEqual(GUIDANCE_RULES.map((r) => r.id));
    expect(guidance.items.find((r) => r.id === 'host-regime-perpetrator')!.suggestedRiskId).toBe('rsk-regime-buys-time');
  });

  it('shows the thematic mandates, the new risks and the rules that fire on them', async () => {
    const clauses = JSON.parse((await catalogue('clauses', '--json')).out) as { items: { id: string; basisText: string; text: string }[] };
    const clause = (id: string) => clauses.items.find((i) => i.id === id)!;
    expect(clause('cc-child-protection').basisText).toContain('resolution 1612 (2005)');
    expect(clause('cc-crsv-mara').text).toContain('monitoring, analysis and reporting arrangements');
    expect(clause('cc-hrddp').basisText).toContain('Human Rights Due Diligence Policy');
    expect(clause('cc-sea-zero-tolerance').text).toContain('zero-tolerance policy');
    expect(clause('dep-air-drops').text).toMatch(/at the request of humanitarian actors and only as a last resort/);
    expect(clause('dep-corridors').text).toMatch(/at the request of humanitarian actors and as a last resort/);
    const risks = JSON.parse((await catalogue('risks', '--json')).out) as { items: { id: string; title: string }[] };
    for (const id of ['rsk-reprisals', 'rsk-complicity-host-forces', 'rsk-violence-displaced', 'rsk-contributor-stake', 'rsk-sea']) expect(risks.items.map((r) => r.id)).toContain(id);
    expect(risks.items.find((r) => r.id === 'rsk-root-causes')!.title).toContain('security dilemma');
    const checklists = JSON.parse((await catalogue('checklists', '--json')).out) as { items: { id: string; critical: boolean }[] };
    for (const id of ['chk-surv-gender-early-warning', 'chk-surv-mrm-mara', 'chk-surv-source-protection', 'chk-trn-conduct-discipline', 'chk-crd-hrddp']) expect(checklists.items.find((c) => c.id === id)?.critical, id).toBe(true);
    const guidance = JSON.parse((await catalogue('guidance', '--json')).out) as { items: { id: string; severity: string; suggestedRiskId: string | null }[] };
    expect(guidance.items.find((r) => r.id === 'hrddp-host-support')).toMatchObject({ severity: 'blocking', suggestedRiskId: 'rsk-complicity-host-forces' });
    for (const id of ['wps-missing', 'caac-missing', 'crsv-missing', 'sea-missing', 'cmcoord-safeguards', 'source-protection-missing', 'end-state-missing', 'phasing-missing', 'status-agreement-missing']) expect(guidance.items.map((r) => r.id)).toContain(id);
  });

  it('prints a readable table without --json', async () => {
    const { code, out } = await catalogue('factors');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^no\.\s+name\s+points to\s+indicators$/);
    expect(out).toContain('Triggering factors');
    expect(out).toContain('14 risk factors with 123 numbered Framework indicators.');
    expect(out).toMatch(/\n7\.9\s+Increased serious|\n7\.9\s+More serious violence against women and children/);
  });

  it('lists every Framework indicator with its number and factor as JSON', async () => {
    const { code, out } = await catalogue('factors', '--json');
    expect(code).toBe(0);
    const data = JSON.parse(out) as { count: number; indicatorCount: number; items: { number: number; definition: string; indicators: { number: string }[] }[]; indicators: { number: string; id: string; factor: number; text: string }[] };
    expect(data.count).toBe(14);
    expect(data.indicatorCount).toBe(data.indicators.length);
    expect(data.indicators.length).toBe(RISK_FACTORS.reduce((n, f) => n + f.indicators.length, 0));
    expect(data.indicators.find((i) => i.number === '8.3')).toMatchObject({ id: 'rf8-sovereignty-threat', factor: 8 });
    for (const i of data.indicators) expect(i.number.startsWith(`${i.factor}.`), i.id).toBe(true);
    expect(data.items[5]!.definition).toMatch(/^The absence of elements/);
  });

  it('refuses an unknown catalogue as a usage error, naming the choices', async () => {
    const { code, err } = await catalogue('recipes');
    expect(code).toBe(2);
    expect(err).toContain('clauses, checklists, risks, guidance, factors');
  });

  it('pads columns and cuts long cells in tables', () => {
    const lines = formatTable(['id', 'text'], [['a', 'x'.repeat(100)], ['longer-id', 'short']]);
    expect(lines[0]).toBe('id         text');
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(lines[2]!.length).toBe('longer-id  '.length + 70);
  });
});
