import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/plan/edit';
import type { PlanEdit } from '../../../shared/plan/edit';
import { createSamplePlan } from '../../../shared/plan/sample';
import type { Plan } from '../../../shared/plan/schema';
import { RISK_CATALOGUE } from '../../../shared/content/risk-catalogue';
import { registerCommands } from '../../../renderer/risks/register-commands';
import { gridHeight, hiddenCount, ROW_HEIGHT, selectedRiskIds } from '../../../renderer/risks/register-layout';
import { csvExported, csvImported, describeMerge, historyCleared } from '../../../renderer/risks/register-messages';
import { bandDraft, parseBandDraft } from '../../../renderer/risks/bands-form';
import { ratingScale } from '../../../renderer/risks/risk-labels';
import { validateBands } from '../../../shared/risks/scoring';

/** The shell's callbacks, recording what the register asked of them. */
function fakeShell() {
  const edits: { edit: PlanEdit; label: string }[] = [];
  const purges: { edit: PlanEdit; label: string }[] = [];
  const status: string[] = [];
  return {
    edits,
    purges,
    status,
    ports: {
      edit: (edit: PlanEdit, label: string) => void edits.push({ edit, label }),
      purge: (edit: PlanEdit, label: string) => void purges.push({ edit, label }),
      showStatus: (text: string) => void status.push(text),
    },
  };
}

const withoutHistory = (plan: Plan): Plan => ({ ...plan, risks: { ...plan.risks, items: plan.risks.items.map((r) => ({ ...r, history: [] })) } });

describe('the register commands', () => {
  it('adds a blank risk as one undo step and hands it back to be shown', () => {
    const plan = createSamplePlan();
    const shell = fakeShell();
    const risk = registerCommands(plan, shell.ports).addBlank();
    expect(shell.edits).toHaveLength(1);
    expect(shell.edits[0]!.label).toBe(`add ${risk.ref}`);
    expect(applyEdit(plan, shell.edits[0]!.edit).risks.items.map((r) => r.id)).toContain(risk.id);
  });

  it('adds a catalogue risk, says so, and answers its ref', () => {
    const plan = createSamplePlan();
    const shell = fakeShell();
    const ref = registerCommands(plan, shell.ports).addFromCatalogue(RISK_CATALOGUE[0]!);
    expect(shell.edits.map((e) => e.label)).toEqual([`add ${ref} from the catalogue`]);
    expect(shell.status).toEqual([`Added ${ref} to the register.`]);
  });

  it('clears every history as a purge and counts what went; with none, says so and edits nothing', () => {
    const plan = createSamplePlan();
    const entries = plan.risks.items.reduce((n, r) => n + r.history.length, 0);
    expect(entries).toBeGreaterThan(1);
    const shell = fakeShell();
    registerCommands(plan, shell.ports).clearHistory();
    expect(shell.purges.map((p) => p.label)).toEqual(['clear the history of every risk']);
    expect(applyEdit(plan, shell.purges[0]!.edit).risks.items.every((r) => r.history.length === 0)).toBe(true);
    expect(shell.status).toEqual([historyCleared(entries)]);
    expect(shell.status[0]).toContain(`${entries} changes`);

    const bare = fakeShell();
    registerCommands(withoutHistory(plan), bare.ports).clearHistory();
    expect(bare.purges).toEqual([]);
    expect(bare.status).toEqual(['No risk has any history to clear.']);
  });

  it('commits a valid cell and answers why an invalid one is refused, editing nothing then', () => {
    const plan = createSamplePlan();
    const risk = plan.risks.items[0]!;
    const shell = fakeShell();
    const commands = registerCommands(plan, shell.ports);
    expect(commands.commit(risk, 'likelihood', '9')).toMatch(/\S/);
    expect(shell.edits).toEqual([]);
    const next = risk.likelihood === 5 ? '4' : '5';
    expect(commands.commit(risk, 'likelihood', next)).toBeNull();
    expect(shell.edits.map((e) => e.label)).toEqual([`edit likelihood of ${risk.ref}`]);
  });

  it('saves new score bands as one edit with a status line', () => {
    const plan = createSamplePlan();
    const shell = fakeShell();
    const bands = plan.risks.bands.map((b) => ({ ...b }));
    registerCommands(plan, shell.ports).saveBands(bands);
    expect(applyEdit(plan, shell.edits[0]!.edit).risks.bands).toEqual(bands);
    expect(shell.edits[0]!.label).toBe('edit score bands');
    expect(shell.status).toEqual(['Score bands saved.']);
  });
});

describe('the register grid and selection', () => {
  it('sizes the grid to short registers, within a floor and a ceiling', () => {
    expect(gridHeight(0)).toBe(180);
    expect(gridHeight(5)).toBeGreaterThan(gridHeight(4));
    expect(gridHeight(5) - gridHeight(4)).toBe(ROW_HEIGHT);
    expect(gridHeight(5000)).toBe(560);
  });

  it('keeps only selected ids that are still risks of the plan', () => {
    const risks = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(selectedRiskIds({}, risks)).toEqual([]);
    expect(selectedRiskIds({ a: true, b: false, gone: true, c: true }, risks)).toEqual(['a', 'c']);
  });

  it('counts the selected risks the filters hide', () => {
    expect(hiddenCount(['a', 'b', 'c'], [{ id: 'b' }])).toBe(2);
    expect(hiddenCount(['a'], [{ id: 'a' }])).toBe(0);
  });
});

describe('the register status lines', () => {
  it('warns that a CSV export of a protected plan is not protected', () => {
    expect(csvExported(1234, '/tmp/r.csv', false)).toBe('Exported 1,234 risks to /tmp/r.csv.');
    expect(csvExported(3, '/tmp/r.csv', true)).toMatch(/^Exported 3 risks to \/tmp\/r\.csv\. The plan is protected, but this CSV file is not/);
  });

  it('says what an import added and updated, then its notices', () => {
    expect(csvImported('risks.csv', { added: 1, updated: 2, notices: [] })).toBe('Imported “risks.csv”: 1 risk added, 2 updated.');
    expect(csvImported('risks.csv', { added: 0, updated: 0, notices: ['R-004 was renumbered R-009.'] })).toBe('Imported “risks.csv”: 0 risks added, 0 updated. R-004 was renumbered R-009.');
  });
});

describe('the register dialogs', () => {
  it('reads the score bands as typed, refusing bounds that are not whole numbers', () => {
    const plan = createSamplePlan();
    const draft = bandDraft(plan.risks.bands);
    expect(parseBandDraft(draft)).toEqual(plan.risks.bands);
    const typed = draft.map((b, i) => (i === 0 ? { ...b, max: '4.5' } : b));
    expect(parseBandDraft(typed)[0]!.max).toBeNaN();
    expect(validateBands(parseBandDraft(typed)).length).toBeGreaterThan(0);
  });

  it('sums up a CSV merge before it is confirmed', () => {
    const merge = { edit: null, notices: [] };
    expect(describeMerge({ ...merge, added: 3, updated: 2, unchanged: 1 })).toBe('Importing adds 3 new risks and updates 2 risks (1 row already match the register).');
    expect(describeMerge({ ...merge, added: 0, updated: 0, unchanged: 4 })).toBe('The file changes nothing in the register (4 rows already match the register).');
  });

  it('numbers the options of a rating select', () => {
    expect(ratingScale(['Rare', 'Unlikely'])).toEqual([
      { value: '1', label: '1 · Rare' },
      { value: '2', label: '2 · Unlikely' },
    ]);
  });
});
