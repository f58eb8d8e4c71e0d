import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import { briefDocument } from '../../../electron/services/pdf/brief-document';
import { suggestedRisks } from '../../../shared/capabilities/suggested-risks';
import { applyEdit } from '../../../shared/plan/edit';
import { createEmptyPlan } from '../../../shared/plan/new-plan';
import { createSamplePlan } from '../../../shared/plan/sample';
import type { Plan } from '../../../shared/plan/schema';
import { addRiskFromDraft } from '../../../shared/risks/risk-edits';
import { textOf, tocEntries } from './doc-walk';

const DATE = '2026-11-20';
const ctx = { now: new Date('2026-11-19T09:00:00Z'), by: 'Amara Okafor' };
/** What our ids look like: a prefix and a random tail, e.g. cap-zq5iar9jiykn or rsk-escalation-window. */
const INTERNAL_ID = /\b(?:cap|risk|rsk|chk|cl|tw|bm)-[a-z0-9-]{6,}\b/i;

function withCapabilityRisk(): { plan: Plan; itemTitle: string } {
  let plan = createSamplePlan();
  const [gap] = suggestedRisks(plan);
  expect(gap).toBeDefined();
  plan = applyEdit(plan, addRiskFromDraft(plan, gap!.draft, ctx).edit);
  const item = plan.capabilities.items.find((i) => i.id === gap!.capabilityId)!;
  return { plan, itemTitle: item.title };
}

describe('a brief prints what a reader can use, not what the file keeps', () => {
  it('names the capability gap a risk was added for, and prints no internal id anywhere', () => {
    const { plan, itemTitle } = withCapabilityRisk();
    const text = textOf(briefDocument(plan, { generatedAt: DATE }).content);
    expect(text).toContain(`added for the capability gap “${itemTitle}”`);
    expect(text).toContain('added from the risk catalogue');
    expect(text).not.toMatch(INTERNAL_ID);
  });

  it('says a risk linked to an item since removed from the checklist is linked to such an item, not its id', () => {
    const { plan } = withCapabilityRisk();
    const linked = plan.risks.items.find((r) => r.linkedCapabilityIds.length > 0)!;
    plan.capabilities.items = plan.capabilities.items.filter((i) => !linked.linkedCapabilityIds.includes(i.id));
    const text = textOf(briefDocument(plan, { generatedAt: DATE, sections: ['annex'] }).content);
    expect(text).toContain('an item no longer on the checklist');
    expect(text).not.toMatch(INTERNAL_ID);
  });

  it('leaves the tripwires out for a political mission, and says why they matter when a force has none', () => {
    const political = createSamplePlan();
    political.mission.type = 'political';
    political.mission.tripwires = [];
    const p = briefDocument(political, { generatedAt: DATE, sections: ['mission'] });
    expect(tocEntries(p).filter((e) => /^1\.\d/.test(e))).toEqual([
      '1.1  Type, posture and personnel',
      '1.2  Outlook for authorization',
      '1.3  End state, benchmarks and phasing',
      '1.4  Force generation and status agreement',
    ]);
    expect(textOf(p.content)).not.toContain('Tripwires');

    const force = createSamplePlan();
    force.mission.type = 'preventive-deployment';
    force.mission.posture = 'in-area';
    force.mission.tripwires = [];
    const f = briefDocument(force, { generatedAt: DATE, sections: ['mission'] });
    expect(tocEntries(f)).toContain('1.2  Tripwires');
    expect(textOf(f.content)).toContain('a preventive deployment needs them to know when to act');
  });

  it('prints only the checklist areas that have items, numbered in order', () => {
    const plan = createSamplePlan();
    plan.capabilities.items = plan.capabilities.items.filter((i) => i.area !== 'training');
    const doc = briefDocument(plan, { generatedAt: DATE, sections: ['capabilities'] });
    expect(tocEntries(doc).filter((e) => /^1\.\d/.test(e))).toEqual(['1.1  Readiness', '1.2  Surveillance and early warning', '1.3  Coordination']);
  });

  it('numbers the sections it prints without gaps when an empty one is left out', () => {
    const plan = createEmptyPlan(new Date('2026-11-01T00:00:00Z'));
    const doc = briefDocument(plan, { generatedAt: DATE, sections: ['capabilities', 'guidance', 'risks'] });
    expect(tocEntries(doc).filter((e) => !/^\d+\.\d/.test(e))).toEqual(['1  Open guidance']);
    expect(textOf(doc.content)).toContain('Not printed because nothing is recorded yet: capabilities and risk register.');
  });

  it('lets a short section follow the one before it on the same page', () => {
    const plan = createSamplePlan();
    const doc = briefDocument(plan, { generatedAt: DATE, sections: ['guidance', 'heatmap'] });
    const top = doc.content as Array<{ pageBreak?: string; unbreakable?: boolean; stack?: Content[] }>;
    expect(top).toHaveLength(2);
    expect(top[1]!.pageBreak).toBeUndefined();
    expect(top[1]!.unbreakable).toBe(true);
  });
});
