import { describe, expect, it } from 'vitest';
import { briefDocument } from '../../../electron/services/pdf/brief-document';
import { REDACTED_MARK } from '../../../shared/brief/page-frame';
import { redactPlan, roleOf, WITHHELD } from '../../../shared/brief/redact';
import { applyEdit } from '../../../shared/plan/edit';
import { createSamplePlan } from '../../../shared/plan/sample';
import type { Plan } from '../../../shared/plan/schema';
import { planSchema } from '../../../shared/plan/schema';
import { evidenceTextPath, factorNotesPath, markSensitive, riskFieldPath, situationFieldPath } from '../../../shared/plan/sensitive';
import { textOf } from './doc-walk';

const DATE = '2026-11-20';

/** The sample with a name in each place a redacted copy must leave out. */
function namedPlan(): Plan {
  const plan = createSamplePlan();
  const risks = plan.risks.items.map((r, i) =>
    i === 0
      ? {
          ...r,
          owner: 'Force commander (Col. Ardent Vasquez)',
          cause: 'Informant: Amina K., stall 14, Dravny market',
          actions: [{ id: 'act-x', text: 'Check the market', owner: 'Civil affairs — Bram Quist', dueDate: '', done: false }],
          history: [{ at: '2026-11-01T09:00:00.000Z', by: 'Odile Brandt', field: 'cause', from: 'Told by Yusuf Tal', to: 'Informant: Amina K.' }],
        }
      : r,
  );
  return {
    ...plan,
    cover: { ...plan.cover, author: 'Odile Brandt' },
    situation: { ...plan.situation, perpetratorNotes: 'Commander Zoltan Ferreira leads the Brigades.', maro: { ...plan.situation.maro, perpetrators: 'Ferreira and his deputy Lio Mench.' } },
    risks: { ...plan.risks, items: risks },
  };
}

const NAMES = ['Ardent Vasquez', 'Amina K.', 'Bram Quist', 'Odile Brandt', 'Yusuf Tal', 'Zoltan Ferreira', 'Lio Mench'];

function sources(plan: Plan): string[] {
  return plan.situation.riskFactors.flatMap((f) => f.evidence.map((e) => e.source)).filter(Boolean);
}

describe('a redacted brief', () => {
  it('keeps an owner’s role and drops the name after it', () => {
    expect(roleOf('Force commander (Col. Diallo)')).toBe('Force commander');
    expect(roleOf('Chief analyst — J. Ruiz')).toBe('Chief analyst');
    expect(roleOf('Civil affairs: M. Haddad')).toBe('Civil affairs');
    expect(roleOf('Political affairs, J. Smith')).toBe('Political affairs');
    expect(roleOf('Head of mission-support')).toBe('Head of mission-support');
    expect(roleOf('SRSG')).toBe('SRSG');
    expect(roleOf('')).toBe('');
  });

  it('prints none of the names, sources or perpetrator notes, and marks every page', () => {
    const plan = namedPlan();
    const marked = applyEdit(plan, markSensitive(plan, riskFieldPath(plan.risks.items[0]!.id, 'cause'), true)!);
    expect(sources(marked).length).toBeGreaterThan(0);
    const doc = briefDocument(marked, { generatedAt: DATE, redacted: true, historyValues: true });
    const text = textOf(doc.content);
    for (const name of [...NAMES, ...sources(marked)]) expect(text).not.toContain(name);
    expect(text).toContain('Force commander');
    expect(text).toContain(WITHHELD);
    expect(doc.info?.author).toBeUndefined();
    const header = (doc.header as (p: number, n: number, s: unknown) => unknown)(1, 3, { width: 595, height: 842 });
    const footer = (doc.footer as (p: number, n: number, s: unknown) => unknown)(2, 3, { width: 595, height: 842 });
    expect(textOf(header)).toContain(REDACTED_MARK);
    expect(textOf(footer)).toContain(REDACTED_MARK);
  });

  it('prints the same plan in full when it is not asked for', () => {
    const plan = namedPlan();
    const text = textOf(briefDocument(plan, { generatedAt: DATE }).content);
    expect(text).toContain('Ardent Vasquez');
    expect(text).toContain(sources(plan)[0]);
    expect(text).toContain('Zoltan Ferreira');
  });

  it('leaves the planner’s own plan untouched and valid', () => {
    const plan = namedPlan();
    const before = JSON.stringify(plan);
    const redacted = redactPlan(plan);
    expect(JSON.stringify(plan)).toBe(before);
    expect(planSchema.safeParse(redacted).success).toBe(true);
  });

  it('follows the plan’s own brief setting', () => {
    const plan = namedPlan();
    const withSetting = { ...plan, brief: { ...plan.brief, redacted: true } };
    expect(textOf(briefDocument(withSetting, { generatedAt: DATE }).content)).not.toContain('Ardent Vasquez');
  });
});

describe('wizard fields marked sensitive', () => {
  /** The sample with a distinctive phrase in each wizard field a planner can mark, and that field's path. */
  function wizardPlan(): { plan: Plan; fields: { path: string; phrase: string }[] } {
    const plan = createSamplePlan();
    const s = plan.situation;
    const factor = s.riskFactors.find((f) => f.evidence.length > 0)!;
    const evidence = factor.evidence[0]!;
    const riskFactors = s.riskFactors.map((f) =>
      f === factor ? { ...f, notes: 'Headman Oskar Velt keeps the lists.', evidence: [{ ...evidence, text: 'Seen by teacher Mira Kovan at the ford.' }, ...f.evidence.slice(1)] } : f,
    );
    const maro = {
      ...s.maro,
      victims: 'The Sarvan families of Upper Teld hamlet.',
      interveners: 'Chief Ilse Marrow of the valley council.',
      bystanders: 'Trader Piet Haldane who sells to both sides.',
      escalationResponse: 'Governor Anton Crale would order the roads shut.',
    };
    return {
      plan: { ...plan, situation: { ...s, notes: 'Pastor Eli Morrow shelters the displaced.', maro, riskFactors } },
      fields: [
        { path: situationFieldPath('notes'), phrase: 'Eli Morrow' },
        { path: situationFieldPath('maro.victims'), phrase: 'Upper Teld' },
        { path: situationFieldPath('maro.interveners'), phrase: 'Ilse Marrow' },
        { path: situationFieldPath('maro.bystanders'), phrase: 'Piet Haldane' },
        { path: situationFieldPath('maro.escalationResponse'), phrase: 'Anton Crale' },
        { path: factorNotesPath(factor.factor), phrase: 'Oskar Velt' },
        { path: evidenceTextPath(evidence.id), phrase: 'Mira Kovan' },
      ],
    };
  }

  const redactedText = (plan: Plan) => textOf(briefDocument(plan, { generatedAt: DATE, redacted: true }).content);

  it('prints each field in a redacted brief until it is marked, then leaves it out', () => {
    const { plan, fields } = wizardPlan();
    const unmarked = redactedText(plan);
    for (const { phrase } of fields) expect(unmarked).toContain(phrase);
    for (const { path, phrase } of fields) {
      const text = redactedText(applyEdit(plan, markSensitive(plan, path, true)!));
      expect(text, path).not.toContain(phrase);
      for (const other of fields) if (other.path !== path) expect(text, `${other.path} when ${path} is marked`).toContain(other.phrase);
    }
  });

  it('still prints marked fields in a full brief', () => {
    const { plan, fields } = wizardPlan();
    const marked = fields.reduce((p, f) => applyEdit(p, markSensitive(p, f.path, true)!), plan);
    const text = textOf(briefDocument(marked, { generatedAt: DATE }).content);
    for (const { phrase } of fields) expect(text).toContain(phrase);
  });
});

describe('Annex A latest changes', () => {
  const plan = namedPlan();
  it('says what changed and when, not the removed text, by default', () => {
    const text = textOf(briefDocument(plan, { generatedAt: DATE }).content);
    expect(text).toContain('Odile Brandt changed the cause');
    expect(text).not.toContain('Yusuf Tal');
  });

  it('prints the values only when asked', () => {
    const text = textOf(briefDocument(plan, { generatedAt: DATE, historyValues: true }).content);
    expect(text).toContain('Yusuf Tal');
  });
});
