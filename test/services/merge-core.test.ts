/**
 * The merge core on real Automerge histories: deterministic starting history, refusals, and
 * property tests of random edit sequences on two copies (same plan in both orders, no lost
 * edits, conflicts exactly where both sides changed one value, merging twice changes nothing).
 */
import * as A from '../../electron/services/merge/automerge';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSamplePlan } from '../../shared/plan/sample';
import { createEmptyPlan } from '../../shared/plan/new-plan';
import { planSchema } from '../../shared/plan/schema';
import type { Plan, Risk } from '../../shared/plan/schema';
import { mergeDocs, preferAll, settle } from '../../electron/services/merge/merge-core';
import { commitSave, docPlan, liveHistory, loadDoc, startingDoc, storedBlock } from '../../electron/services/merge/plan-history';
import type { LiveHistory } from '../../electron/services/merge/plan-history';
import { docValueAt, fromDocValue } from '../../electron/services/merge/doc-shape';

const clone = <T>(value: T): T => structuredClone(value);
const at = new Date('2026-12-01T10:00:00Z');

/** The sample plan cut down so each property run stays quick, with the history every copy of it shares. */
const basePlan: Plan = (() => {
  const plan = createSamplePlan();
  plan.risks.items = plan.risks.items.slice(0, 4);
  plan.capabilities.items = plan.capabilities.items.slice(0, 3);
  return plan;
})();
const baseChunks = liveHistory(basePlan, null).chunks;
const baseDoc = loadDoc(baseChunks);

/** A copy of the base file as another planner opens it: the stored history, caught up (it is in sync). */
function openCopy(): LiveHistory {
  return liveHistory(clone(basePlan), { format: 'automerge', plan: '0'.repeat(64), chunks: baseChunks });
}

// ----------------------------------------------------------------- edits
type Edit =
  | { kind: 'riskField'; risk: number; field: 'title' | 'owner' | 'cause' | 'likelihood'; value: string | number }
  | { kind: 'addRisk'; title: string }
  | { kind: 'deleteRisk'; risk: number }
  | { kind: 'moveRisk'; risk: number; to: number }
  | { kind: 'clauseText'; clause: number; text: string }
  | { kind: 'coverTitle'; title: string }
  | { kind: 'factorNotes'; factor: number; notes: string }
  | { kind: 'factorLevel'; factor: number; level: 'low' | 'high' }
  | { kind: 'historyEntry'; risk: number; to: string }
  | { kind: 'indicator'; factor: number; id: string };

const word = fc.constantFrom('alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot');
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('riskField' as const), risk: fc.nat(9), field: fc.constantFrom('title' as const, 'owner' as const, 'cause' as const), value: word }),
  fc.record({ kind: fc.constant('riskField' as const), risk: fc.nat(9), field: fc.constant('likelihood' as const), value: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('addRisk' as const), title: word }),
  fc.record({ kind: fc.constant('deleteRisk' as const), risk: fc.nat(9) }),
  fc.record({ kind: fc.constant('moveRisk' as const), risk: fc.nat(9), to: fc.nat(9) }),
  fc.record({ kind: fc.constant('clauseText' as const), clause: fc.nat(5), text: word }),
  fc.record({ kind: fc.constant('coverTitle' as const), title: word }),
  fc.record({ kind: fc.constant('factorNotes' as const), factor: fc.nat(13), notes: word }),
  fc.record({ kind: fc.constant('factorLevel' as const), factor: fc.nat(13), level: fc.constantFrom('low' as const, 'high' as const) }),
  fc.record({ kind: fc.constant('historyEntry' as const), risk: fc.nat(9), to: word }),
  fc.record({ kind: fc.constant('indicator' as const), factor: fc.nat(3), id: fc.constantFrom('ind-a', 'ind-b', 'ind-c') }),
);

let added = 0;
function applyEdit(plan: Plan, edit: Edit, side: string): void {
  const risks = plan.risks.items;
  const pick = <T>(list: T[], n: number) => (list.length === 0 ? undefined : list[n % list.length]);
  switch (edit.kind) {
    case 'riskField': {
      const risk = pick(risks, edit.risk);
      if (risk) (risk as Record<string, unknown>)[edit.field] = edit.value;
      break;
    }
    case 'addRisk': {
      const template = clone(basePlan.risks.items[0]!);
      risks.push({ ...template, id: `risk-${side}-${++added}`, ref: `R-${side}${added}`, title: edit.title, history: [] } satisfies Risk);
      break;
    }
    case 'deleteRisk':
      if (risks.length > 0) risks.splice(edit.risk % risks.length, 1);
      break;
    case 'moveRisk':
      if (risks.length > 1) {
        const [risk] = risks.splice(edit.risk % risks.length, 1);
        risks.splice(edit.to % (risks.length + 1), 0, risk!);
      }
      break;
    case 'clauseText': {
      const clause = pick(plan.mandate.clauses, edit.clause);
      if (clause) clause.text = edit.text;
      break;
    }
    case 'coverTitle':
      plan.cover.title = edit.title;
      break;
    case 'factorNotes':
      plan.situation.riskFactors[edit.factor]!.notes = edit.notes;
      break;
    case 'factorLevel':
      plan.situation.riskFactors[edit.factor]!.level = edit.level;
      break;
    case 'historyEntry': {
      const risk = pick(risks, edit.risk);
      risk?.history.push({ at: at.toISOString(), by: side, field: 'owner', from: 'x', to: edit.to });
      break;
    }
    case 'indicator': {
      const factor = plan.situation.riskFactors[edit.factor]!;
      if (!factor.indicators.includes(edit.id)) factor.indicators.push(edit.id);
      break;
    }
  }
}

/** Edits a copy in a few saves, as a planner would. */
function editCopy(edits: Edit[][], side: string): { live: LiveHistory; plan: Plan } {
  let live = openCopy();
  const plan = clone(basePlan);
  for (const save of edits) {
    for (const edit of save) applyEdit(plan, edit, side);
    live = commitSave(live, clone(plan), { via: 'test' }, at);
  }
  return { live, plan };
}

// ----------------------------------------------------------------- leaves, for "no lost edit"
/** Every compared value of a plan by a stable name: risk fields by id, clause texts, cover, factors. */
function leaves(plan: Plan): Map<string, string> {
  const out = new Map<string, string>();
  out.set('cover.title', plan.cover.title);
  for (const risk of plan.risks.items) for (const field of ['title', 'owner', 'cause', 'likelihood'] as const) out.set(`risk:${risk.id}.${field}`, JSON.stringify(risk[field]));
  for (const clause of plan.mandate.clauses) out.set(`clause:${clause.id}.text`, clause.text);
  plan.situation.riskFactors.forEach((f) => {
    out.set(`factor:${f.factor}.notes`, f.notes);
    out.set(`factor:${f.factor}.level`, f.level);
  });
  return out;
}

const riskIds = (plan: { risks: { items: { id: string }[] } }) => plan.risks.items.map((r) => r.id);
const sessions = fc.array(fc.array(editArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 });

describe('starting history', () => {
  it('is the same for the same plan, every time, and different for another plan', () => {
    const one = A.getHeads(startingDoc(clone(basePlan)));
    const two = A.getHeads(startingDoc(clone(basePlan)));
    expect(one).toEqual(two);
    const other = createEmptyPlan(at);
    expect(A.getHeads(startingDoc(other))).not.toEqual(one);
  });

  it('holds exactly the plan it started from', () => {
    expect(docPlan(startingDoc(clone(basePlan)))).toEqual(JSON.parse(JSON.stringify(basePlan)));
  });

  it('lets two copies of a file written before history existed merge', () => {
    const a = liveHistory(clone(basePlan), null);
    const b = liveHistory(clone(basePlan), null);
    const planA = clone(basePlan);
    planA.cover.title = 'From A';
    const planB = clone(basePlan);
    planB.risks.items[0]!.owner = 'From B';
    const merged = mergeDocs(commitSave(a, planA, { via: 'test' }, at).doc, commitSave(b, planB, { via: 'test' }, at).doc);
    expect(merged.conflicts).toEqual([]);
    const plan = planSchema.parse(merged.plan);
    expect(plan.cover.title).toBe('From A');
    expect(plan.risks.items[0]!.owner).toBe('From B');
  });

  it('refuses two plans created separately, in plain words', () => {
    const a = liveHistory(createEmptyPlan(at), null);
    const b = liveHistory(createEmptyPlan(new Date('2026-12-02T00:00:00Z')), null);
    expect(() => mergeDocs(a.doc, b.doc)).toThrow(/share no history/);
  });
});

describe('merging two edited copies', () => {
  it('reports a conflict with both values where both changed one field, and settles it either way', () => {
    const a = editCopy([[{ kind: 'riskField', risk: 0, field: 'owner', value: 'alpha' }]], 'a');
    const b = editCopy([[{ kind: 'riskField', risk: 0, field: 'owner', value: 'bravo' }, { kind: 'coverTitle', title: 'charlie' }]], 'b');
    const outcome = mergeDocs(a.live.doc, b.live.doc);
    expect(outcome.conflicts).toHaveLength(1);
    const [conflict] = outcome.conflicts;
    expect(conflict!.ours).toBe('alpha');
    expect(conflict!.theirs).toBe('bravo');
    expect(conflict!.label).toMatch(/^Risk .* › owner$/);
    expect(conflict!.oursChange?.at).toBe(at.toISOString());
    expect(outcome.theirs.join('\n')).toMatch(/Changed Cover: title/);
    expect(() => settle(outcome, new Map(), at)).toThrow(/not been decided/);
    const mine = settle(outcome, preferAll(outcome, 'ours'), at);
    expect((mine.plan as unknown as Plan).risks.items[0]!.owner).toBe('alpha');
    const theirs = settle(outcome, preferAll(outcome, 'theirs'), at);
    expect((theirs.plan as unknown as Plan).risks.items[0]!.owner).toBe('bravo');
    expect((theirs.plan as unknown as Plan).cover.title).toBe('charlie');
    // Settled is settled: the same copy merged again raises nothing and changes nothing.
    const again = mergeDocs(mine.doc, b.live.doc);
    expect(again.conflicts).toEqual([]);
    expect(again.nothingNew).toBe(true);
    expect(again.plan).toEqual(mine.plan);
  });

  it('shows a deletion on one side of a risk the other side edited as a conflict, and can keep the risk', () => {
    const a = editCopy([[{ kind: 'deleteRisk', risk: 1 }]], 'a');
    const b = editCopy([[{ kind: 'riskField', risk: 1, field: 'cause', value: 'delta' }]], 'b');
    const outcome = mergeDocs(a.live.doc, b.live.doc);
    expect(outcome.conflicts).toHaveLength(1);
    expect(outcome.conflicts[0]!.deleted).toBe('ours');
    const kept = settle(outcome, preferAll(outcome, 'theirs'), at).plan as unknown as Plan;
    expect(kept.risks.items.find((r) => r.id === basePlan.risks.items[1]!.id)?.cause).toBe('delta');
    const gone = settle(outcome, preferAll(outcome, 'ours'), at).plan as unknown as Plan;
    expect(riskIds(gone)).not.toContain(basePlan.risks.items[1]!.id);
  });

  it('keeps additions from both sides and never duplicates a risk both moved', () => {
    const a = editCopy([[{ kind: 'addRisk', title: 'alpha' }, { kind: 'moveRisk', risk: 0, to: 3 }]], 'a');
    const b = editCopy([[{ kind: 'addRisk', title: 'bravo' }, { kind: 'moveRisk', risk: 0, to: 1 }]], 'b');
    const outcome = mergeDocs(a.live.doc, b.live.doc);
    const ids = riskIds(outcome.plan as unknown as Plan);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(basePlan.risks.items.length + 2);
    expect(outcome.conflicts).toEqual([]);
  });

  it('property: same plan both ways, no lost edit, conflicts exactly where both changed one value, idempotent', () => {
    let withConflicts = 0;
    let conflictKinds = new Set<string>();
    fc.assert(
      fc.property(sessions, sessions, (editsA, editsB) => {
        const a = editCopy(editsA, 'a');
        const b = editCopy(editsB, 'b');
        const ab = mergeDocs(a.live.doc, b.live.doc);
        if (ab.conflicts.length > 0) withConflicts++;
        for (const c of ab.conflicts) conflictKinds.add(c.deleted ? 'deleted' : c.path[c.path.length - 1]!);
        const ba = mergeDocs(b.live.doc, a.live.doc);
        // Commutative: the same plan (Automerge shows the same pick) and the same conflicts, sides swapped.
        expect(ab.plan).toEqual(ba.plan);
        expect(ab.conflicts.map((c) => [c.id, c.ours, c.theirs])).toEqual(ba.conflicts.map((c) => [c.id, c.theirs, c.ours]));

        const base = leaves(basePlan);
        const la = leaves(a.plan);
        const lb = leaves(b.plan);
        const merged = leaves(ab.plan as unknown as Plan);
        const conflictAt = (name: string) => {
          const [kind, rest] = name.split(':');
          const id = rest?.split('.')[0];
          return ab.conflicts.some((c) => (id && c.path.includes(id)) || (kind === 'cover.title' && c.path.join('.') === 'cover.title') || (kind === 'factor' && c.path[0] === 'situation' && c.label.includes(`Risk factor ${id}`)));
        };
        const names = new Set([...base.keys(), ...la.keys(), ...lb.keys()]);
        for (const name of names) {
          const [o, x, y] = [base.get(name), la.get(name), lb.get(name)];
          const aChanged = x !== o;
          const bChanged = y !== o;
          if (aChanged && bChanged && x !== y) {
            // Both changed it differently (an edit against a deletion included): there must be a conflict for it.
            expect(conflictAt(name), `conflict expected at ${name}`).toBe(true);
          } else if (aChanged && !bChanged && x !== undefined && !conflictAt(name)) {
            expect(merged.get(name), `A's edit of ${name} kept`).toBe(x);
          } else if (bChanged && !aChanged && y !== undefined && !conflictAt(name)) {
            expect(merged.get(name), `B's edit of ${name} kept`).toBe(y);
          } else if (!aChanged && !bChanged && x !== undefined) {
            expect(merged.get(name)).toBe(o);
          }
        }
        // A conflict only where both sides changed something under it, never where one side alone did.
        for (const conflict of ab.conflicts) {
          expect(conflict.ours).not.toEqual(conflict.theirs);
          const raw = docValueAt(baseDoc, conflict.path);
          const before = raw === undefined ? undefined : fromDocValue(raw);
          if (conflict.deleted !== 'ours') expect(conflict.ours, `ours changed ${conflict.label}`).not.toEqual(before);
          if (conflict.deleted !== 'theirs') expect(conflict.theirs, `theirs changed ${conflict.label}`).not.toEqual(before);
        }
        // Each risk once; additions on both sides present.
        const ids = riskIds(ab.plan as unknown as Plan);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of [...riskIds(a.plan), ...riskIds(b.plan)]) if (!riskIds(basePlan).includes(id)) expect(ids).toContain(id);

        // Settled and merged again with either copy: nothing changes, nothing is asked again.
        const settled = settle(ab, preferAll(ab, 'theirs'), at);
        expect(planSchema.safeParse(settled.plan).success).toBe(true);
        for (const copy of [a, b]) {
          const again = mergeDocs(settled.doc, copy.live.doc);
          expect(again.conflicts).toEqual([]);
          expect(again.plan).toEqual(settled.plan);
        }
      }),
      { numRuns: 40, seed: 17 },
    );
    // The generator must reach the interesting cases, or the property proves little.
    expect(withConflicts).toBeGreaterThan(5);
    expect(conflictKinds.has('deleted')).toBe(true);
    conflictKinds = new Set();
  });

  it('reads back a stored history chunk by chunk', () => {
    const a = editCopy([[{ kind: 'coverTitle', title: 'alpha' }], [{ kind: 'addRisk', title: 'bravo' }]], 'a');
    expect(a.live.chunks.length).toBe(3);
    const loaded = loadDoc(storedBlock(a.live, '0'.repeat(64)).chunks);
    expect(docPlan(loaded)).toEqual(JSON.parse(JSON.stringify(a.plan)));
  });
});
