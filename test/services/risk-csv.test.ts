import { execFile } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { readPlanFile, writePlanFile } from '../../electron/services/plan-file';
import { exportRisksCsvFile, importRisksCsvIntoPlanFile, readRisksCsvFile } from '../../electron/services/risk-csv';
import { contract } from '../../shared/ipc';
import { createEmptyPlan } from '../../shared/plan/new-plan';
import { createSamplePlan } from '../../shared/plan/sample';
import { planSchema } from '../../shared/plan/schema';
import type { Plan, Risk } from '../../shared/plan/schema';
import { CSV_BOM, risksToCsv } from '../../shared/risks/csv';
import { planRiskImport } from '../../shared/risks/csv-merge';
import { applyEdit } from '../../shared/plan/edit';
import { tempFolder, testPorts } from './helpers';

const ctx = { by: 'Test runner', now: new Date('2026-11-25T12:00:00.000Z') };
const portable = (r: Risk) => ({ ...r, history: [], actions: r.actions.map(({ id: _id, ...a }) => a) });
const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** Runs the real CLI through tsx, as a planner would run the built one; resolves to code and output. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', join(root, 'electron/cli/index.ts'), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A plan file on disk with its exact bytes, to prove later that nothing touched it. */
async function planOnDisk(plan: Plan = createSamplePlan()) {
  const folder = await tempFolder();
  const path = join(folder, 'veloria.mplan');
  await writePlanFile(path, plan, { backup: false });
  const bytes = await readFile(path);
  const unchanged = async () => {
    expect((await readFile(path)).equals(bytes)).toBe(true);
    await expect(stat(`${path}.bak`)).rejects.toThrow();
  };
  return { folder, path, bytes, unchanged };
}

/** 10,000 risks built from the sample's, with a few rows broken on purpose at known rows. */
function bigRegister(broken: Record<number, (r: Risk) => Risk>): Risk[] {
  const templates = createSamplePlan().risks.items;
  return Array.from({ length: 10_000 }, (_, i) => {
    const t = templates[i % templates.length]!;
    const risk: Risk = { ...t, id: `risk-big-${i}`, ref: `R-${String(i + 100).padStart(5, '0')}`, title: `${t.title} — вариант ${i}, "${i % 7}"`, linkedCapabilityIds: [] };
    // Spreadsheet row of risk i is i + 2 (the header is row 1).
    return broken[i + 2]?.(risk) ?? risk;
  });
}

describe('exporting the register to a CSV file', () => {
  it('writes UTF-8 with a BOM that reads back to the same register', async () => {
    const folder = await tempFolder();
    const plan = createSamplePlan();
    const written = await exportRisksCsvFile(plan, join(folder, 'risks.csv'));
    expect(written.rows).toBe(plan.risks.items.length);
    const bytes = await readFile(written.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const preview = await readRisksCsvFile(written.path);
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map(portable)).toEqual(plan.risks.items.map(portable));
  });
});

describe('importing a malformed CSV file', () => {
  it('refuses a file with wrong columns and leaves the plan byte for byte unchanged', async () => {
    const plan = await planOnDisk();
    const csv = join(plan.folder, 'wrong.csv');
    await writeFile(csv, 'Reference;Title;Likelihood\nR-1;If a, then b;3\n');
    const error = await importRisksCsvIntoPlanFile(plan.path, csv, { ctx, skipInvalid: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_CSV', message: '"wrong.csv" was not imported: there are problems in its columns or contents. "veloria.mplan" was not changed.' });
    const details = (error as { details: string[] }).details;
    expect(details).toContain('Row 1, Reference: Unknown column "Reference". The expected columns are: Ref, Title, Category, Cause, Consequence, Likelihood, Impact, Inherent score, Inherent band, Residual likelihood, Residual impact, Residual score, Residual band, Target likelihood, Target impact, Target score, Treatment, Mitigation, Actions, Owner, Status, Next review, Accepted by, Accepted on, Acceptance expires, Linked capabilities, Source, Source ref, Id.');
    expect(details).toContain('Row 1, Impact: The column "Impact" is missing.');
    await plan.unchanged();
  });

  it('reports out-of-range values by row and column and imports nothing', async () => {
    const plan = await planOnDisk();
    const risks = createSamplePlan().risks.items.map((r, i) => (i === 2 ? { ...r, likelihood: 9 } : i === 6 ? { ...r, reviewDate: '2027-13-01', owner: 'Nadia' } : i === 9 ? { ...r, reviewDate: '15/01/2027' } : r));
    const csv = join(plan.folder, 'risks.csv');
    await writeFile(csv, risksToCsv(risks));
    const error = await importRisksCsvIntoPlanFile(plan.path, csv, { ctx }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_CSV', details: ['Row 4, Likelihood: "9" is not a whole number from 1 to 5.', 'Row 8, Next review: 2027-13-01 is not a real calendar date.', 'Row 11, Next review: "15/01/2027" is not a date written YYYY-MM-DD (for example 2027-01-15).'] });
    await plan.unchanged();
  });

  it('refuses a file that is not UTF-8, and one over the size limit', async () => {
    const plan = await planOnDisk();
    const latin1 = join(plan.folder, 'latin1.csv');
    await writeFile(latin1, Buffer.from('Ref,Title\r\nR-1,Lév\xe8que\r\n', 'latin1'));
    await expect(importRisksCsvIntoPlanFile(plan.path, latin1, { ctx })).rejects.toMatchObject({ code: 'INVALID_CSV', message: expect.stringContaining('it is not UTF-8 text') });
    const big = join(plan.folder, 'big.csv');
    await writeFile(big, risksToCsv(createSamplePlan().risks.items));
    await expect(readRisksCsvFile(big, { maxBytes: 1000 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
    await plan.unchanged();
  });

  it('reads Excel’s UTF-16 “Unicode text” export', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'utf16.csv');
    const text = risksToCsv(createSamplePlan().risks.items, undefined, { bom: false }).replaceAll(',', '\t');
    // A naive comma→tab swap also changes commas inside quoted cells, which is harmless for this check.
    await writeFile(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const preview = await readRisksCsvFile(path);
    expect(preview.errors).toEqual([]);
    expect(preview.rows).toHaveLength(createSamplePlan().risks.items.length);
  });

  it('pinpoints the broken rows of a 10,000-row file, refuses it whole, then imports the rest with skipInvalid', async () => {
    const plan = await planOnDisk();
    const csv = join(plan.folder, 'big.csv');
    const broken = {
      2_500: (r: Risk) => ({ ...r, impact: 0 }),
      7_001: (r: Risk) => ({ ...r, title: '' }),
      10_001: (r: Risk) => ({ ...r, category: 'weather' as Risk['category'], acceptance: { approvedBy: '', approvedOn: '2026-01-01', expiresOn: '' } }),
    };
    await writeFile(csv, risksToCsv(bigRegister(broken)));

    const refusal = await importRisksCsvIntoPlanFile(plan.path, csv, { ctx }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({
      code: 'INVALID_CSV',
      message: '"big.csv" was not imported: there are problems in 3 of its 10000 rows. "veloria.mplan" was not changed.',
      details: [
        'Row 2500, Impact: "0" is not a whole number from 1 to 5.',
        'Row 7001, Title: Empty; every risk needs a title.',
        'Row 10001, Category: "weather" is not one of political, operational, security, protection, escalation, resourcing, coordination, reputational.',
        'Row 10001, Accepted by: Empty, but the row records an acceptance; name who approved it.',
      ],
    });
    await plan.unchanged();

    const outcome = await importRisksCsvIntoPlanFile(plan.path, csv, { ctx, skipInvalid: true });
    expect(outcome).toMatchObject({ added: 9_997, updated: 0, written: true });
    const after = await readPlanFile(plan.path);
    expect(after.plan.risks.items).toHaveLength(11 + 9_997);
    expect(after.plan.risks.items.some((r) => r.id === 'risk-big-2498')).toBe(false);
    expect(after.plan.risks.items.at(-1)!.history[0]).toMatchObject({ by: 'Test runner', to: 'imported from big.csv (row 10000)' });
    expect(after.plan.cover.modifiedAt).toBe(ctx.now.toISOString());
    // The previous version is kept beside the plan.
    expect((await readFile(`${plan.path}.bak`)).equals(plan.bytes)).toBe(true);
  });
});

describe('the CSV methods behind the app', () => {
  it('exports through the save dialog and previews through the open dialog without changing anything', async () => {
    const ports = await testPorts();
    const handlers = createHandlers(ports);
    const folder = await tempFolder();
    const plan = createSamplePlan();
    ports.dialogs.saveAnswers.push(join(folder, 'register'));
    const exported = await dispatch(handlers, 'exportRisksCsv', { plan });
    expect(exported).toEqual({ ok: true, value: { path: join(folder, 'register.csv'), rows: 11 } });
    expect(ports.dialogs.asked[0]!.defaultPath).toBe(join(ports.documentsDir, 'Preventive mandate proposal for the Karst Basin - risks.csv'));

    ports.dialogs.openAnswers.push(join(folder, 'register.csv'));
    const preview = await dispatch(handlers, 'previewRisksCsv', {});
    if (!preview.ok) throw new Error(preview.error.message);
    const value = contract.previewRisksCsv.response.parse(preview.value);
    expect(value).toMatchObject({ fileName: 'register.csv', errors: [], dataRows: 11, invalidRows: 0 });

    // The renderer applies a preview as one document edit: imported into a new plan, the rows come back the same.
    const empty = { ...createEmptyPlan(ctx.now), capabilities: plan.capabilities };
    const merged = planRiskImport(empty, value, ctx, value.fileName);
    expect(applyEdit(empty, merged.edit!).risks.items.map(portable)).toEqual(plan.risks.items.map(portable));
  });

  it('offers to export beside the plan’s own file', async () => {
    const ports = await testPorts();
    const handlers = createHandlers(ports);
    const planFolder = await tempFolder();
    const opened = await dispatch(handlers, 'newPlan', {});
    if (!opened.ok) throw new Error(opened.error.message);
    ports.dialogs.saveAnswers.push(join(planFolder, 'karst.mplan'));
    await dispatch(handlers, 'save', { docId: opened.value.docId, plan: opened.value.plan });
    ports.settings.set('lastFolder', ports.documentsDir);
    ports.dialogs.saveAnswers.push(join(planFolder, 'risks.csv'));
    const exported = await dispatch(handlers, 'exportRisksCsv', { docId: opened.value.docId, plan: opened.value.plan });
    expect(exported).toEqual({ ok: true, value: { path: join(planFolder, 'risks.csv'), rows: 0 } });
    expect(ports.dialogs.asked.at(-1)!.defaultPath).toBe(join(planFolder, 'Untitled plan - risks.csv'));
  });

  it('reports a cancelled dialog as cancelled', async () => {
    const handlers = createHandlers(await testPorts());
    const result = await dispatch(handlers, 'previewRisksCsv', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
  });
});

describe('the risks command line', () => {
  it('exports a register and imports it into another plan with the same rows', async () => {
    const source = await planOnDisk();
    const target = await planOnDisk({ ...createEmptyPlan(ctx.now), capabilities: createSamplePlan().capabilities });
    const csv = join(source.folder, 'risks.csv');

    const exported = await cli('risks', 'export', source.path, '-o', csv);
    expect(exported).toMatchObject({ code: 0, stdout: `Wrote 11 risks from "veloria.mplan" to "${csv}".\n` });
    const imported = await cli('risks', 'import', target.path, csv, '--by', 'Amara Okafor');
    expect(imported.stdout).toBe('Imported "risks.csv" into "veloria.mplan": 11 added, 0 updated, 0 unchanged.\n');
    expect(imported.code).toBe(0);
    const after = await readPlanFile(target.path);
    expect(after.plan.risks.items.map(portable)).toEqual(createSamplePlan().risks.items.map(portable));
    expect(after.plan.risks.items[0]!.history[0]!.by).toBe('Amara Okafor');
  });

  it('refuses a file with bad rows with exit code 1, lists them, and leaves the plan alone', async () => {
    const plan = await planOnDisk();
    const csv = join(plan.folder, 'bad.csv');
    await writeFile(csv, risksToCsv(createSamplePlan().risks.items.map((r, i) => (i === 4 ? { ...r, residualLikelihood: 6 } : r))));
    const refused = await cli('risks', 'import', plan.path, csv);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      '"bad.csv" was not imported: there are problems in 1 of its 11 rows. "veloria.mplan" was not changed.\n' +
        '  - Row 6, Residual likelihood: "6" is not a whole number from 1 to 5.\n' +
        'Fix these rows and run the import again, or add --skip-invalid to import only the rows without problems.\n',
    );
    await plan.unchanged();
  });

  it('exits with 2 when a file cannot be found or the arguments are wrong', async () => {
    const folder = await tempFolder();
    const missing = await cli('risks', 'export', join(folder, 'nope.mplan'), '-o', join(folder, 'r.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot open "nope.mplan": the file could not be found.');
    expect((await cli('risks', 'import', join(folder, 'only-one-argument.mplan'))).code).toBe(2);
  });
});

it('keeps the BOM constant what spreadsheets expect', () => {
  expect(CSV_BOM).toBe('\uFEFF');
});

describe('the app\'s own CSV export always imports back', () => {
  const emoji = '\u{1F54A}';
  const atLimits = (): Plan => {
    const plan = createSamplePlan();
    const [first, second, third] = plan.risks.items;
    // Each field at its limit counted as the plan's schema counts: code points, so an emoji is one.
    first!.cause = emoji.repeat(20_000);
    first!.title = emoji.repeat(300);
    first!.sourceRef = `${'中'.repeat(299)}x`;
    first!.mitigation = `=${'W'.repeat(19_999)}`;
    first!.owner = '\u202Eowner';
    second!.consequence = 'line\r\nbreaks\rand\nmore\u2028'.repeat(400);
    second!.actions = [{ id: 'act-limit', text: `${emoji}|\\`.repeat(5000), owner: `${'é'.repeat(300)}`, dueDate: '', done: true }];
    third!.title = `'-${'x'.repeat(298)}`;
    return plan;
  };

  it('round-trips fields filled to their limits with emoji, CJK, line breaks, formula starts and separators', async () => {
    const plan = atLimits();
    expect(planSchema.safeParse(plan).success).toBe(true);
    const { path } = await planOnDisk(plan);
    const csv = join(path, '..', 'risks.csv');
    await exportRisksCsvFile(plan, csv);
    const preview = await readRisksCsvFile(csv);
    expect(preview.errors).toEqual([]);
    const outcome = await importRisksCsvIntoPlanFile(path, csv, { ctx });
    expect(outcome).toMatchObject({ added: 0, updated: 0, unchanged: plan.risks.items.length });
  });

  it('refuses an updated row that takes another risk\'s reference, naming the row, and leaves the plan as it was', async () => {
    const plan = createSamplePlan();
    const { path, bytes } = await planOnDisk(plan);
    const csv = join(path, '..', 'risks.csv');
    const [first, second] = plan.risks.items;
    // The spreadsheet's edit: a file of the second risk alone, its Ref cell retyped as the first risk's.
    await writeFile(csv, risksToCsv([{ ...second!, ref: first!.ref }], plan.risks.bands));
    const error = await importRisksCsvIntoPlanFile(path, csv, { ctx }).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('INVALID_CSV');
    expect((error as { details?: string[] }).details).toEqual([
      `Row 2: the reference ${first!.ref} is already used by "${first!.title}"; give this risk its own reference (it is ${second!.ref} now).`,
    ]);
    expect(await readFile(path)).toEqual(bytes);
  });

  it('lets an updated row take a reference another row of the same file gives up', async () => {
    const plan = createSamplePlan();
    const [first, second] = plan.risks.items;
    const rows = [{ ...first!, ref: 'R-900' }, { ...second!, ref: first!.ref }];
    const parsed = { rows, rowInfo: rows.map((_, i) => ({ row: i + 2, idGiven: true })), fields: ['id', 'ref'] as never };
    const planned = planRiskImport(plan, parsed, ctx);
    expect(planned.refused).toBeUndefined();
    const next = applyEdit(plan, planned.edit!);
    expect(next.risks.items.slice(0, 2).map((r) => r.ref)).toEqual(['R-900', first!.ref]);
  });
});
