/**
 * Two copies of one plan edited apart through the command line (a different CSV import into each)
 * and the app's save (a clause edit in each), then merged by `mandate-planner merge`: both sides'
 * work is in the result; conflicts stop it (exit 3, nothing written) unless --prefer says who wins.
 */
import { execFile } from 'node:child_process';
import { copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readPlanFile, writePlanFile } from '../../electron/services/plan-file';
import { exportRisksCsvFile } from '../../electron/services/risk-csv';
import { createHandlers } from '../../electron/services/handlers';
import { createEmptyPlan } from '../../shared/plan/new-plan';
import type { Plan } from '../../shared/plan/schema';
import { tempFolder, testPorts } from './helpers';

const root = join(import.meta.dirname, '../..');

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(root, 'electron/cli/index.ts'), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A CSV of the plan's register with one risk changed and one added, as a colleague's spreadsheet would be. */
async function csvFor(folder: string, plan: Plan, side: string, change: (plan: Plan) => void): Promise<string> {
  const edited = structuredClone(plan);
  change(edited);
  edited.risks.items.push({ ...structuredClone(plan.risks.items[0]!), id: `risk-from-${side}`, ref: `R-${side.toUpperCase()}1`, title: `Raised by ${side}`, history: [] });
  const path = join(folder, `${side}.csv`);
  await exportRisksCsvFile(edited, path);
  return path;
}

/** Opens a copy in the app's handlers, edits one clause's text and saves it there. */
async function editClauseInApp(path: string, clause: number, text: string): Promise<void> {
  const ports = await testPorts();
  const handlers = createHandlers(ports);
  ports.dialogs.openAnswers.push(path);
  const opened = await handlers.openWithDialog({});
  const plan = structuredClone(opened.plan);
  plan.mandate.clauses[clause]!.text = text;
  await handlers.save({ docId: opened.docId, plan });
}

describe('mandate-planner merge', () => {
  it('merges two copies of one example file, each edited by a CSV import and a clause edit, with both sides kept', async () => {
    const folder = await tempFolder();
    const [base, a, b, out] = ['base.mplan', 'a.mplan', 'b.mplan', 'merged.mplan'].map((f) => join(folder, f));
    expect((await cli('example', '-o', base!)).code).toBe(0);
    await copyFile(base!, a!);
    await copyFile(base!, b!);
    const plan = (await readPlanFile(base!)).plan;
    const csvA = await csvFor(folder, plan, 'a', (p) => (p.risks.items[0]!.owner = 'Owner set by A'));
    const csvB = await csvFor(folder, plan, 'b', (p) => (p.risks.items[1]!.mitigation = 'Mitigation written by B'));
    expect((await cli('risks', 'import', a!, csvA)).code).toBe(0);
    expect((await cli('risks', 'import', b!, csvB)).code).toBe(0);
    await editClauseInApp(a!, 0, 'Clause text drafted by A');
    await editClauseInApp(b!, 1, 'Clause text drafted by B');

    const merged = await cli('merge', a!, b!, '-o', out!);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    expect(merged.stdout).toMatch(/Changed in a\.mplan \(mine\)[\s\S]*Added Risk R-A1[\s\S]*Changed in b\.mplan \(theirs\)[\s\S]*Added Risk R-B1/);
    expect(merged.stdout).toContain('No conflicts.');
    const result = (await readPlanFile(out!)).plan;
    const risk = (id: string) => result.risks.items.find((r) => r.id === id);
    expect(risk(plan.risks.items[0]!.id)?.owner).toBe('Owner set by A');
    expect(risk(plan.risks.items[1]!.id)?.mitigation).toBe('Mitigation written by B');
    expect(risk('risk-from-a')?.title).toBe('Raised by a');
    expect(risk('risk-from-b')?.title).toBe('Raised by b');
    expect(result.mandate.clauses[0]!.text).toBe('Clause text drafted by A');
    expect(result.mandate.clauses[1]!.text).toBe('Clause text drafted by B');
    expect(result.risks.items).toHaveLength(plan.risks.items.length + 2);

    // The same copy merged again brings nothing new and changes nothing.
    const again = await cli('merge', out!, b!, '-o', join(folder, 'again.mplan'));
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Changed in b\.mplan \(theirs\) since the copies diverged:\n {2}- nothing/);
    const twice = (await readPlanFile(join(folder, 'again.mplan'))).plan;
    expect({ ...twice, cover: { ...twice.cover, modifiedAt: '' } }).toEqual({ ...result, cover: { ...result.cover, modifiedAt: '' } });
  }, 120_000);

  it('lists a conflict, exits 3 and writes nothing; --prefer settles it to that side', async () => {
    const folder = await tempFolder();
    const [base, a, b, out] = ['base.mplan', 'a.mplan', 'b.mplan', 'merged.mplan'].map((f) => join(folder, f));
    expect((await cli('example', '-o', base!)).code).toBe(0);
    await copyFile(base!, a!);
    await copyFile(base!, b!);
    await editClauseInApp(a!, 2, 'Version of A');
    await editClauseInApp(b!, 2, 'Version of B');
    const stopped = await cli('merge', a!, b!, '-o', out!);
    expect(stopped.code).toBe(3);
    expect(stopped.stdout).toMatch(/Conflicts \(1\)[\s\S]*Clause .* › text\n {5}mine: {3}"Version of A" {2}\(\d{4}-\d\d-\d\d \d\d:\d\d UTC, app\)\n {5}theirs: "Version of B"/);
    expect(stopped.stderr).toContain('nothing was written');
    await expect(stat(out!)).rejects.toThrow();
    const theirs = await cli('merge', a!, b!, '-o', out!, '--prefer', 'theirs');
    expect(theirs.code).toBe(0);
    expect((await readPlanFile(out!)).plan.mandate.clauses[2]!.text).toBe('Version of B');
  }, 120_000);

  it('refuses plans that share no history, and a copy in a newer format, in plain words', async () => {
    const folder = await tempFolder();
    const [one, two, newer] = ['one.mplan', 'two.mplan', 'newer.mplan'].map((f) => join(folder, f));
    await writePlanFile(one!, createEmptyPlan(new Date('2026-11-01T00:00:00Z')));
    await writePlanFile(two!, createEmptyPlan(new Date('2026-11-02T00:00:00Z')));
    const unrelated = await cli('merge', one!, two!, '-o', join(folder, 'out.mplan'));
    expect(unrelated.code).toBe(1);
    expect(unrelated.stderr).toContain('These two plans share no history');
    await writeFile(newer!, (await readFile(one!, 'utf8')).replace('"version": 2', '"version": 99'));
    const future = await cli('merge', one!, newer!, '-o', join(folder, 'out.mplan'));
    expect(future.code).toBe(1);
    expect(future.stderr).toMatch(/newer/i);
  }, 120_000);

  it('merges two protected copies of one plan when given the passphrase, and keeps the result protected', async () => {
    const folder = await tempFolder();
    const [base, secret, a, b, out, pass] = ['base.mplan', 'secret.mplan', 'a.mplan', 'b.mplan', 'merged.mplan', 'pass.txt'].map((f) => join(folder, f));
    await writeFile(pass!, 'correct horse battery staple\n');
    expect((await cli('example', '-o', base!)).code).toBe(0);
    expect((await cli('protect', base!, '-o', secret!, '--passphrase-file', pass!)).code).toBe(0);
    await copyFile(secret!, a!);
    await copyFile(secret!, b!);
    const plan = (await readPlanFile(base!)).plan;
    expect((await cli('risks', 'import', a!, await csvFor(folder, plan, 'a', () => undefined), '--passphrase-file', pass!)).code).toBe(0);
    expect((await cli('risks', 'import', b!, await csvFor(folder, plan, 'b', () => undefined), '--passphrase-file', pass!)).code).toBe(0);
    const merged = await cli('merge', a!, b!, '-o', out!, '--passphrase-file', pass!);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    expect((await readFile(out!)).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    const check = await cli('validate', out!, '--passphrase-file', pass!);
    expect(check.code).toBe(0);
  }, 180_000);
});
