/** Switching the instrument re-renders the text; the plan's clauses and their values never change. */
import { describe, expect, it } from 'vitest';
import { assembleMandate } from '../../../shared/mandate/assemble';
import type { AssembledMandate } from '../../../shared/mandate/assemble';
import { INSTRUMENT_PROFILES } from '../../../shared/mandate/authority';
import { setInstrument } from '../../../shared/mandate/clause-edits';
import { clauseRoles } from '../../../shared/mandate/clause-roles';
import { applyEdit } from '../../../shared/plan/edit';
import { INSTRUMENTS, planSchema } from '../../../shared/plan/schema';
import type { Instrument, Plan } from '../../../shared/plan/schema';
import { sampleWith } from './plans';

const switched = (plan: Plan, instrument: Instrument): Plan => {
  const next = applyEdit(plan, setInstrument(plan, instrument));
  expect(planSchema.safeParse(next).success).toBe(true);
  return next;
};

/** Every clause id the assembled text carries, priority tasks included. */
function printedIds(m: AssembledMandate): Set<string> {
  return new Set([
    ...m.preambular.map((p) => p.clauseId),
    ...m.operative.flatMap((o) => [o.clauseId, ...(o.groups ?? []).flatMap((g) => g.items.map((i) => i.clauseId))]),
  ].filter((id): id is string => id !== null));
}

function allText(m: AssembledMandate): string {
  return [...m.preambular.map((p) => p.text), ...m.operative.flatMap((o) => [o.text, ...(o.groups ?? []).flatMap((g) => g.items.map((i) => i.text))])].join('\n');
}

/** What an instrument cannot say: a letter neither determines a threat nor acts under Chapter VII; only a resolution or communiqué "remains seized". */
function leftOut(instrument: Instrument, plan: Plan): string[] {
  return plan.mandate.clauses
    .filter((c) => {
      const roles = clauseRoles(c);
      if (instrument === 'un-exchange-of-letters' && (roles.has('chapter-vii') || roles.has('threat-determination'))) return true;
      return (instrument === 'eu-council-decision' || instrument === 'un-exchange-of-letters') && roles.has('closing');
    })
    .map((c) => c.id);
}

describe('switching the instrument', () => {
  const sample = sampleWith();

  it('keeps every clause and every value through all four instruments and back', () => {
    let plan = sample;
    for (const instrument of [...INSTRUMENTS, ...[...INSTRUMENTS].reverse(), 'un-sc-resolution'] as const) {
      plan = switched(plan, instrument);
      expect(plan.mandate.instrument).toBe(instrument);
      expect(plan.mandate.clauses).toEqual(sample.mandate.clauses);
      expect(plan.mandate.durationMonths).toBe(sample.mandate.durationMonths);
      expect(plan.mandate.reviewDate).toBe(sample.mandate.reviewDate);
      expect(plan.mandate.reportingIntervalDays).toBe(sample.mandate.reportingIntervalDays);
    }
    expect(assembleMandate(plan).operative.map((o) => o.text)).toEqual(assembleMandate(sample).operative.map((o) => o.text));
    expect(assembleMandate(plan).preambular.map((p) => p.text)).toEqual(assembleMandate(sample).preambular.map((p) => p.text));
  });

  it('prints every clause under every instrument, except what that instrument cannot say', () => {
    const all = sample.mandate.clauses.map((c) => c.id);
    for (const instrument of INSTRUMENTS) {
      const plan = switched(sample, instrument);
      const ids = printedIds(assembleMandate(plan));
      const expected = all.filter((id) => !leftOut(instrument, plan).includes(id));
      // An AU communiqué has no preamble: its preambular paragraphs are numbered paragraphs too.
      expect([...ids].sort()).toEqual([...expected].sort());
    }
    expect(leftOut('un-sc-resolution', sample)).toEqual([]);
    expect(leftOut('au-psc-communique', sample)).toEqual([]);
  });

  it('prints every parameter value of the plan\'s clauses under every instrument', () => {
    for (const instrument of INSTRUMENTS) {
      const plan = switched(sample, instrument);
      const text = allText(assembleMandate(plan));
      const skip = new Set(leftOut(instrument, plan));
      for (const clause of plan.mandate.clauses.filter((c) => !skip.has(c.id))) {
        for (const [name, value] of Object.entries(clause.params)) {
          if (!value.trim()) continue;
          // Numbers print with thousands separators, dates spelled out, lists joined: check a stable piece.
          const piece = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value.slice(0, 4) : value.split('\n')[0]!.replace(/^the /, '');
          expect(text, `${instrument}: ${clause.id}.${name}`).toContain(piece);
        }
      }
    }
  });

  it('moves the mandating body along with the instrument, unless the planner named another body', () => {
    let plan = switched(sample, 'eu-council-decision');
    expect(plan.mandate.authority).toBe(INSTRUMENT_PROFILES['eu-council-decision'].body);
    plan = switched(plan, 'au-psc-communique');
    expect(plan.mandate.authority).toBe(INSTRUMENT_PROFILES['au-psc-communique'].body);
    const own = switched(sampleWith((p) => void (p.mandate.authority = 'the General Assembly')), 'eu-council-decision');
    expect(own.mandate.authority).toBe('the General Assembly');
  });

  it('returns a final mandate to draft, since the text it was final in has changed', () => {
    const final = sampleWith((p) => void (p.mandate.status = 'final'));
    expect(switched(final, 'au-psc-communique').mandate.status).toBe('draft');
  });
});
